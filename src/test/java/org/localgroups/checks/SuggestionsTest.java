package org.localgroups.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.curate.Curator;
import org.localgroups.curate.Editor;
import org.localgroups.curate.ImportOptions;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.fetch.FetchResult;
import org.localgroups.fetch.LinkProbe;
import org.localgroups.fetch.Outcome;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.Ids;
import org.localgroups.revision.Revision;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;

/** A run's suggestions, made as revisions by the link checker only when asked, on a real store. */
class SuggestionsTest {
  @TempDir Path data;
  private DirectoryStore store;
  private Observations observations;

  /** Pykonik's site moved to https; every other link answers. */
  private static final LinkProbe PROBE =
      url ->
          url.equals("http://www.pykonik.org/")
              ? new FetchResult(
                  url,
                  Outcome.MOVED_PERMANENTLY,
                  301,
                  "https://pykonik.org/",
                  "https://pykonik.org/",
                  4,
                  "")
              : new FetchResult(url, Outcome.OK, 200, url, null, 2, "");

  @BeforeEach
  void importSeed() {
    store = Stores.sqlite(data);
    new Curator(store, SeedLinks.NO_PLACES, Ids.random())
        .importPage(
            new PageReader().read(SeedLinks.SEED, PageFormat.AUTO, ""), ImportOptions.MERGE);
    observations = new Observations(store.database());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Group withLink(Directory d, String url) {
    return d.groups().stream()
        .filter(g -> g.links().stream().anyMatch(l -> l.url().equals(url)))
        .findFirst()
        .orElseThrow();
  }

  private List<Suggestions.Suggestion> checkAndSuggest(Directory d, String... slugs) {
    var checker =
        new LinkChecker(ClosedPlatforms.bundled(), PROBE, observations, Clock.systemUTC());
    List<LinkChecker.Checked> run = new java.util.ArrayList<>();
    for (String slug : slugs) {
      run.addAll(checker.run(d, Optional.of(slug), 2, LinkChecker.Progress.none()));
    }
    return Suggestions.of(run, d, new EvidenceBook(store, observations).of(d));
  }

  @Test
  void suggestsWithoutChangingAnythingUnlessAsked() {
    Directory d = store.directory();
    Group pykonik = withLink(d, "http://www.pykonik.org/");
    Group grimpypers = withLink(d, "http://groups.yahoo.com/group/grimpypers/");
    long version = store.version();

    List<Suggestions.Suggestion> suggested = checkAndSuggest(d, pykonik.slug(), grimpypers.slug());

    assertThat(suggested)
        .extracting(Suggestions.Suggestion::described)
        .containsExactly(
            "http://www.pykonik.org/ moved permanently to https://pykonik.org/",
            "possibly inactive: Its only links are to services that closed: Yahoo Groups (closed"
                + " 2020-12-15).");
    // checks are observations: no revision, no change set
    assertThat(store.version()).isEqualTo(version);
    assertThat(store.directory()).isEqualTo(d);
  }

  @Test
  void makesEachSuggestionARevisionByTheLinkCheckerAndDeletesNothing() {
    Directory d = store.directory();
    Group pykonik = withLink(d, "http://www.pykonik.org/");
    Group grimpypers = withLink(d, "http://groups.yahoo.com/group/grimpypers/");
    List<Suggestions.Suggestion> suggested = checkAndSuggest(d, pykonik.slug(), grimpypers.slug());

    List<Suggestions.Made> made =
        Suggestions.apply(suggested, new Editor(store, SeedLinks.NO_PLACES, Ids.random()));

    assertThat(made).allSatisfy(m -> assertThat(m.refused()).isEmpty());
    Directory after = store.directory();
    assertThat(after.groups()).hasSameSizeAs(d.groups());
    Group moved = after.group(pykonik.slug()).orElseThrow();
    assertThat(moved.links()).hasSameSizeAs(pykonik.links());
    Link first = moved.links().getFirst();
    assertThat(first.url()).isEqualTo("https://pykonik.org/");
    assertThat(first.kind()).isEqualTo(pykonik.links().getFirst().kind());
    assertThat(first.label()).isEqualTo(pykonik.links().getFirst().label());
    assertThat(after.group(grimpypers.slug()).orElseThrow().status())
        .isEqualTo(GroupStatus.INACTIVE);
    assertThat(after.group(grimpypers.slug()).orElseThrow().links()).isEqualTo(grimpypers.links());

    Revision r = store.history(EntityRef.group(grimpypers.id()), 1, 0).getFirst();
    assertThat(r.author()).isEqualTo("link-checker");
    assertThat(r.comment()).contains("Possibly inactive").contains("Yahoo Groups");
    Revision m = store.history(EntityRef.group(pykonik.id()), 1, 0).getFirst();
    assertThat(m.author()).isEqualTo("link-checker");
    assertThat(m.comment()).contains("permanent redirect to https://pykonik.org/");

    // the group now listed as inactive is not suggested again
    assertThat(checkAndSuggest(after, grimpypers.slug())).isEmpty();
  }
}

package org.localgroups.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.LocalGroupsException;
import org.localgroups.LocalGroupsException.Kind;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.geo.UnknownPlaceException;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;
import org.localgroups.revision.Ids;
import org.localgroups.revision.Revision;
import org.localgroups.revision.RevisionKind;
import org.localgroups.revision.StaleRevisionException;
import org.localgroups.store.DirectoryStore;
import org.localgroups.store.Stores;

/** A person's edits of one group, on a real SQLite store holding the seed page. */
class EditorTest {
  private static GeoNamesGazetteer gazetteer;
  private static final Editor.Attribution ANA = new Editor.Attribution("ana", "tidy up");

  @TempDir Path data;
  private DirectoryStore store;
  private Editor editor;

  @BeforeAll
  static void loadGazetteer() {
    gazetteer = GeoNamesGazetteer.bundled();
  }

  @BeforeEach
  void importSeed() {
    store = Stores.sqlite(data);
    new Curator(store, gazetteer, Ids.random())
        .importPage(
            new PageReader()
                .read(Path.of("src/main/resources/seed/LocalUserGroups.moin"), PageFormat.AUTO, ""),
            ImportOptions.MERGE);
    editor = new Editor(store, gazetteer, Ids.random());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static Editor.GroupFields set(String description) {
    Editor.GroupFields none = Editor.GroupFields.none();
    return new Editor.GroupFields(
        none.name(),
        Optional.of(description),
        none.status(),
        none.founded(),
        none.meeting(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  private static Editor.GroupFields fields(
      Optional<String> name,
      List<String> add,
      List<String> remove,
      Optional<String> moveTo,
      Optional<String> place,
      Optional<String> status) {
    return new Editor.GroupFields(
        name,
        Optional.empty(),
        status,
        Optional.empty(),
        Optional.empty(),
        add,
        remove,
        moveTo,
        place);
  }

  private long revisionOf(String slug) {
    return store
        .entity(store.find(org.localgroups.revision.EntityKind.GROUP, slug).orElseThrow())
        .orElseThrow()
        .revision();
  }

  private Directory directory() {
    return store.directory();
  }

  @Test
  void anEditIsOneRevisionWithItsAuthorAndComment() {
    Editor.Edited edited = editor.edit("pycologne", set("Kraków's Python meetups"), 0, ANA);
    assertThat(edited.kind()).isEqualTo(RevisionKind.EDIT);
    Revision r = store.revision(edited.revision()).orElseThrow();
    assertThat(r.author()).isEqualTo("ana");
    assertThat(r.comment()).isEqualTo("tidy up");
    assertThat(directory().group("pycologne").orElseThrow().description())
        .isEqualTo("Kraków's Python meetups");
  }

  @Test
  void anEditFromAnOlderRevisionIsRefusedAndChangesNothing() {
    long base = revisionOf("pycologne");
    editor.edit("pycologne", set("first"), base, ANA);
    long version = store.version();
    assertThatThrownBy(() -> editor.edit("pycologne", set("second"), base, ANA))
        .isInstanceOfSatisfying(
            StaleRevisionException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
              assertThat(e.expected()).isEqualTo(base);
            });
    assertThat(store.version()).isEqualTo(version);
    assertThat(directory().group("pycologne").orElseThrow().description()).isEqualTo("first");
  }

  @Test
  void linksAreAddedAndRemovedAndOnlyWebMailAndIrcAreAccepted() {
    editor.edit(
        "pycologne",
        fields(
            Optional.empty(),
            List.of(
                "https://www.meetup.com/pykrakow/",
                "mailto:hello@pykrakow.org",
                "ircs://irc.libera.chat/pykrakow"),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()),
        0,
        ANA);
    assertThat(directory().group("pycologne").orElseThrow().links())
        .extracting(Link::url)
        .contains("https://www.meetup.com/pykrakow/", "mailto:hello@pykrakow.org");
    editor.edit(
        "pycologne",
        fields(
            Optional.empty(),
            List.of(),
            List.of("https://www.meetup.com/pykrakow"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()),
        0,
        ANA);
    assertThat(directory().group("pycologne").orElseThrow().links())
        .extracting(Link::url)
        .doesNotContain("https://www.meetup.com/pykrakow/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "file:///etc/passwd",
        "ftp://x.org/",
        "/relative/path",
        "http://",
        "mailto:nobody",
        "http://exa mple.org/",
        "gopher://x.org/"
      })
  void aLinkThatIsNotWebMailOrIrcIsRefusedAndChangesNothing(String url) {
    long version = store.version();
    assertThatThrownBy(
            () ->
                editor.edit(
                    "pycologne",
                    fields(
                        Optional.empty(),
                        List.of(url),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                    0,
                    ANA))
        .isInstanceOfSatisfying(
            LocalGroupsException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_INPUT));
    assertThat(store.version()).isEqualTo(version);
  }

  @Test
  void badInputIsRefusedWithAClearMessage() {
    long version = store.version();
    assertThatThrownBy(() -> editor.edit("no-such-group", set("x"), 0, ANA))
        .isInstanceOfSatisfying(
            LocalGroupsException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
    assertThatThrownBy(() -> editor.edit("pycologne", set("x".repeat(2001)), 0, ANA))
        .hasMessageContaining("at most 2000 characters");
    assertThatThrownBy(() -> editor.edit("pycologne", set("bell\u0007"), 0, ANA))
        .hasMessageContaining("control characters");
    assertThatThrownBy(() -> new Editor.Attribution("ana", "broken \uFFFD bytes"))
        .hasMessageContaining("not valid UTF-8");
    assertThatThrownBy(
            () ->
                editor.edit(
                    "pycologne",
                    fields(
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        Optional.of("atlantis"),
                        Optional.empty(),
                        Optional.empty()),
                    0,
                    ANA))
        .isInstanceOfSatisfying(
            LocalGroupsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
              assertThat(e.getMessage()).contains("No region 'atlantis'");
            });
    assertThatThrownBy(
            () ->
                editor.edit(
                    "pycologne",
                    fields(
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.of("Krakoww"),
                        Optional.empty()),
                    0,
                    ANA))
        .isInstanceOfSatisfying(
            UnknownPlaceException.class, e -> assertThat(e.suggestions()).isNotEmpty());
    assertThatThrownBy(
            () ->
                editor.edit(
                    "pycologne",
                    fields(
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("zombie")),
                    0,
                    ANA))
        .hasMessageContaining("active, starting, inactive, defunct");
    assertThatThrownBy(() -> editor.edit("pycologne", Editor.GroupFields.none(), 0, ANA))
        .hasMessageContaining("changes nothing");
    assertThat(store.version()).isEqualTo(version);
  }

  @Test
  void aRenameMovesTheSlugAndTheOldOneNamesTheGroup() {
    Editor.Edited e =
        editor.edit(
            "pycologne",
            fields(
                Optional.of("Python Köln"),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            0,
            ANA);
    assertThat(e.after().slug()).isEqualTo("python-koln");
    assertThatThrownBy(() -> editor.edit("pycologne", set("x"), 0, ANA))
        .hasMessageContaining("it is now 'python-koln'");
  }

  @Test
  void aMoveAndAPlaceAreOneEdit() {
    editor.edit(
        "pycologne",
        fields(
            Optional.empty(),
            List.of(),
            List.of(),
            Optional.of("india"),
            Optional.of("München"),
            Optional.empty()),
        0,
        ANA);
    Group g = directory().group("pycologne").orElseThrow();
    assertThat(directory().regionsOf("pycologne"))
        .extracting(r -> r.slug())
        .containsExactly("india");
    assertThat(g.placement().name()).isEqualTo("Munich");
    assertThat(g.placement().precision()).isEqualTo(Placement.Precision.CITY);
    assertThat(g.placement().reason()).contains("set by ana");
  }

  @Test
  void removeRestoreAndRevertKeepTheHistory() {
    editor.edit("pycologne", set("first"), 0, ANA);
    long edited = revisionOf("pycologne");
    editor.edit("pycologne", set("second"), 0, ANA);
    editor.remove("pycologne", 0, ANA);
    assertThat(directory().group("pycologne")).isEmpty();
    assertThatThrownBy(() -> editor.edit("pycologne", set("x"), 0, ANA))
        .hasMessageContaining("restore it first");
    editor.restore("pycologne", ANA);
    assertThat(directory().group("pycologne").orElseThrow().description()).isEqualTo("second");
    Editor.Edited reverted = editor.revert("pycologne", edited, ANA);
    assertThat(reverted.kind()).isEqualTo(RevisionKind.REVERT);
    assertThat(directory().group("pycologne").orElseThrow().description()).isEqualTo("first");
    assertThat(store.history(reverted.after().ref(), 10, 0))
        .extracting(Revision::kind)
        .containsExactly(
            RevisionKind.REVERT,
            RevisionKind.RESTORE,
            RevisionKind.REMOVE,
            RevisionKind.EDIT,
            RevisionKind.EDIT,
            RevisionKind.CREATE);
  }

  @Test
  void anAddedGroupGetsAFreeSlugAndItsRegionsPlace() {
    Editor.Edited added = editor.add("pyCologne", "germany", Editor.GroupFields.none(), ANA);
    assertThat(added.after().slug()).isEqualTo("de-pycologne");
    Group g = directory().group("de-pycologne").orElseThrow();
    assertThat(g.status()).isEqualTo(GroupStatus.ACTIVE);
    assertThat(g.placement().countryCode()).isEqualTo("DE");
    assertThat(directory().region("germany").orElseThrow().groupSlugs()).endsWith("de-pycologne");
  }
}

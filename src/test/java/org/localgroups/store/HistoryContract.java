package org.localgroups.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.revision.Change;
import org.localgroups.revision.ChangeSet;
import org.localgroups.revision.ChangeSetInfo;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.GroupState;
import org.localgroups.revision.Origin;
import org.localgroups.revision.Revision;
import org.localgroups.revision.RevisionKind;
import org.localgroups.revision.StaleRevisionException;
import org.localgroups.revision.States;

/**
 * Revisions, change sets and the history queries, on both databases: each store test class runs
 * these through its fixture.
 */
abstract class HistoryContract {
  protected abstract DirectoryStoreContract.Fixture newFixture() throws Exception;

  private DirectoryStoreContract.Fixture fixture;
  DirectoryStore store;

  @BeforeEach
  void openStore() throws Exception {
    fixture = newFixture();
    store = fixture.store();
    Saving.save(
        store,
        Directories.sample(),
        Directories.reportFor("LocalUserGroups.moin", Directories.sample()));
  }

  @AfterEach
  void closeStore() throws Exception {
    fixture.close();
  }

  private GroupState current(String slug) {
    Directory d = store.directory();
    return States.group(d, d.group(slug).orElseThrow());
  }

  private long revisionOf(GroupState g) {
    return store.entity(g.ref()).orElseThrow().revision();
  }

  private GroupState withDescription(GroupState g, String description) {
    return new GroupState(
        g.id(),
        g.slug(),
        g.name(),
        description,
        g.links(),
        g.status(),
        g.founded(),
        g.meeting(),
        g.notes(),
        g.placement(),
        g.regions());
  }

  private Applied edit(GroupState after, long parent, String author, String comment) {
    return store.apply(
        ChangeSet.edit(
            Origin.EDIT,
            author,
            comment,
            List.of(new Change(parent, RevisionKind.EDIT, after, false))),
        Optional.empty());
  }

  @Test
  void theFirstImportIsOneChangeSetOfCreations() {
    assertThat(store.version()).isEqualTo(1);
    ChangeSetInfo first = store.changeSet(1).orElseThrow();
    assertThat(first.origin()).isEqualTo(Origin.IMPORT);
    assertThat(first.author()).isEqualTo("import of LocalUserGroups.moin");
    assertThat(first.source()).isEqualTo("LocalUserGroups.moin");
    assertThat(store.revisionsOf(1))
        .hasSize(first.revisions())
        .extracting(Revision::kind)
        .containsOnly(RevisionKind.CREATE);
    assertThat(store.importRuns().getFirst().changeSet()).isEqualTo(1);
  }

  @Test
  void anEditIsARevisionWithItsParentAuthorCommentAndWholeState() {
    GroupState before = current("pyist");
    long parent = revisionOf(before);
    Applied applied =
        edit(withDescription(before, "İstanbul Pythonistas"), parent, "ayse", "new words");

    assertThat(store.version()).isEqualTo(applied.changeSet()).isEqualTo(2);
    List<Revision> history = store.history(before.ref(), 10, 0);
    assertThat(history).hasSize(2);
    Revision newest = history.getFirst();
    assertThat(newest.parent()).isEqualTo(parent);
    assertThat(newest.kind()).isEqualTo(RevisionKind.EDIT);
    assertThat(newest.author()).isEqualTo("ayse");
    assertThat(newest.comment()).isEqualTo("new words");
    assertThat(newest.state()).isEqualTo(withDescription(before, "İstanbul Pythonistas"));
    assertThat(history.get(1).kind()).isEqualTo(RevisionKind.CREATE);
    assertThat(store.directory().group("pyist").orElseThrow().description())
        .isEqualTo("İstanbul Pythonistas");
    assertThat(store.revision(newest.id())).contains(newest);
    assertThat(store.revisionCount(before.ref())).isEqualTo(2);
  }

  @Test
  void aChangeFromAStaleRevisionIsRefusedAndChangesNothing() {
    GroupState before = current("pyist");
    long parent = revisionOf(before);
    edit(withDescription(before, "first"), parent, "a", "");
    long version = store.version();

    assertThatThrownBy(() -> edit(withDescription(before, "second"), parent, "b", ""))
        .isInstanceOfSatisfying(
            StaleRevisionException.class,
            e -> {
              assertThat(e.expected()).isEqualTo(parent);
              assertThat(e.actual()).isGreaterThan(parent);
              assertThat(e.getMessage()).contains("changed by someone else", "Nothing was changed");
            });
    assertThat(store.version()).isEqualTo(version);
    assertThat(store.directory().group("pyist").orElseThrow().description()).isEqualTo("first");
  }

  @Test
  void aChangeSetIsAllOrNothing() {
    GroupState a = current("pyist");
    GroupState b = current("austin-python");
    long version = store.version();
    ChangeSet both =
        ChangeSet.edit(
            Origin.EDIT,
            "x",
            "",
            List.of(
                new Change(revisionOf(a), RevisionKind.EDIT, withDescription(a, "changed"), false),
                new Change(
                    revisionOf(b) - 1, RevisionKind.EDIT, withDescription(b, "stale"), false)));
    assertThatThrownBy(() -> store.apply(both, Optional.empty()))
        .isInstanceOf(StaleRevisionException.class);
    assertThat(store.directory().group("pyist").orElseThrow().description())
        .isEqualTo(a.description());
    assertThat(store.version()).isEqualTo(version);
  }

  @Test
  void aRemovedGroupKeepsItsStateAndSlugAndCanBeRestored() {
    GroupState g = current("pyist");
    store.apply(
        ChangeSet.edit(
            Origin.EDIT,
            "m",
            "gone",
            List.of(new Change(revisionOf(g), RevisionKind.REMOVE, g, true))),
        Optional.empty());
    assertThat(store.directory().group("pyist")).isEmpty();
    assertThat(store.directory().regionsOf("pyist")).isEmpty();
    assertThat(store.find(EntityKind.GROUP, "pyist")).contains(g.ref());
    var removed = store.entity(g.ref()).orElseThrow();
    assertThat(removed.removed()).isTrue();
    assertThat(removed.state()).isEqualTo(g);

    store.apply(
        ChangeSet.edit(
            Origin.EDIT,
            "m",
            "back",
            List.of(new Change(removed.revision(), RevisionKind.RESTORE, g, false))),
        Optional.empty());
    Directory after = store.directory();
    assertThat(States.group(after, after.group("pyist").orElseThrow())).isEqualTo(g);
  }

  @Test
  void aRenamedSlugIsKeptForRedirects() {
    GroupState g = current("pyist");
    GroupState renamed =
        new GroupState(
            g.id(),
            "python-istanbul",
            "Python İstanbul",
            g.description(),
            g.links(),
            g.status(),
            g.founded(),
            g.meeting(),
            g.notes(),
            g.placement(),
            g.regions());
    edit(renamed, revisionOf(g), "r", "rename");
    assertThat(store.find(EntityKind.GROUP, "python-istanbul")).contains(g.ref());
    assertThat(store.find(EntityKind.GROUP, "pyist")).isEmpty();
    assertThat(store.formerlyAt(EntityKind.GROUP, "pyist")).contains(g.ref());
    assertThat(store.stored("LocalUserGroups.moin").retiredGroupSlugs())
        .containsEntry("pyist", g.id());
  }

  @Test
  void recentChangesAreNewestFirstWithFiltersAndAPageCursor() {
    GroupState a = current("pyist");
    edit(withDescription(a, "one"), revisionOf(a), "ayse", "");
    GroupState b = current("austin-python");
    edit(withDescription(b, "two"), revisionOf(b), "bob", "");

    List<Revision> newest = store.changes(ChangeQuery.newest(2));
    assertThat(newest).extracting(r -> r.state().label()).containsExactly(b.name(), a.name());
    assertThat(store.changes(new ChangeQuery(Set.of(), "ayse", Optional.empty(), 0, 10, r -> true)))
        .singleElement()
        .extracting(Revision::author)
        .isEqualTo("ayse");
    assertThat(
            store.changes(
                new ChangeQuery(Set.of(RevisionKind.EDIT), "", Optional.empty(), 0, 10, r -> true)))
        .hasSize(2);
    assertThat(
            store.changes(
                new ChangeQuery(
                    Set.of(), "", Optional.empty(), newest.getLast().id(), 1, r -> true)))
        .singleElement()
        .extracting(Revision::kind)
        .isEqualTo(RevisionKind.CREATE);
    assertThat(
            store.changes(
                new ChangeQuery(Set.of(), "", Optional.of(EntityKind.REGION), 0, 500, r -> true)))
        .isNotEmpty()
        .allMatch(r -> r.ref().kind() == EntityKind.REGION);
  }

  @Test
  void theDirectoryAsItWasAtARevision() {
    Directory original = store.directory();
    long before = store.changes(ChangeQuery.newest(1)).getFirst().id();
    GroupState a = current("pyist");
    edit(withDescription(a, "later words"), revisionOf(a), "x", "");

    assertThat(store.directoryAt(before)).isEqualTo(original);
    assertThat(store.directoryAt(store.changes(ChangeQuery.newest(1)).getFirst().id()))
        .isEqualTo(store.directory());
    assertThat(store.directoryAt(0).groups()).isEmpty();
    assertThat(store.revisionAt(Instant.now())).isGreaterThan(before);
    assertThat(store.revisionAt(Instant.EPOCH)).isZero();
  }

  @Test
  void aMovedGroupIsListedInItsNewRegionOnly() {
    Directory d = store.directory();
    Group g = d.group("pyist").orElseThrow();
    Region target = d.region("asia-thailand").orElseThrow();
    GroupState before = States.group(d, g);
    GroupState moved = before.withRegions(List.of(target.id()));
    store.apply(
        ChangeSet.edit(
            Origin.EDIT,
            "m",
            "",
            List.of(new Change(revisionOf(before), RevisionKind.MOVE, moved, false))),
        Optional.empty());
    assertThat(store.directory().regionsOf("pyist"))
        .extracting(Region::slug)
        .containsExactly("asia-thailand");
    assertThat(store.directory().region("asia-thailand").orElseThrow().groupSlugs())
        .endsWith("pyist");
  }

  @Test
  void aStaleCreationIsRefused() {
    GroupState fresh =
        new GroupState(
            "gnew0000000001",
            "brand-new",
            "Brand New",
            "",
            List.of(),
            GroupStatus.ACTIVE,
            "",
            "",
            List.of(),
            Placement.unplaced(""),
            List.of());
    store.apply(
        ChangeSet.edit(
            Origin.EDIT, "a", "", List.of(new Change(0, RevisionKind.CREATE, fresh, false))),
        Optional.empty());
    assertThatThrownBy(
            () ->
                store.apply(
                    ChangeSet.edit(
                        Origin.EDIT,
                        "b",
                        "",
                        List.of(new Change(0, RevisionKind.CREATE, fresh, false))),
                    Optional.empty()))
        .isInstanceOf(StaleRevisionException.class)
        .hasMessageContaining("created by someone else");
  }
}

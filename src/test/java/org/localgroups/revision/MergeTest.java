package org.localgroups.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.directory.Region.RegionKind;

/** The three-way merge of an imported page with what is stored, on small pages written here. */
class MergeTest {
  private final MemoryHistory history = new MemoryHistory();
  private final Ids ids = Ids.counting();

  private static final Placement KRAKOW =
      new Placement(
          Placement.Precision.CITY,
          "Kraków",
          "PL",
          "Lesser Poland",
          50.06,
          19.94,
          3094802,
          0.9,
          "name says 'Kraków'");

  private static Group group(String slug, String name, String description, String url) {
    return new Group(
        slug,
        name,
        description,
        List.of(new Link(LinkKind.WEBSITE, url, name, url)),
        GroupStatus.ACTIVE,
        "",
        "",
        List.of(),
        KRAKOW,
        List.of(3));
  }

  private static Region region(
      String slug, String name, int level, String parent, String... groups) {
    return new Region(
        slug,
        name,
        level,
        parent,
        RegionKind.OTHER,
        Placement.unplaced(""),
        List.of(),
        List.of(groups),
        1);
  }

  /** A page: Europe > Poland with PyKrakow and PyWaw, plus the groups given, all under Poland. */
  private static Directory page(List<Group> extra, Group... groups) {
    List<Group> all = new ArrayList<>(List.of(groups));
    all.addAll(extra);
    return new Directory(
        "Groups",
        List.of(IntroLine.plain("Python groups.")),
        List.of(
            region("europe", "Europe", 1, ""),
            region(
                "poland",
                "Poland",
                2,
                "europe",
                all.stream().map(Group::slug).toArray(String[]::new))),
        all);
  }

  private static final Group PYKRAKOW =
      group("pykrakow", "PyKrakow", "Cracow's Python users", "http://pykrakow.org/");
  private static final Group PYWAW = group("pywaw", "PyWaw", "Warsaw", "http://pywaw.org/");

  private Merge.Plan merge(Directory page) {
    return Merge.plan(page, history.stored(), ids, Merge.Mode.MERGE);
  }

  private Merge.Plan importPage(Directory page) {
    Merge.Plan plan = merge(page);
    history.apply(plan);
    return plan;
  }

  private GroupState stored(String slug) {
    return history
        .directory()
        .group(slug)
        .map(g -> States.group(history.directory(), g))
        .orElseThrow();
  }

  private List<RevisionKind> kinds(Merge.Plan plan) {
    return plan.changes().stream().map(Change::kind).toList();
  }

  @Test
  void theFirstImportCreatesEverythingWithIdsAndTheSameDirectory() {
    Directory page = page(List.of(), PYKRAKOW, PYWAW);
    Merge.Plan plan = importPage(page);
    assertThat(kinds(plan))
        .containsOnly(RevisionKind.CREATE)
        .hasSize(5); // intro, 2 regions, 2 groups
    Directory stored = history.directory();
    assertThat(stored.groups()).extracting(Group::slug).containsExactly("pykrakow", "pywaw");
    assertThat(stored.groups()).extracting(Group::id).allMatch(id -> id.startsWith("g"));
    assertThat(stored.region("poland").orElseThrow().groupSlugs())
        .containsExactly("pykrakow", "pywaw");
    assertThat(stored.region("poland").orElseThrow().parentSlug()).isEqualTo("europe");
    assertThat(stored.groups().getFirst().lines()).containsExactly(3);
  }

  @Test
  void importingTheSamePageAgainChangesNothing() {
    importPage(page(List.of(), PYKRAKOW, PYWAW));
    assertThat(merge(page(List.of(), PYKRAKOW, PYWAW)).changes()).isEmpty();
  }

  @Test
  void aFieldThePageChangedIsTaken() {
    importPage(page(List.of(), PYKRAKOW, PYWAW));
    String id = stored("pywaw").id();
    Group changed = group("pywaw", "PyWaw", "Warsaw Python meetups, monthly", "http://pywaw.org/");
    Merge.Plan plan = importPage(page(List.of(), PYKRAKOW, changed));
    assertThat(kinds(plan)).containsExactly(RevisionKind.EDIT);
    assertThat(stored("pywaw").id()).isEqualTo(id);
    assertThat(stored("pywaw").description()).isEqualTo("Warsaw Python meetups, monthly");
  }

  @Test
  void aLocalEditIsKeptWhenThePageDidNotChangeThatField() {
    importPage(page(List.of(), PYKRAKOW, PYWAW));
    GroupState local = stored("pywaw");
    history.edit(
        new GroupState(
            local.id(),
            local.slug(),
            local.name(),
            "Edited here",
            local.links(),
            local.status(),
            local.founded(),
            "meets every Tuesday",
            local.notes(),
            local.placement(),
            local.regions()));
    // the page changes another group only
    Group krakowChanged =
        group("pykrakow", "PyKrakow", "Kraków Pythonistas", "http://pykrakow.org/");
    Merge.Plan plan = importPage(page(List.of(), krakowChanged, PYWAW));
    assertThat(plan.changes()).extracting(c -> c.state().label()).containsExactly("PyKrakow");
    assertThat(stored("pywaw").description()).isEqualTo("Edited here");
    assertThat(stored("pywaw").meeting()).isEqualTo("meets every Tuesday");
    assertThat(plan.conflicts()).isEmpty();
  }

  @Test
  void aFieldChangedOnBothSidesIsAConflictAndKeepsTheLocalValue() {
    importPage(page(List.of(), PYKRAKOW, PYWAW));
    GroupState local = stored("pywaw");
    history.edit(
        new GroupState(
            local.id(),
            local.slug(),
            local.name(),
            "Edited here",
            local.links(),
            local.status(),
            local.founded(),
            local.meeting(),
            local.notes(),
            local.placement(),
            local.regions()));
    Group pageChanged = group("pywaw", "PyWaw", "Changed on the page", "http://pywaw.org/");
    Merge.Plan plan = importPage(page(List.of(), PYKRAKOW, pageChanged));
    assertThat(plan.changes()).isEmpty();
    assertThat(plan.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("description");
              assertThat(c.base()).isEqualTo("Warsaw");
              assertThat(c.local()).isEqualTo("Edited here");
              assertThat(c.theirs()).isEqualTo("Changed on the page");
              assertThat(c.lines()).containsExactly(3);
              assertThat(c.describe()).contains("PyWaw", "description", "kept here: 'Edited here'");
            });
    assertThat(stored("pywaw").description()).isEqualTo("Edited here");
  }

  @Test
  void aRenameOnThePageKeepsTheIdAndGivesTheNewSlug() {
    importPage(page(List.of(), PYKRAKOW, PYWAW));
    String id = stored("pywaw").id();
    Group renamed = group("warsaw-python", "Warsaw Python", "Warsaw", "http://pywaw.org/");
    importPage(page(List.of(), PYKRAKOW, renamed));
    Directory after = history.directory();
    assertThat(after.group("warsaw-python").orElseThrow().id()).isEqualTo(id);
    assertThat(after.group("pywaw")).isEmpty();
    assertThat(history.stored().retiredGroupSlugs()).containsKey("pywaw");
  }

  @Test
  void aGroupMovedToAnotherHeadingIsAMove() {
    Directory first =
        new Directory(
            "",
            List.of(),
            List.of(
                region("poland", "Poland", 1, "", "pykrakow", "pywaw"),
                region("germany", "Germany", 1, "")),
            List.of(PYKRAKOW, PYWAW));
    importPage(first);
    Directory moved =
        new Directory(
            "",
            List.of(),
            List.of(
                region("poland", "Poland", 1, "", "pykrakow"),
                region("germany", "Germany", 1, "", "pywaw")),
            List.of(PYKRAKOW, PYWAW));
    Merge.Plan plan = importPage(moved);
    assertThat(kinds(plan)).containsExactly(RevisionKind.MOVE);
    assertThat(history.directory().regionsOf("pywaw"))
        .extracting(Region::slug)
        .containsExactly("germany");
  }

  @Test
  void aGroupGoneFromThePageIsRemovedUnlessEditedHere() {
    Group third = group("pyrzeszow", "PyRzeszów", "", "http://pyrzeszow.pl/");
    importPage(page(List.of(third), PYKRAKOW, PYWAW));
    GroupState local = stored("pyrzeszow");
    history.edit(
        new GroupState(
            local.id(),
            local.slug(),
            local.name(),
            "still meets",
            local.links(),
            local.status(),
            local.founded(),
            local.meeting(),
            local.notes(),
            local.placement(),
            local.regions()));
    Merge.Plan plan = importPage(page(List.of(), PYKRAKOW));
    assertThat(plan.changes())
        .extracting(Change::kind, c -> c.state().label())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RevisionKind.REMOVE, "PyWaw"));
    assertThat(plan.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("removed");
              assertThat(c.label()).isEqualTo("PyRzeszów");
            });
    assertThat(history.directory().groups())
        .extracting(Group::slug)
        .containsExactly("pykrakow", "pyrzeszow");
  }

  @Test
  void aGroupRemovedHereStaysRemovedWhileThePageDoesNotChangeIt() {
    importPage(page(List.of(), PYKRAKOW, PYWAW));
    history.remove(EntityRef.group(stored("pywaw").id()));
    assertThat(merge(page(List.of(), PYKRAKOW, PYWAW)).changes()).isEmpty();
    assertThat(history.directory().group("pywaw")).isEmpty();
  }

  @Test
  void aGroupThePageListsAgainIsRestoredWithItsId() {
    importPage(page(List.of(), PYKRAKOW, PYWAW));
    String id = stored("pywaw").id();
    importPage(page(List.of(), PYKRAKOW));
    assertThat(history.directory().group("pywaw")).isEmpty();
    Merge.Plan plan = importPage(page(List.of(), PYKRAKOW, PYWAW));
    assertThat(kinds(plan)).containsExactly(RevisionKind.RESTORE);
    assertThat(stored("pywaw").id()).isEqualTo(id);
  }

  @Test
  void linksMergeAsSetsByIdentity() {
    importPage(page(List.of(), PYKRAKOW));
    GroupState local = stored("pykrakow");
    List<Link> withMeetup = new ArrayList<>(local.links());
    withMeetup.add(
        new Link(
            LinkKind.MEETUP,
            "https://www.meetup.com/pykrakow/",
            "",
            "https://www.meetup.com/pykrakow/"));
    history.edit(
        new GroupState(
            local.id(),
            local.slug(),
            local.name(),
            local.description(),
            withMeetup,
            local.status(),
            local.founded(),
            local.meeting(),
            local.notes(),
            local.placement(),
            local.regions()));
    Group withList =
        new Group(
            "pykrakow",
            "PyKrakow",
            "Cracow's Python users",
            List.of(
                new Link(
                    LinkKind.WEBSITE,
                    "https://www.pykrakow.org",
                    "PyKrakow",
                    "https://www.pykrakow.org"),
                new Link(
                    LinkKind.MAILING_LIST, "mailto:list@pykrakow.org", "", "list@pykrakow.org")),
            GroupStatus.ACTIVE,
            "",
            "",
            List.of(),
            KRAKOW,
            List.of(3));
    importPage(page(List.of(), withList));
    assertThat(stored("pykrakow").links())
        .extracting(Link::url)
        .containsExactly(
            "https://www.pykrakow.org",
            "mailto:list@pykrakow.org",
            "https://www.meetup.com/pykrakow/");
  }

  @Test
  void aGroupAddedHereThatThePageListsTooIsTheSameGroup() {
    importPage(page(List.of(), PYKRAKOW));
    // added here by hand, then the page lists it under another name: the link tells it is the same
    // group
    Merge.Plan addedHere = merge(page(List.of(), PYKRAKOW, PYWAW));
    history.apply(
        ChangeSet.edit(
            Origin.EDIT,
            "tester",
            "",
            addedHere.changes().stream().filter(c -> c.state().label().equals("PyWaw")).toList()));
    String id = stored("pywaw").id();
    Group renamedOnPage = group("warsaw-pug", "Warsaw PUG", "Warsaw", "https://www.pywaw.org");
    importPage(page(List.of(), PYKRAKOW, renamedOnPage));
    assertThat(history.directory().groups()).hasSize(2);
    assertThat(history.directory().group("warsaw-pug").orElseThrow().id()).isEqualTo(id);
  }

  @Test
  void replaceMakesTheDirectoryExactlyThePage() {
    importPage(page(List.of(), PYKRAKOW, PYWAW));
    GroupState local = stored("pywaw");
    history.edit(
        new GroupState(
            local.id(),
            local.slug(),
            local.name(),
            "Edited here",
            local.links(),
            local.status(),
            local.founded(),
            local.meeting(),
            local.notes(),
            local.placement(),
            local.regions()));
    Merge.Plan plan = Merge.plan(page(List.of(), PYWAW), history.stored(), ids, Merge.Mode.REPLACE);
    history.apply(plan);
    assertThat(kinds(plan)).containsExactlyInAnyOrder(RevisionKind.IMPORT, RevisionKind.REMOVE);
    assertThat(history.directory().groups())
        .extracting(Group::slug, Group::description)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("pywaw", "Warsaw"));
  }

  @Test
  void aRegionGoneFromThePageIsRemovedOnceItHoldsNothing() {
    Directory first =
        new Directory(
            "",
            List.of(),
            List.of(
                region("poland", "Poland", 1, "", "pykrakow"),
                region("germany", "Germany", 1, "", "pywaw")),
            List.of(PYKRAKOW, PYWAW));
    importPage(first);
    Directory without =
        new Directory(
            "",
            List.of(),
            List.of(region("poland", "Poland", 1, "", "pykrakow", "pywaw")),
            List.of(PYKRAKOW, PYWAW));
    Merge.Plan plan = importPage(without);
    assertThat(plan.changes())
        .extracting(Change::kind, c -> c.state().label())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(RevisionKind.REMOVE, "Germany"),
            org.assertj.core.groups.Tuple.tuple(RevisionKind.MOVE, "PyWaw"));
    assertThat(history.directory().regions()).extracting(Region::slug).containsExactly("poland");
  }

  @Test
  void newGroupsGetAFreeSlugNeverAnOldOne() {
    importPage(page(List.of(), PYKRAKOW, PYWAW));
    importPage(
        page(
            List.of(),
            PYKRAKOW,
            group("warsaw-python", "Warsaw Python", "Warsaw", "http://pywaw.org/")));
    // a new group whose name gives the slug that still redirects to the renamed one
    Group another = group("pywaw", "PyWaw", "another group", "http://other.example/");
    importPage(
        page(
            List.of(another),
            PYKRAKOW,
            group("warsaw-python", "Warsaw Python", "Warsaw", "http://pywaw.org/")));
    assertThat(history.directory().groups())
        .extracting(Group::slug)
        .containsExactly("pykrakow", "warsaw-python", "pl-pywaw");
  }
}

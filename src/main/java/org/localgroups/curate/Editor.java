package org.localgroups.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.directory.Slugs;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.PlaceMatch;
import org.localgroups.geo.UnknownPlaceException;
import org.localgroups.importer.Importer;
import org.localgroups.importer.LinkKinds;
import org.localgroups.revision.Change;
import org.localgroups.revision.ChangeSet;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.GroupState;
import org.localgroups.revision.Ids;
import org.localgroups.revision.Origin;
import org.localgroups.revision.Revision;
import org.localgroups.revision.RevisionKind;
import org.localgroups.revision.StaleRevisionException;
import org.localgroups.revision.Stored.StoredEntity;
import org.localgroups.store.Applied;
import org.localgroups.store.DirectoryStore;

/**
 * A person's changes to one group: add, edit, remove, restore, revert. Each is validated as an
 * import is (only http, https, mailto and irc links; a place the gazetteer knows; bounded sizes)
 * and made as one change set naming the revision it started from, so a change over a newer revision
 * is refused and nothing is overwritten. A refused change leaves the directory and its history as
 * they were.
 */
public final class Editor {
  private final DirectoryStore store;
  private final Gazetteer gazetteer;
  private final Ids ids;

  public Editor(DirectoryStore store, Gazetteer gazetteer, Ids ids) {
    this.store = store;
    this.gazetteer = gazetteer;
    this.ids = ids;
  }

  /**
   * Who makes a change, and why.
   *
   * @param author a user name
   * @param comment why ("" when not said)
   */
  public record Attribution(String author, String comment) {
    public Attribution {
      author = Fields.text(author, "the author", Fields.MAX_AUTHOR);
      comment = Fields.text(comment, "the comment", Fields.MAX_COMMENT);
      if (author.isEmpty()) {
        throw LocalGroupsException.badInput("Say who makes the change (an author name).");
      }
    }
  }

  /**
   * What a change sets: each field given replaces the group's; links are added or removed one by
   * one.
   *
   * @param moveTo the slug of the one region to list the group in
   * @param place a place the gazetteer knows ("Kraków, PL"), where the group is
   * @param meetingRules the organisers' meeting rules that replace the group's, each in the
   *     notation of {@link org.localgroups.meetings.OrganiserRules} ("monthly, 2nd Thursday,
   *     18:00-20:00"); an empty list clears them
   */
  public record GroupFields(
      Optional<String> name,
      Optional<String> description,
      Optional<String> status,
      Optional<String> founded,
      Optional<String> meeting,
      List<String> addLinks,
      List<String> removeLinks,
      Optional<String> moveTo,
      Optional<String> place,
      Optional<List<String>> meetingRules) {
    public GroupFields {
      addLinks = List.copyOf(addLinks);
      removeLinks = List.copyOf(removeLinks);
      meetingRules = meetingRules.map(List::copyOf);
    }

    /** Fields that leave the organisers' meeting rules as they are. */
    public GroupFields(
        Optional<String> name,
        Optional<String> description,
        Optional<String> status,
        Optional<String> founded,
        Optional<String> meeting,
        List<String> addLinks,
        List<String> removeLinks,
        Optional<String> moveTo,
        Optional<String> place) {
      this(
          name,
          description,
          status,
          founded,
          meeting,
          addLinks,
          removeLinks,
          moveTo,
          place,
          Optional.empty());
    }

    /** These fields setting the organisers' meeting rules (an empty list clears them). */
    public GroupFields withMeetingRules(List<String> rules) {
      return new GroupFields(
          name,
          description,
          status,
          founded,
          meeting,
          addLinks,
          removeLinks,
          moveTo,
          place,
          Optional.of(rules));
    }

    /** These fields without a region and a place (an addition has its own). */
    GroupFields withoutMoveAndPlace() {
      return new GroupFields(
          name,
          description,
          status,
          founded,
          meeting,
          addLinks,
          removeLinks,
          Optional.empty(),
          Optional.empty(),
          meetingRules);
    }

    public static GroupFields none() {
      return new GroupFields(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          List.of(),
          Optional.empty(),
          Optional.empty());
    }
  }

  /**
   * A change made.
   *
   * @param before the group's state before (empty for an addition)
   * @param after its state after
   * @param kind what happened
   * @param revision the revision made
   * @param changeSet the change set it is in
   */
  public record Edited(
      Optional<GroupState> before,
      GroupState after,
      RevisionKind kind,
      long revision,
      long changeSet) {}

  /**
   * Adds a group to a region, placed where {@code fields.place()} says or at its region's place.
   */
  public Edited add(String name, String regionSlug, GroupFields fields, Attribution who) {
    String cleanName = Fields.text(name, "the name", Fields.MAX_NAME);
    if (cleanName.isEmpty()) {
      throw LocalGroupsException.badInput("A group needs a name.");
    }
    Directory d = store.directory();
    Region region = region(d, regionSlug);
    Placement placement =
        fields.place().isPresent()
            ? place(fields.place().get(), who)
            : withReason(region.place(), "placed at its region '" + region.name() + "'");
    GroupState draft =
        new GroupState(
            ids.next(EntityKind.GROUP),
            freeSlug(cleanName, placement.countryCode(), region.slug()),
            cleanName,
            "",
            List.of(),
            GroupStatus.ACTIVE,
            "",
            "",
            List.of(),
            placement,
            List.of(region.id()));
    GroupState after = apply(draft, fields.withoutMoveAndPlace(), who, d);
    return make(Optional.empty(), after, RevisionKind.CREATE, 0, false, who);
  }

  /**
   * Changes a group's fields.
   *
   * @param baseRevision the revision the change was made from; 0 for the current one
   * @throws StaleRevisionException when the group has a newer revision than {@code baseRevision}
   */
  public Edited edit(String slug, GroupFields fields, long baseRevision, Attribution who) {
    StoredEntity current = live(slug);
    GroupState before = (GroupState) current.state();
    checkBase(before, current.revision(), baseRevision);
    Directory d = store.directory();
    GroupState after = apply(before, fields, who, d);
    if (after.equals(before)) {
      throw LocalGroupsException.badInput(
          "The edit changes nothing of '" + before.name() + "'; nothing was saved.");
    }
    RevisionKind kind =
        after.withRegions(before.regions()).equals(before) ? RevisionKind.MOVE : RevisionKind.EDIT;
    return make(Optional.of(before), after, kind, current.revision(), false, who);
  }

  /**
   * Replaces one link of a group by another URL in its place, keeping its kind and label (a link
   * that moved to a new home).
   *
   * @param oldUrl the link's URL as the group has it (or a URL of the same identity)
   * @param baseRevision the revision the change was made from; 0 for the current one
   * @throws LocalGroupsException BAD_INPUT when the group has no such link, or the new URL is not a
   *     valid link or the same
   */
  public Edited replaceLink(
      String slug, String oldUrl, String newUrl, long baseRevision, Attribution who) {
    StoredEntity current = live(slug);
    GroupState before = (GroupState) current.state();
    checkBase(before, current.revision(), baseRevision);
    Link moved = Fields.link(newUrl, LinkKinds::of);
    List<Link> links = new ArrayList<>(before.links());
    int at = -1;
    for (int i = 0; i < links.size(); i++) {
      if (links.get(i).url().equals(oldUrl.strip())) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      throw LocalGroupsException.badInput(
          "'" + before.name() + "' has no link " + Fields.shown(oldUrl) + ".");
    }
    Link old = links.get(at);
    if (old.url().equals(moved.url())) {
      throw LocalGroupsException.badInput(
          "The link " + Fields.shown(oldUrl) + " of '" + before.name() + "' is that already.");
    }
    links.set(at, new Link(old.kind(), moved.url(), old.label(), moved.written()));
    GroupState after =
        new GroupState(
            before.id(),
            before.slug(),
            before.name(),
            before.description(),
            links,
            before.status(),
            before.founded(),
            before.meeting(),
            before.notes(),
            before.placement(),
            before.regions());
    return make(Optional.of(before), after, RevisionKind.EDIT, current.revision(), false, who);
  }

  /** Removes a group: its last state is kept, and it can be restored. */
  public Edited remove(String slug, long baseRevision, Attribution who) {
    StoredEntity current = live(slug);
    GroupState state = (GroupState) current.state();
    checkBase(state, current.revision(), baseRevision);
    return make(Optional.of(state), state, RevisionKind.REMOVE, current.revision(), true, who);
  }

  /**
   * Brings a removed group back with its last state, in those of its regions that are still there.
   */
  public Edited restore(String slug, Attribution who) {
    EntityRef ref = ref(slug);
    StoredEntity current = store.entity(ref).orElseThrow();
    GroupState state = (GroupState) current.state();
    if (!current.removed()) {
      throw LocalGroupsException.badInput("The group '" + state.name() + "' is not removed.");
    }
    GroupState after = state.withRegions(liveRegions(state.regions()));
    if (after.regions().isEmpty()) {
      throw LocalGroupsException.badInput(
          "None of the regions of '"
              + state.name()
              + "' is in the directory any more; add it again in a region instead.");
    }
    return make(Optional.of(state), after, RevisionKind.RESTORE, current.revision(), false, who);
  }

  /**
   * Sets a group back to the state of one of its earlier revisions (one removed then, is removed).
   */
  public Edited revert(String slug, long toRevision, Attribution who) {
    EntityRef ref = ref(slug);
    StoredEntity current = store.entity(ref).orElseThrow();
    Revision target =
        store
            .revision(toRevision)
            .filter(r -> r.ref().equals(ref))
            .orElseThrow(
                () ->
                    LocalGroupsException.notFound(
                        "Revision " + toRevision + " is not a revision of '" + slug + "'."));
    if (target.id() == current.revision()) {
      throw LocalGroupsException.badInput(
          "'" + slug + "' is at revision " + toRevision + " already; nothing was changed.");
    }
    GroupState before = (GroupState) current.state();
    GroupState old = (GroupState) target.state();
    List<String> regions = liveRegions(old.regions());
    GroupState after =
        old.withRegions(regions.isEmpty() ? before.regions() : regions)
            .withSlug(slugBack(before, old.slug()));
    if (after.equals(before) && target.removed() == current.removed()) {
      throw LocalGroupsException.badInput(
          "Revision "
              + toRevision
              + " of '"
              + slug
              + "' is the group as it is now; nothing was changed.");
    }
    return make(
        Optional.of(before), after, RevisionKind.REVERT, current.revision(), target.removed(), who);
  }

  /**
   * A merge made: {@code from} is removed, {@code into} has its links.
   *
   * @param into the kept group's state after the merge
   * @param from the merged group's last state (removed)
   * @param addedLinks the links {@code into} gained from {@code from}
   * @param changeSet the one change set that holds both revisions
   */
  public record Merged(GroupState into, GroupState from, List<Link> addedLinks, long changeSet) {
    public Merged {
      addedLinks = List.copyOf(addedLinks);
    }
  }

  /**
   * Merges group {@code fromSlug} (B) into {@code intoSlug} (A) as one change set: A gains B's
   * links that it has not (by {@link Link#identity()}) and keeps its own fields, taking B's
   * description and meeting only where it has none; B is removed with a comment naming A. Both keep
   * their histories; each gets a revision of kind {@link RevisionKind#MERGE}, from which the store
   * tells where B went ({@link DirectoryStore#mergedInto}) and the web redirects B's addresses.
   * Refused, the store unchanged, for one group twice, an unknown or removed group, or a base
   * revision that is not the group's current one.
   *
   * @param intoBase A's revision the merge was decided on; 0 for its current one
   * @param fromBase B's revision the merge was decided on; 0 for its current one
   * @throws StaleRevisionException when A or B has a newer revision than its base
   */
  public Merged merge(
      String intoSlug, String fromSlug, long intoBase, long fromBase, Attribution who) {
    EntityRef intoRef = ref(intoSlug);
    EntityRef fromRef = ref(fromSlug);
    if (intoRef.equals(fromRef)) {
      throw LocalGroupsException.badInput(
          "A group cannot be merged into itself ('" + Fields.shown(intoSlug) + "').");
    }
    StoredEntity into = mergeable(intoRef);
    StoredEntity from = mergeable(fromRef);
    GroupState a = (GroupState) into.state();
    GroupState b = (GroupState) from.state();
    checkBase(a, into.revision(), intoBase);
    checkBase(b, from.revision(), fromBase);
    List<Link> links = new ArrayList<>(a.links());
    java.util.Set<String> have = new java.util.HashSet<>();
    links.forEach(l -> have.add(l.identity()));
    List<Link> added = new ArrayList<>();
    for (Link l : b.links()) {
      if (have.add(l.identity())) {
        links.add(l);
        added.add(l);
      }
    }
    if (links.size() > Fields.MAX_LINKS) {
      throw LocalGroupsException.badInput(
          "'"
              + a.name()
              + "' would have "
              + links.size()
              + " links after the merge; a group has at most "
              + Fields.MAX_LINKS
              + ". Remove some first.");
    }
    GroupState after =
        new GroupState(
            a.id(),
            a.slug(),
            a.name(),
            a.description().isEmpty() ? b.description() : a.description(),
            links,
            a.status(),
            a.founded(),
            a.meeting().isEmpty() ? b.meeting() : a.meeting(),
            a.notes(),
            a.placement(),
            a.regions());
    String comment =
        "merged '"
            + b.name()
            + "' ("
            + b.slug()
            + ") into '"
            + a.name()
            + "' ("
            + a.slug()
            + ")"
            + (who.comment().isEmpty() ? "" : ": " + who.comment());
    ChangeSet set =
        ChangeSet.edit(
            Origin.EDIT,
            who.author(),
            comment,
            List.of(
                new Change(into.revision(), RevisionKind.MERGE, after, false),
                new Change(from.revision(), RevisionKind.MERGE, b, true)));
    Applied applied = store.apply(set, Optional.empty());
    return new Merged(after, b, added, applied.changeSet());
  }

  private StoredEntity mergeable(EntityRef ref) {
    StoredEntity e = store.entity(ref).orElseThrow();
    if (e.removed()) {
      Optional<String> into =
          store.mergedInto(ref).flatMap(store::entity).map(x -> x.state().slug());
      throw LocalGroupsException.badInput(
          "The group '"
              + e.state().label()
              + "' is removed"
              + into.map(s -> " (merged into '" + s + "')").orElse("")
              + "; only groups in the directory can be merged.");
    }
    return e;
  }

  // ---- the fields
  // ---------------------------------------------------------------------------------

  private GroupState apply(GroupState g, GroupFields f, Attribution who, Directory d) {
    String name = f.name().map(n -> Fields.text(n, "the name", Fields.MAX_NAME)).orElse(g.name());
    if (name.isEmpty()) {
      throw LocalGroupsException.badInput("A group needs a name.");
    }
    List<Link> links = new ArrayList<>(g.links());
    for (String url : f.removeLinks()) {
      Link gone = Fields.link(url, LinkKinds::of);
      if (!links.removeIf(
          l -> l.identity().equals(gone.identity()) || l.url().equals(url.strip()))) {
        throw LocalGroupsException.badInput(
            "'" + g.name() + "' has no link " + Fields.shown(url) + ".");
      }
    }
    for (String url : f.addLinks()) {
      Link link = Fields.link(url, LinkKinds::of);
      if (links.stream().anyMatch(l -> l.identity().equals(link.identity()))) {
        throw LocalGroupsException.badInput(
            "'" + g.name() + "' has the link " + link.url() + " already.");
      }
      links.add(link);
    }
    if (links.size() > Fields.MAX_LINKS) {
      throw LocalGroupsException.badInput("A group has at most " + Fields.MAX_LINKS + " links.");
    }
    List<String> regions =
        f.moveTo().map(slug -> List.of(region(d, slug).id())).orElse(g.regions());
    Placement placement = f.place().map(p -> place(p, who)).orElse(g.placement());
    String slug = name.equals(g.name()) ? g.slug() : renamedSlug(g, name);
    return new GroupState(
        g.id(),
        slug,
        name,
        f.description()
            .map(s -> Fields.text(s, "the description", Fields.MAX_DESCRIPTION))
            .orElse(g.description()),
        links,
        f.status().map(Fields::status).orElse(g.status()),
        f.founded().map(s -> Fields.text(s, "founded", Fields.MAX_FIELD)).orElse(g.founded()),
        f.meeting().map(s -> Fields.text(s, "the meeting", Fields.MAX_FIELD)).orElse(g.meeting()),
        g.notes(),
        placement,
        regions,
        f.meetingRules().map(Fields::meetingRules).orElse(g.meetingRules()));
  }

  private Placement place(String text, Attribution who) {
    String t = Fields.text(text, "the place", Fields.MAX_FIELD);
    List<PlaceMatch> matches = gazetteer.lookup(t);
    if (matches.isEmpty()) {
      throw new UnknownPlaceException(t, gazetteer.suggestionsFor(t, 5));
    }
    return Importer.placementAt(
        matches.getFirst().place(), "set by " + who.author() + ": '" + t + "'");
  }

  private static Placement withReason(Placement p, String reason) {
    return new Placement(
        p.precision(),
        p.name(),
        p.countryCode(),
        p.admin1(),
        p.latitude(),
        p.longitude(),
        p.geonameId(),
        p.confidence(),
        reason);
  }

  // ---- lookups
  // ------------------------------------------------------------------------------------

  private EntityRef ref(String slug) {
    String s = Fields.text(slug, "the slug", Slugs.MAX_LENGTH + 20);
    return store
        .find(EntityKind.GROUP, s)
        .orElseThrow(
            () -> {
              Optional<String> now =
                  store
                      .formerlyAt(EntityKind.GROUP, s)
                      .flatMap(store::entity)
                      .map(e -> e.state().slug());
              return LocalGroupsException.notFound(
                  "No group '"
                      + Fields.shown(s)
                      + "' is in the directory"
                      + now.map(n -> "; it is now '" + n + "'").orElse("")
                      + ".");
            });
  }

  private StoredEntity live(String slug) {
    StoredEntity e = store.entity(ref(slug)).orElseThrow();
    if (e.removed()) {
      throw LocalGroupsException.badInput(
          "The group '" + e.state().label() + "' is removed; restore it first.");
    }
    return e;
  }

  private static Region region(Directory d, String slug) {
    return d.region(Fields.text(slug, "the region", Slugs.MAX_LENGTH + 20))
        .orElseThrow(
            () ->
                LocalGroupsException.notFound(
                    "No region '" + Fields.shown(slug) + "' is in the directory."));
  }

  private List<String> liveRegions(List<String> ids) {
    Directory d = store.directory();
    return ids.stream()
        .filter(id -> d.regions().stream().anyMatch(r -> r.id().equals(id)))
        .toList();
  }

  private static void checkBase(GroupState g, long current, long base) {
    if (base != 0 && base != current) {
      throw new StaleRevisionException(g.ref(), g.name(), base, current);
    }
  }

  // ---- slugs
  // --------------------------------------------------------------------------------------

  /**
   * A slug no entity has or had: the name's, then qualified by country or region, then numbered.
   */
  private String freeSlug(String name, String countryCode, String regionSlug) {
    String base = Slugs.of(name).isEmpty() ? "group" : Slugs.of(name);
    List<String> candidates = new ArrayList<>();
    candidates.add(base);
    if (!countryCode.isEmpty()) {
      candidates.add(Slugs.of(countryCode + " " + base));
    }
    candidates.add(Slugs.of(regionSlug + " " + base));
    for (String c : candidates) {
      if (isFree(c, "")) {
        return c;
      }
    }
    for (int i = 2; ; i++) {
      if (isFree(base + "-" + i, "")) {
        return base + "-" + i;
      }
    }
  }

  /** A renamed group takes its new name's slug when no other entity has or had it. */
  private String renamedSlug(GroupState g, String newName) {
    String wanted = Slugs.of(newName);
    return !wanted.isEmpty() && isFree(wanted, g.id()) ? wanted : g.slug();
  }

  /** A reverted group takes its old slug back when no other entity has it now. */
  private String slugBack(GroupState now, String old) {
    return isFree(old, now.id()) ? old : now.slug();
  }

  private boolean isFree(String slug, String ownId) {
    boolean current =
        store.find(EntityKind.GROUP, slug).map(r -> r.id().equals(ownId)).orElse(true);
    boolean former =
        store.formerlyAt(EntityKind.GROUP, slug).map(r -> r.id().equals(ownId)).orElse(true);
    return current && former;
  }

  // ---- the change set
  // -----------------------------------------------------------------------------

  private Edited make(
      Optional<GroupState> before,
      GroupState after,
      RevisionKind kind,
      long parent,
      boolean removed,
      Attribution who) {
    Origin origin = kind == RevisionKind.REVERT ? Origin.REVERT : Origin.EDIT;
    ChangeSet set =
        ChangeSet.edit(
            origin, who.author(), who.comment(), List.of(new Change(parent, kind, after, removed)));
    Applied applied = store.apply(set, Optional.empty());
    return new Edited(
        before,
        after,
        kind,
        applied.revisions().getOrDefault(after.ref(), 0L),
        applied.changeSet());
  }
}

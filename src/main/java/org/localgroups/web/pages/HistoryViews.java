package org.localgroups.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Region;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.EntityState;
import org.localgroups.revision.FieldChange;
import org.localgroups.revision.GroupState;
import org.localgroups.revision.IntroState;
import org.localgroups.revision.RegionState;
import org.localgroups.revision.Revision;
import org.localgroups.revision.RevisionKind;
import org.localgroups.revision.StateDiff;
import org.localgroups.revision.Stored.StoredEntity;
import org.localgroups.revision.Timeline;
import org.localgroups.store.DirectoryStore;
import org.localgroups.web.ChangeFilter;
import org.localgroups.web.Layout;
import org.localgroups.web.Params;

/**
 * Builds the models of the history pages from the store: a group's history, the difference of two
 * revisions, a removed group's page, Recent Changes, and the history block of a group page.
 */
public final class HistoryViews {
  /** Revisions on one page of a group's history when the address does not say. */
  static final int HISTORY_PAGE = 50;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final DirectoryStore store;

  public HistoryViews(DirectoryStore store) {
    this.store = store;
  }

  /** "7 December 2026". */
  static String day(Instant at) {
    return DAY.format(at);
  }

  /** "2026-12-07 14:35 UTC". */
  static String time(Instant at) {
    return TIME.format(at);
  }

  static String iso(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at);
  }

  /** What happened, for people ("Edited"). */
  static String kindLabel(RevisionKind kind) {
    return switch (kind) {
      case CREATE -> "Created";
      case EDIT -> "Edited";
      case MOVE -> "Moved";
      case REMOVE -> "Removed";
      case RESTORE -> "Restored";
      case MERGE -> "Merged";
      case REVERT -> "Reverted";
      case IMPORT -> "Imported";
    };
  }

  /** Every kind's word, for the filter form. */
  static List<String> kindIds() {
    return Arrays.stream(RevisionKind.values()).map(RevisionKind::id).toList();
  }

  /**
   * A region's name by its id: from the directory served, else from the store (a removed region),
   * else the id itself.
   */
  public Function<String, String> regionNames(Directory d) {
    Map<String, String> names = new HashMap<>();
    return id ->
        d.regionById(id)
            .map(Region::name)
            .orElseGet(
                () ->
                    names.computeIfAbsent(
                        id,
                        missing ->
                            store
                                .entity(EntityRef.region(missing))
                                .map(e -> e.state().label())
                                .orElse(missing)));
  }

  /**
   * A revision for people.
   *
   * @param parent its parent when its changes are to be shown (null: a creation, or not shown)
   * @param withChanges whether to list the fields it changed
   */
  public RevisionView view(
      Revision r,
      @Nullable Revision parent,
      boolean withChanges,
      Function<String, String> regionName) {
    EntityState s = r.state();
    List<FieldChange> changes =
        withChanges
            ? StateDiff.between(parent == null ? null : parent.state(), s, regionName)
            : List.of();
    return new RevisionView(
        r.id(),
        r.kind().id(),
        kindLabel(r.kind()),
        time(r.at()),
        iso(r.at()),
        r.author(),
        "/changes?author=" + URLEncoder.encode(r.author(), StandardCharsets.UTF_8),
        r.comment(),
        switch (s) {
          case GroupState g -> "group";
          case RegionState reg -> "region";
          case IntroState i -> "introduction";
        },
        s.label(),
        href(s),
        s instanceof GroupState ? href(s) + "/history" : "",
        s instanceof GroupState && r.parent() > 0 ? diffHref(s.slug(), r.parent(), r.id()) : "",
        changes,
        r.removed());
  }

  static String href(EntityState s) {
    return switch (s) {
      case GroupState g -> "/groups/" + g.slug();
      case RegionState r -> "/regions/" + r.slug();
      case IntroState i -> "/";
    };
  }

  static String diffHref(String slug, long from, long to) {
    return "/groups/" + slug + "/diff?from=" + from + "&to=" + to;
  }

  /** The group whose current slug this is, removed or not. */
  Optional<StoredEntity> find(String slug) {
    return store.find(EntityKind.GROUP, slug).flatMap(store::entity);
  }

  /** The group a history address names, removed or not. */
  public StoredEntity group(String slug) {
    return find(slug)
        .orElseThrow(
            () ->
                LocalGroupsException.notFound(
                    "No group '" + Params.shorten(slug) + "' is or was in the directory."));
  }

  /** One page of a group's history, newest first, each revision with its changes. */
  HistoryPage history(
      Layout layout, StoredEntity group, long before, int limit, Function<String, String> names) {
    EntityRef ref = group.state().ref();
    List<Revision> revisions = store.history(ref, limit + 1, before);
    List<RevisionView> views = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, revisions.size()); i++) {
      Revision r = revisions.get(i);
      views.add(
          view(r, parent(r, i + 1 < revisions.size() ? revisions.get(i + 1) : null), true, names));
    }
    String base = href(group.state()) + "/history";
    String limitParam = limit == HISTORY_PAGE ? "" : "&limit=" + limit;
    return new HistoryPage(
        layout,
        group.state().label(),
        href(group.state()),
        group.removed(),
        store.revisionCount(ref),
        views,
        before > 0 ? base + (limitParam.isEmpty() ? "" : "?" + limitParam.substring(1)) : "",
        revisions.size() > limit
            ? base + "?before=" + revisions.get(limit - 1).id() + limitParam
            : "");
  }

  /** A revision's parent: the next older one read with it when that is it, else from the store. */
  private @Nullable Revision parent(Revision r, @Nullable Revision older) {
    if (r.parent() == 0) {
      return null;
    }
    if (older != null && older.id() == r.parent()) {
      return older;
    }
    return store.revision(r.parent()).orElse(null);
  }

  /**
   * The difference of two revisions of a group.
   *
   * @throws LocalGroupsException NOT_FOUND for a revision that does not exist, BAD_INPUT for one of
   *     another entity
   */
  DiffPage diff(
      Layout layout, StoredEntity group, long from, long to, Function<String, String> names) {
    Revision a = revisionOf(group, from, "from");
    Revision b = revisionOf(group, to, "to");
    return new DiffPage(
        layout,
        group.state().label(),
        href(group.state()),
        href(group.state()) + "/history",
        view(a, null, false, names),
        view(b, null, false, names),
        StateDiff.between(a.state(), b.state(), names));
  }

  private Revision revisionOf(StoredEntity group, long id, String param) {
    if (id == 0) {
      throw LocalGroupsException.badInput(
          "Give the two revisions to compare: diff?from=REVISION&to=REVISION ("
              + param
              + " is missing).");
    }
    Revision r =
        store
            .revision(id)
            .orElseThrow(() -> LocalGroupsException.notFound("There is no revision " + id + "."));
    if (!r.ref().equals(group.state().ref())) {
      throw LocalGroupsException.badInput(
          "Revision "
              + id
              + " ("
              + param
              + ") is of "
              + r.state().label()
              + ", not of "
              + group.state().label()
              + "; compare two revisions of the same group.");
    }
    return r;
  }

  /**
   * Where a revision is shown: its difference from its parent (a group's), else its entity's page.
   * The target of {@code /revisions/{id}}, the permanent address of a revision (the feed's entry
   * ids).
   */
  String permalink(long id) {
    Revision r =
        store
            .revision(id)
            .orElseThrow(() -> LocalGroupsException.notFound("There is no revision " + id + "."));
    EntityState s = r.state();
    if (s instanceof GroupState g) {
      String slug = store.entity(g.ref()).map(e -> e.state().slug()).orElse(g.slug());
      return r.parent() > 0
          ? diffHref(slug, r.parent(), r.id())
          : "/groups/" + slug + "/history#r" + id;
    }
    return href(s);
  }

  /** The page of a removed group: when, by whom and why (its removing revision). */
  RemovedPage removed(Layout layout, StoredEntity group) {
    Revision removal =
        store
            .revision(group.revision())
            .orElseThrow(
                () -> new IllegalStateException("revision " + group.revision() + " is missing"));
    return new RemovedPage(
        layout,
        group.state().label(),
        day(removal.at()),
        iso(removal.at()),
        removal.author(),
        removal.comment(),
        href(group.state()) + "/history");
  }

  /** Recent Changes with these filters. */
  ChangesPage changes(Layout layout, ChangeFilter filter) {
    List<Revision> found = changesWithOneMore(filter);
    List<RevisionView> views =
        found.stream().limit(filter.limit()).map(r -> view(r, null, false, id -> id)).toList();
    String newest = filter.queryString(0);
    return new ChangesPage(
        layout,
        filter.description(),
        filter.region().map(Region::slug).orElse(""),
        String.join(",", filter.kinds().stream().sorted().map(RevisionKind::id).toList()),
        filter.author(),
        kindIds(),
        views,
        filter.before() > 0 ? "/changes" + (newest.isEmpty() ? "" : "?" + newest) : "",
        found.size() > filter.limit()
            ? "/changes?" + filter.queryString(found.get(filter.limit() - 1).id())
            : "",
        "/changes.atom" + (newest.isEmpty() ? "" : "?" + newest));
  }

  /** The changes a filter asks for, and one more when there is one (so a next page is known). */
  public List<Revision> changesWithOneMore(ChangeFilter filter) {
    return store.changes(filter.queryWithOneMore());
  }

  /** What a group page says of its past: last changed, by whom, its timeline. */
  HistoryBlock block(String groupId, String slug, Function<String, String> names) {
    List<Revision> all = store.history(EntityRef.group(groupId), Integer.MAX_VALUE, 0);
    Optional<Timeline> timeline = Timeline.of(all);
    if (timeline.isEmpty()) {
      return new HistoryBlock("", "", "", "/groups/" + slug + "/history", List.of());
    }
    Timeline t = timeline.get();
    Map<Long, Integer> index = new HashMap<>();
    List<Revision> oldestFirst = all.reversed();
    for (int i = 0; i < oldestFirst.size(); i++) {
      index.put(oldestFirst.get(i).id(), i);
    }
    List<HistoryBlock.TimelineEntry> entries = new ArrayList<>();
    entries.add(entry(t.firstListed(), "First listed"));
    for (Timeline.Event e : t.events()) {
      String what =
          switch (e.what()) {
            case RENAMED -> "Renamed: " + e.detail();
            case MOVED -> "Moved: " + moved(oldestFirst, index.get(e.when().revision()), names);
            case REMOVED -> "Removed";
            case RESTORED -> "Restored";
          };
      entries.add(entry(e.when(), what));
    }
    return new HistoryBlock(
        day(t.lastChanged().at()),
        iso(t.lastChanged().at()),
        t.lastChanged().author(),
        "/groups/" + slug + "/history",
        entries);
  }

  private static HistoryBlock.TimelineEntry entry(Timeline.Moment m, String what) {
    return new HistoryBlock.TimelineEntry(day(m.at()), iso(m.at()), what, m.author());
  }

  /** "Poland → Europe, Poland": the regions before and after the revision at {@code i}. */
  private static String moved(
      List<Revision> oldestFirst, @Nullable Integer i, Function<String, String> names) {
    if (i == null || i == 0) {
      return "";
    }
    return StateDiff.between(oldestFirst.get(i - 1).state(), oldestFirst.get(i).state(), names)
        .stream()
        .filter(c -> c.field().equals("regions"))
        .map(c -> c.before() + " → " + c.after())
        .findFirst()
        .orElse("");
  }
}

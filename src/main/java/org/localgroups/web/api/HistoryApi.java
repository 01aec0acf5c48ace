package org.localgroups.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Region;
import org.localgroups.revision.EntityKind;
import org.localgroups.revision.EntityRef;
import org.localgroups.revision.EntityState;
import org.localgroups.revision.FieldChange;
import org.localgroups.revision.GroupState;
import org.localgroups.revision.RegionState;
import org.localgroups.revision.Revision;
import org.localgroups.revision.RevisionKind;
import org.localgroups.revision.StateDiff;
import org.localgroups.revision.Stored.StoredEntity;
import org.localgroups.revision.Timeline;
import org.localgroups.search.DirectoryView;
import org.localgroups.store.ChangeQuery;
import org.localgroups.store.DirectoryStore;
import org.localgroups.web.Json;
import org.localgroups.web.Params;
import org.localgroups.web.WebServices;
import org.localgroups.web.api.ApiModel.GroupJson;
import org.localgroups.web.api.HistoryJson.ChangeJson;
import org.localgroups.web.api.HistoryJson.ChangePage;
import org.localgroups.web.api.HistoryJson.GroupDetail;
import org.localgroups.web.api.HistoryJson.HistoryPage;
import org.localgroups.web.api.HistoryJson.Moment;
import org.localgroups.web.api.HistoryJson.Move;
import org.localgroups.web.api.HistoryJson.Rename;
import org.localgroups.web.api.HistoryJson.RevisionJson;
import org.localgroups.web.api.HistoryJson.TimelineJson;
import org.localgroups.web.errors.HttpProblem;

/**
 * The API over the directory's revisions: a group with its revision (its ETag) and timeline, its
 * history, and Recent Changes. Edits are {@link GroupEdits}.
 */
public final class HistoryApi {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private final WebServices services;
  private final Json json;
  private final DirectoryStore store;

  public HistoryApi(WebServices services, Json json, Curation curation) {
    this.services = services;
    this.json = json;
    this.store = curation.store();
  }

  /** The routes besides {@code GET /api/groups/{slug}}, which {@link Api} registers. */
  void register(RoutesConfig routes) {
    routes.get("/api/groups/{slug}/history", this::history);
    routes.get("/api/changes", this::changes);
    routes.options("/api/groups/{slug}/history", Api::preflight);
    routes.options("/api/changes", Api::preflight);
  }

  // ---- reading ------------------------------------------------------------------------------

  /** {@code GET /api/groups/{slug}}: the group, its revision as ETag, last change and timeline. */
  void group(Context ctx) {
    Optional<EntityRef> ref = locate(ctx, "");
    if (ref.isEmpty()) {
      return;
    }
    Current now = current(ref.get());
    if (now.entity().removed()) {
      throw gone(now.entity());
    }
    long revision = now.entity().revision();
    ctx.header("ETag", EntityTag.of(revision));
    ctx.header("Cache-Control", "no-cache");
    if (EntityTag.noneMatchHits(ctx.header("If-None-Match"), revision)) {
      ctx.status(304);
      return;
    }
    json.write(ctx, detail(now));
  }

  /** {@code GET /api/groups/{slug}/history?limit=&before=}: newest first. */
  private void history(Context ctx) {
    Optional<EntityRef> ref = locate(ctx, "/history");
    if (ref.isEmpty()) {
      return;
    }
    int limit = limit(ctx);
    long before = before(ctx);
    List<Revision> read = store.history(ref.get(), limit + 1, before);
    List<Revision> page = read.subList(0, Math.min(limit, read.size()));
    StoredEntity entity = store.entity(ref.get()).orElseThrow();
    RegionNames regions = new RegionNames(services.view().directory(), store);
    Map<Long, Revision> byId = new HashMap<>();
    read.forEach(r -> byId.put(r.id(), r));
    List<RevisionJson> items =
        page.stream().map(r -> RevisionJson.of(r, diff(r, byId, regions))).toList();
    String slug = entity.state().slug();
    String next =
        read.size() > limit
            ? "/api/groups/" + slug + "/history?limit=" + limit + "&before=" + page.getLast().id()
            : null;
    json.write(
        ctx,
        new HistoryPage(slug, entity.state().label(), store.revisionCount(ref.get()), items, next));
  }

  /** {@code GET /api/changes?region=&kind=&author=&entity=&limit=&before=}: newest first. */
  private void changes(Context ctx) {
    int limit = limit(ctx);
    long before = before(ctx);
    Set<RevisionKind> kinds = kinds(Params.text(ctx.queryParam("kind"), "kind"));
    String author = Params.text(ctx.queryParam("author"), "author");
    Optional<EntityKind> entity = entityKind(Params.text(ctx.queryParam("entity"), "entity"));
    String regionSlug = Params.text(ctx.queryParam("region"), "region");
    Directory d = services.view().directory();
    Predicate<Revision> where = regionSlug.isEmpty() ? r -> true : inRegion(d, regionSlug);
    List<Revision> read =
        store.changes(new ChangeQuery(kinds, author, entity, before, limit + 1, where));
    List<Revision> page = read.subList(0, Math.min(limit, read.size()));
    RegionNames regions = new RegionNames(d, store);
    Map<Long, Revision> byId = new HashMap<>();
    read.forEach(r -> byId.put(r.id(), r));
    List<ChangeJson> items = new ArrayList<>();
    for (Revision r : page) {
      EntityState s = r.state();
      String url =
          switch (s) {
            case GroupState g -> "/api/groups/" + currentSlug(g.ref(), g.slug());
            case RegionState g -> "/api/regions/" + currentSlug(g.ref(), g.slug());
            default -> "";
          };
      items.add(
          new ChangeJson(
              s.ref().kind().id(),
              s.slug(),
              s.label(),
              url,
              RevisionJson.of(r, diff(r, byId, regions))));
    }
    String next = null;
    if (read.size() > limit) {
      StringBuilder q = new StringBuilder("/api/changes?limit=").append(limit);
      query(q, "region", regionSlug);
      query(q, "kind", ctx.queryParam("kind") == null ? "" : kindsText(kinds));
      query(q, "author", author);
      query(q, "entity", entity.map(EntityKind::id).orElse(""));
      next = q.append("&before=").append(page.getLast().id()).toString();
    }
    json.write(ctx, new ChangePage(items, next));
  }

  // ---- shared -------------------------------------------------------------------------------

  /** A group's stored entity with the view read at the same version of the store. */
  record Current(DirectoryView view, StoredEntity entity) {}

  Current current(EntityRef ref) {
    for (int attempt = 0; ; attempt++) {
      DirectoryView view = services.view();
      StoredEntity entity =
          store
              .entity(ref)
              .orElseThrow(() -> LocalGroupsException.notFound("No group '" + ref.id() + "'."));
      // a change between the two reads: read again, so the JSON and its ETag agree
      if (store.version() == view.version() || attempt == 3) {
        return new Current(view, entity);
      }
    }
  }

  GroupDetail detail(Current now) {
    GroupState state = (GroupState) now.entity().state();
    Directory d = now.view().directory();
    Group g =
        d.group(state.slug())
            .orElseThrow(
                () ->
                    LocalGroupsException.notFound(
                        "No group '" + Params.shorten(state.slug()) + "' is in the directory."));
    RegionNames regions = new RegionNames(d, store);
    List<Revision> all =
        store.history(state.ref(), Math.max(1, store.revisionCount(state.ref())), 0);
    Timeline t = Timeline.of(all).orElseThrow();
    return new GroupDetail(
        GroupJson.of(d, g, services.meetings(), services.evidence(d).apply(g)),
        now.entity().revision(),
        Moment.of(t.lastChanged()),
        timeline(t, all, regions));
  }

  private static TimelineJson timeline(Timeline t, List<Revision> all, RegionNames regions) {
    Map<Long, Revision> byId = new HashMap<>();
    all.forEach(r -> byId.put(r.id(), r));
    List<Rename> renames = new ArrayList<>();
    List<Move> moves = new ArrayList<>();
    List<Moment> removed = new ArrayList<>();
    List<Moment> restored = new ArrayList<>();
    for (Timeline.Event e : t.events()) {
      Moment m = Moment.of(e.when());
      Revision r = byId.get(e.when().revision());
      Revision parent = r == null ? null : byId.get(r.parent());
      switch (e.what()) {
        case RENAMED -> {
          if (r != null && parent != null) {
            renames.add(
                new Rename(
                    m.revision(), m.at(), m.author(), parent.state().label(), r.state().label()));
          }
        }
        case MOVED -> {
          if (r != null
              && parent != null
              && r.state() instanceof GroupState now
              && parent.state() instanceof GroupState was) {
            moves.add(
                new Move(
                    m.revision(),
                    m.at(),
                    m.author(),
                    was.regions().stream().map(regions::slug).toList(),
                    now.regions().stream().map(regions::slug).toList()));
          }
        }
        case REMOVED -> removed.add(m);
        case RESTORED -> restored.add(m);
      }
    }
    return new TimelineJson(Moment.of(t.firstListed()), renames, moves, removed, restored);
  }

  GroupJson groupJson(GroupState s, RegionNames regions) {
    return GroupJson.of(s, s.regions().stream().map(regions::slug).toList(), services.meetings());
  }

  /** The field-by-field difference of a revision from its parent (read when not at hand). */
  private List<FieldChange> diff(Revision r, Map<Long, Revision> known, RegionNames regions) {
    EntityState before = null;
    if (r.parent() != 0) {
      Revision p = known.get(r.parent());
      if (p == null) {
        p = store.revision(r.parent()).orElse(null);
        if (p != null) {
          known.put(p.id(), p);
        }
      }
      before = p == null ? null : p.state();
    }
    return StateDiff.between(before, r.state(), regions::name);
  }

  /**
   * The group a path names: by its current slug (removed or not), or by an old one, answered with a
   * redirect to the current address (301 for reads, 308 so that an edit is sent again as it was).
   * Empty when redirected.
   */
  Optional<EntityRef> locate(Context ctx, String suffix) {
    String slug = ctx.pathParam("slug");
    Optional<EntityRef> found = store.find(EntityKind.GROUP, slug);
    if (found.isPresent()) {
      return found;
    }
    Optional<String> now =
        store.formerlyAt(EntityKind.GROUP, slug).flatMap(store::entity).map(e -> e.state().slug());
    if (now.isEmpty()) {
      throw LocalGroupsException.notFound(
          "No group '" + Params.shorten(slug) + "' is in the directory.");
    }
    String query = ctx.queryString();
    boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    ctx.header(
        "Location",
        "/api/groups/"
            + now.get()
            + suffix
            + (query == null || query.isEmpty() ? "" : "?" + query));
    ctx.status(read ? 301 : 308);
    return Optional.empty();
  }

  private String currentSlug(EntityRef ref, String slug) {
    return store.entity(ref).map(e -> e.state().slug()).orElse(slug);
  }

  private HttpProblem gone(StoredEntity e) {
    String slug = e.state().slug();
    return HttpProblem.of(
            410,
            "gone",
            "Gone",
            "The group '"
                + Params.shorten(e.state().label())
                + "' was removed (revision "
                + e.revision()
                + "); its history is at /api/groups/"
                + slug
                + "/history.")
        .with("history", "/api/groups/" + slug + "/history");
  }

  private static Predicate<Revision> inRegion(Directory d, String regionSlug) {
    Set<String> ids =
        d.subtree(Params.region(d, regionSlug).slug()).stream()
            .map(Region::id)
            .collect(Collectors.toCollection(HashSet::new));
    return r ->
        switch (r.state()) {
          case GroupState g -> g.regions().stream().anyMatch(ids::contains);
          case RegionState g -> ids.contains(g.id());
          default -> false;
        };
  }

  private static int limit(Context ctx) {
    String value = ctx.queryParam("limit");
    if (value == null || value.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw LocalGroupsException.badInput(
        "limit must be a whole number from 1 to "
            + MAX_LIMIT
            + ", not '"
            + Params.shorten(value)
            + "'.");
  }

  private static long before(Context ctx) {
    String value = ctx.queryParam("before");
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      long n = Long.parseLong(value.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw LocalGroupsException.badInput(
        "before must be a revision id (a whole number from 1), not '"
            + Params.shorten(value)
            + "'.");
  }

  private static Set<RevisionKind> kinds(String text) {
    if (text.isEmpty()) {
      return Set.of();
    }
    Set<RevisionKind> out = new HashSet<>();
    for (String word : text.split(",")) {
      String w = word.strip().toUpperCase(Locale.ROOT);
      try {
        out.add(RevisionKind.valueOf(w));
      } catch (IllegalArgumentException e) {
        throw LocalGroupsException.badInput(
            "kind is one or more of "
                + Arrays.stream(RevisionKind.values())
                    .map(RevisionKind::id)
                    .collect(Collectors.joining(", "))
                + " (separated by commas), not '"
                + Params.shorten(word.strip())
                + "'.");
      }
    }
    return out;
  }

  private static String kindsText(Set<RevisionKind> kinds) {
    return kinds.stream().map(RevisionKind::id).sorted().collect(Collectors.joining(","));
  }

  private static Optional<EntityKind> entityKind(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(EntityKind.valueOf(text.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw LocalGroupsException.badInput(
          "entity is group, region or intro, not '" + Params.shorten(text) + "'.");
    }
  }

  private static void query(StringBuilder q, String name, @Nullable String value) {
    if (value != null && !value.isEmpty()) {
      q.append('&')
          .append(name)
          .append('=')
          .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}

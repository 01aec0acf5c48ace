package org.localgroups.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.checks.Evidence;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupFilter;
import org.localgroups.directory.GroupSelection;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Region;
import org.localgroups.export.ExportFormat;
import org.localgroups.search.DirectoryView;
import org.localgroups.search.NearGroup;
import org.localgroups.search.NearResult;
import org.localgroups.search.SearchFilter;
import org.localgroups.search.TextHit;
import org.localgroups.web.Json;
import org.localgroups.web.Params;
import org.localgroups.web.Presentation;
import org.localgroups.web.WebServices;
import org.localgroups.web.api.ApiModel.Alternative;
import org.localgroups.web.api.ApiModel.GroupJson;
import org.localgroups.web.api.ApiModel.GroupList;
import org.localgroups.web.api.ApiModel.Health;
import org.localgroups.web.api.ApiModel.LinkJson;
import org.localgroups.web.api.ApiModel.NearGroupJson;
import org.localgroups.web.api.ApiModel.NearJson;
import org.localgroups.web.api.ApiModel.PlaceJson;
import org.localgroups.web.api.ApiModel.PlaceJsonSuggestion;
import org.localgroups.web.api.ApiModel.RegionDetail;
import org.localgroups.web.api.ApiModel.RegionJson;
import org.localgroups.web.api.ApiModel.RegionRef;
import org.localgroups.web.api.ApiModel.UnderstoodPlace;

/** The JSON API under /api, plus /health. */
public final class Api {
  static final int MAX_TEXT_HITS = 1000;
  static final int PLACE_SUGGESTIONS = 8;

  /** The most groups one answer about a region carries; more are paged with {@code page}. */
  static final int REGION_GROUPS = 500;

  private static final String OPENAPI_RESOURCE = "/web/openapi.json";
  private static final List<String> PATHS =
      List.of(
          "/api/groups",
          "/api/groups.geojson",
          "/api/groups/{slug}",
          "/api/regions",
          "/api/regions/{slug}",
          "/api/near",
          "/api/places",
          "/api/export/{format}",
          "/api/openapi.json");

  private final WebServices services;
  private final Json json;
  private final byte[] openApi;
  private final RenderedExports exports;
  private final MapApi map;
  private final @Nullable HistoryApi history;
  private final @Nullable GroupEdits edits;

  /** The read-only API over the served directory alone: no revisions, no edits. */
  public Api(WebServices services, Json json) {
    this(services, json, null);
  }

  /**
   * The API with the store's revisions and edits: a group with its ETag and timeline, its history,
   * Recent Changes and {@code PATCH}.
   */
  public Api(WebServices services, Json json, @Nullable Curation curation) {
    this.services = services;
    this.json = json;
    this.openApi = resource(OPENAPI_RESOURCE);
    this.exports = new RenderedExports(services.history());
    this.map = new MapApi(services, exports);
    this.history = curation == null ? null : new HistoryApi(services, json, curation);
    this.edits =
        curation == null || history == null ? null : new GroupEdits(json, curation, history);
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/groups", this::groups);
    routes.get("/api/groups.geojson", map::geojson);
    routes.get("/api/groups/{slug}", history == null ? this::group : history::group);
    if (history != null) {
      history.register(routes);
    }
    if (edits != null) {
      edits.register(routes);
    }
    routes.get("/api/regions", this::regions);
    routes.get("/api/regions/{slug}", this::region);
    routes.get("/api/near", this::near);
    routes.get("/api/places", this::places);
    routes.get("/api/export/{format}", this::export);
    routes.get("/api/openapi.json", ctx -> ctx.contentType(Json.JSON).result(openApi));
    routes.get("/health", this::health);
    // the load benchmark's baseline (bin/loadbench): the cheapest answer this server can give
    routes.get("/hello", ctx -> ctx.contentType("text/plain; charset=utf-8").result("hello"));
    // CORS preflight for browsers that send one (GETs with custom headers)
    for (String path : PATHS) {
      routes.options(path, Api::preflight);
    }
  }

  /**
   * Whether other websites may read the answers to this request ({@code
   * Access-Control-Allow-Origin: *}): reads of the API, not /health, whose heap figures are nobody
   * else's business, and never an edit (a preflight does not allow one either, see {@link
   * #preflight}).
   */
  public static boolean isCrossOrigin(HandlerType method, String path) {
    boolean read =
        method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS;
    return read && (path.equals("/api") || path.startsWith("/api/"));
  }

  /**
   * A CORS preflight: other origins may GET, with no credentials and no Authorization header, so a
   * browser on another site never sends an edit ({@code PATCH}).
   */
  static void preflight(Context ctx) {
    ctx.header("Access-Control-Allow-Methods", "GET, OPTIONS");
    ctx.header("Access-Control-Allow-Headers", "Accept, Content-Type");
    ctx.header("Access-Control-Max-Age", "86400");
    ctx.status(204);
  }

  private void groups(Context ctx) {
    DirectoryView view = services.view();
    Directory d = view.directory();
    String country = Params.country(ctx.queryParam("country"));
    String regionSlug = Params.text(ctx.queryParam("region"), "region");
    Optional<GroupStatus> status = Params.status(ctx.queryParam("status"));
    String q = Params.text(ctx.queryParam("q"), "q");
    String after = Params.text(ctx.queryParam("after"), "after");
    boolean pageGiven = !Params.text(ctx.queryParam("page"), "page").isEmpty();
    int page = Params.page(ctx.queryParam("page"));
    int perPage = Params.perPage(ctx.queryParam("per_page"));
    if (!after.isEmpty() && (pageGiven || !q.isEmpty())) {
      throw LocalGroupsException.badInput(
          "after continues a list without q from the group it names; give after or page, not"
              + " both, and no q with after.");
    }
    String region = regionSlug.isEmpty() ? "" : Params.region(d, regionSlug).slug();
    GroupsQuery query = new GroupsQuery(q, country, regionSlug, status, perPage);
    var evidence = services.evidence(d);
    if (q.isEmpty()) {
      // the directory's own indexes: a page costs its groups, however large the directory
      GroupSelection selected = d.select(new GroupFilter(country, region, status));
      int from =
          after.isEmpty()
              ? (int) Math.min((long) (page - 1) * perPage, selected.total())
              : selected.indexAfter(position(d, after));
      List<Group> items = selected.page(from, perPage);
      String next =
          from + items.size() < selected.total() ? query.after(items.getLast().slug()) : null;
      json.write(
          ctx,
          new GroupList(
              json(d, items, evidence), selected.total(), from / perPage + 1, perPage, next));
      return;
    }
    // best first, at most MAX_TEXT_HITS: paged within them
    List<TextHit> hits =
        view.index().search(q, new SearchFilter(country, regionSlug, status), MAX_TEXT_HITS);
    List<Group> matching = hits.stream().flatMap(h -> d.group(h.groupSlug()).stream()).toList();
    int from = (int) Math.min((long) (page - 1) * perPage, matching.size());
    int to = Math.min(from + perPage, matching.size());
    json.write(
        ctx,
        new GroupList(
            json(d, matching.subList(from, to), evidence),
            matching.size(),
            page,
            perPage,
            to < matching.size() ? query.page(page + 1) : null));
  }

  private List<GroupJson> json(Directory d, List<Group> groups, Function<Group, Evidence> of) {
    return groups.stream().map(g -> GroupJson.of(d, g, services.meetings(), of.apply(g))).toList();
  }

  /** The position of the group a cursor names. */
  private static int position(Directory d, String after) {
    return d.position(after)
        .orElseThrow(
            () ->
                LocalGroupsException.badInput(
                    "after names no group of the directory ('"
                        + Params.shorten(after)
                        + "'): it was renamed or removed since; start again from the first page."));
  }

  /** The filters of a request to /api/groups, to write the address of another page of it. */
  private record GroupsQuery(
      String q, String country, String region, Optional<GroupStatus> status, int perPage) {
    String page(int n) {
      return address() + "&page=" + n;
    }

    String after(String slug) {
      return address() + "&after=" + encode(slug);
    }

    private String address() {
      StringBuilder a = new StringBuilder("/api/groups?per_page=").append(perPage);
      if (!q.isEmpty()) {
        a.append("&q=").append(encode(q));
      }
      if (!country.isEmpty()) {
        a.append("&country=").append(encode(country));
      }
      if (!region.isEmpty()) {
        a.append("&region=").append(encode(region));
      }
      status.ifPresent(s -> a.append("&status=").append(Presentation.lower(s)));
      return a.toString();
    }

    private static String encode(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }

  private void group(Context ctx) {
    Directory d = services.view().directory();
    Group one = Params.group(d, ctx.pathParam("slug"));
    json.write(ctx, GroupJson.of(d, one, services.meetings(), services.evidence(d).apply(one)));
  }

  private void regions(Context ctx) {
    json.write(ctx, tree(services.view().directory(), ""));
  }

  private void region(Context ctx) {
    Directory d = services.view().directory();
    Region r = Params.region(d, ctx.pathParam("slug"));
    int page = Params.page(ctx.queryParam("page"));
    List<RegionRef> crumbs =
        d.ancestors(r.slug()).stream()
            .map(a -> new RegionRef(a.slug(), a.name(), "/regions/" + a.slug()))
            .toList();
    var evidence = services.evidence(d);
    // a region that lists thousands of groups is read a page at a time
    List<String> listed = r.groupSlugs();
    long from = (long) (page - 1) * REGION_GROUPS;
    if (page > 1 && from >= listed.size()) {
      throw LocalGroupsException.notFound(
          "The region '" + Params.shorten(r.slug()) + "' has no page " + page + " of groups.");
    }
    int to = (int) Math.min(from + REGION_GROUPS, listed.size());
    List<GroupJson> groups =
        listed.subList((int) from, to).stream()
            .flatMap(slug -> d.group(slug).stream())
            .map(g -> GroupJson.of(d, g, services.meetings(), evidence.apply(g)))
            .toList();
    json.write(
        ctx,
        new RegionDetail(
            r.slug(),
            r.name(),
            r.level(),
            Presentation.lower(r.kind()),
            "/regions/" + r.slug(),
            r.parentSlug(),
            crumbs,
            PlaceJson.of(r.place()),
            r.resources().stream().map(LinkJson::of).toList(),
            groups,
            listed.size(),
            to < listed.size() ? "/api/regions/" + r.slug() + "?page=" + (page + 1) : null,
            tree(d, r.slug())));
  }

  private void near(Context ctx) {
    Params.Where where =
        Params.where(ctx)
            .orElseThrow(
                () ->
                    LocalGroupsException.badInput(
                        "Give a place name in q (for example q=Kraków), or lat and lon."));
    DirectoryView view = services.view();
    NearResult r =
        Params.near(
            view.finder(),
            where,
            Params.k(ctx.queryParam("k")),
            Params.radiusKm(ctx.queryParam("radius_km")));
    Directory d = view.directory();
    List<NearGroupJson> groups = new ArrayList<>();
    for (int i = 0; i < r.groups().size(); i++) {
      NearGroup ng = r.groups().get(i);
      Optional<Group> found = d.group(ng.groupSlug());
      if (found.isPresent()) {
        Group g = found.get();
        groups.add(
            new NearGroupJson(
                g.name(),
                g.slug(),
                Math.round(ng.distanceKm() * 10) / 10.0,
                i < r.inPlace(),
                "/groups/" + g.slug(),
                Presentation.lower(g.status()),
                PlaceJson.of(g.placement()),
                g.mainLink().map(LinkJson::of)));
      }
    }
    List<Alternative> alternatives =
        r.alternatives().stream()
            .filter(m -> Presentation.worthOffering(m.place().label(), r.understood()))
            .map(
                m ->
                    new Alternative(
                        m.place().label(),
                        m.place().countryCode(),
                        m.place().latitude(),
                        m.place().longitude(),
                        Presentation.placeChoice(m.place().label()).href()))
            .toList();
    json.write(
        ctx,
        new NearJson(
            new UnderstoodPlace(r.understood(), r.latitude(), r.longitude()),
            alternatives,
            r.radiusKm(),
            r.anyWithinRadius(),
            groups));
  }

  private void places(Context ctx) {
    if (ctx.queryParam("q") == null) {
      throw LocalGroupsException.badInput(
          "Say which place to suggest: q, the beginning of a place name (/api/places?q=Krak).");
    }
    String q = Params.text(ctx.queryParam("q"), "q");
    List<PlaceJsonSuggestion> list =
        q.isEmpty()
            ? List.of()
            : services.gazetteer().suggest(q, PLACE_SUGGESTIONS).stream()
                .map(m -> PlaceJsonSuggestion.of(m.place()))
                .toList();
    ctx.header("Cache-Control", "public, max-age=3600");
    json.write(ctx, list);
  }

  private void export(Context ctx) {
    String name = ctx.pathParam("format").toLowerCase(Locale.ROOT);
    if (!name.matches("[a-z0-9_-]{1,20}")) {
      throw LocalGroupsException.badInput(
          "Unknown export format '"
              + Params.shorten(name)
              + "'; try json, csv, geojson, moin or markdown.");
    }
    ExportFormat format = ExportFormat.parse(name);
    boolean bom = Params.flag(ctx.queryParam("bom"), "bom");
    if (bom && format != ExportFormat.CSV) {
      throw LocalGroupsException.badInput(
          "bom=1 is for the CSV export (spreadsheet programs), not " + name + ".");
    }
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"localgroups." + format.fileExtension() + "\"");
    RenderedExports.Rendered export = exports.of(services.view(), format);
    if (bom) {
      // a UTF-8 byte order mark first, so that spreadsheet programs read Kraków right; sent plain
      byte[] plain = export.plain();
      byte[] withBom = new byte[plain.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(plain, 0, withBom, 3, plain.length);
      ctx.contentType(format.mediaType()).result(withBom);
      return;
    }
    send(ctx, format.mediaType(), export);
  }

  /**
   * An export from memory: gzipped as rendered when the client takes gzip, so that no request
   * compresses it again.
   */
  static void send(Context ctx, String mediaType, RenderedExports.Rendered export) {
    ctx.header("Vary", "Accept-Encoding");
    ctx.contentType(mediaType);
    if (AcceptEncoding.takesGzip(ctx.header("Accept-Encoding"))) {
      // with Content-Encoding set, Javalin leaves the body as it is
      ctx.header("Content-Encoding", "gzip").result(export.gzipped());
    } else {
      ctx.result(export.plain());
    }
  }

  private void health(Context ctx) {
    Directory d = services.view().directory();
    ctx.header("Cache-Control", "no-store");
    Runtime heap = Runtime.getRuntime();
    json.write(
        ctx,
        new Health(
            "ok",
            d.groups().size(),
            d.regions().size(),
            heap.totalMemory() - heap.freeMemory(),
            heap.maxMemory()));
  }

  /** Group slugs a region of the tree names; all of them are on its {@code /api/regions/{slug}}. */
  static final int TREE_GROUPS = 20;

  private static List<RegionJson> tree(Directory d, String parent) {
    return d.mapTree(
        parent,
        (r, children) ->
            new RegionJson(
                r.slug(),
                r.name(),
                r.level(),
                Presentation.lower(r.kind()),
                "/regions/" + r.slug(),
                r.parentSlug(),
                PlaceJson.of(r.place()),
                r.resources().stream().map(LinkJson::of).toList(),
                // the tree is bounded by the regions, not the groups: the rest is a page away
                r.groupSlugs().subList(0, Math.min(TREE_GROUPS, r.groupSlugs().size())),
                r.groupSlugs().size(),
                "/api/regions/" + r.slug(),
                d.groupCountUnder(r.slug()),
                children));
  }

  private static byte[] resource(String name) {
    try (InputStream in = Api.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

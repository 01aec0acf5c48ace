package org.localgroups.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Region;
import org.localgroups.search.NearGroup;
import org.localgroups.search.NearResult;
import org.localgroups.search.SearchFilter;
import org.localgroups.search.TextHit;
import org.localgroups.web.ApiModel.Alternative;
import org.localgroups.web.ApiModel.Feature;
import org.localgroups.web.ApiModel.FeatureCollection;
import org.localgroups.web.ApiModel.GroupJson;
import org.localgroups.web.ApiModel.GroupList;
import org.localgroups.web.ApiModel.Health;
import org.localgroups.web.ApiModel.LinkJson;
import org.localgroups.web.ApiModel.NearGroupJson;
import org.localgroups.web.ApiModel.NearJson;
import org.localgroups.web.ApiModel.PlaceJson;
import org.localgroups.web.ApiModel.PlaceJsonSuggestion;
import org.localgroups.web.ApiModel.RegionDetail;
import org.localgroups.web.ApiModel.RegionJson;
import org.localgroups.web.ApiModel.RegionRef;
import org.localgroups.web.ApiModel.UnderstoodPlace;

/** The JSON API under /api, plus /health. */
final class Api {
  static final int MAX_TEXT_HITS = 1000;
  static final int PLACE_SUGGESTIONS = 8;
  private static final String OPENAPI_RESOURCE = "/web/openapi.json";

  private final WebServices services;
  private final Json json;
  private final byte[] openApi;

  Api(WebServices services, Json json) {
    this.services = services;
    this.json = json;
    this.openApi = resource(OPENAPI_RESOURCE);
  }

  void register(RoutesConfig routes) {
    routes.get("/api/groups", this::groups);
    routes.get("/api/groups.geojson", this::geojson);
    routes.get("/api/groups/{slug}", this::group);
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
    for (String path : List.of("/api/groups", "/api/groups.geojson", "/api/groups/{slug}", "/api/regions",
        "/api/regions/{slug}", "/api/near", "/api/places", "/api/export/{format}", "/api/openapi.json")) {
      routes.options(path, Api::preflight);
    }
  }

  private static void preflight(Context ctx) {
    ctx.header("Access-Control-Allow-Methods", "GET, OPTIONS");
    ctx.header("Access-Control-Allow-Headers", "Accept, Content-Type");
    ctx.header("Access-Control-Max-Age", "86400");
    ctx.status(204);
  }

  private void groups(Context ctx) {
    Directory d = services.directory().get();
    String country = Params.country(ctx.queryParam("country"));
    String regionSlug = Params.text(ctx.queryParam("region"), "region");
    Optional<GroupStatus> status = Params.status(ctx.queryParam("status"));
    String q = Params.text(ctx.queryParam("q"), "q");
    int page = Params.page(ctx.queryParam("page"));
    int perPage = Params.perPage(ctx.queryParam("per_page"));
    Set<String> inRegion = regionSlug.isEmpty() ? Set.of() : groupsUnder(d, requireRegion(d, regionSlug));

    List<Group> matching;
    if (q.isEmpty()) {
      matching = d.groups().stream()
          .filter(g -> country.isEmpty() || g.placement().countryCode().equalsIgnoreCase(country))
          .filter(g -> regionSlug.isEmpty() || inRegion.contains(g.slug()))
          .filter(g -> status.isEmpty() || g.status() == status.get())
          .toList();
    } else {
      Map<String, Group> bySlug = d.groupsBySlug();
      List<TextHit> hits = services.index().search(q, new SearchFilter(country, regionSlug, status), MAX_TEXT_HITS);
      matching = hits.stream().map(h -> bySlug.get(h.groupSlug())).filter(g -> g != null).toList();
    }
    int from = (int) Math.min((long) (page - 1) * perPage, matching.size());
    int to = Math.min(from + perPage, matching.size());
    List<GroupJson> items = matching.subList(from, to).stream().map(g -> GroupJson.of(d, g)).toList();
    json.write(ctx, new GroupList(items, matching.size(), page, perPage));
  }

  private void group(Context ctx) {
    Directory d = services.directory().get();
    json.write(ctx, GroupJson.of(d, requireGroup(d, ctx.pathParam("slug"))));
  }

  private void regions(Context ctx) {
    Directory d = services.directory().get();
    json.write(ctx, tree(d, "", 0));
  }

  private void region(Context ctx) {
    Directory d = services.directory().get();
    Region r = requireRegion(d, ctx.pathParam("slug"));
    List<RegionRef> crumbs = new ArrayList<>();
    for (String p = r.parentSlug(); !p.isEmpty() && crumbs.size() < 50; ) {
      Optional<Region> parent = d.region(p);
      if (parent.isEmpty()) {
        break;
      }
      crumbs.addFirst(new RegionRef(parent.get().slug(), parent.get().name(), "/regions/" + parent.get().slug()));
      p = parent.get().parentSlug();
    }
    Map<String, Group> bySlug = d.groupsBySlug();
    List<GroupJson> groups = r.groupSlugs().stream()
        .map(bySlug::get).filter(g -> g != null).map(g -> GroupJson.of(d, g)).toList();
    json.write(ctx, new RegionDetail(r.slug(), r.name(), r.level(), kind(r), "/regions/" + r.slug(), r.parentSlug(),
        crumbs, PlaceJson.of(r.place()), r.resources().stream().map(LinkJson::of).toList(), groups,
        tree(d, r.slug(), 0)));
  }

  private void near(Context ctx) {
    Params.Where where = Params.where(ctx).orElseThrow(() ->
        LocalGroupsException.badInput("Give a place name in q (for example q=Kraków), or lat and lon."));
    NearResult r = Params.near(services.near(), where, Params.k(ctx.queryParam("k")),
        Params.radiusKm(ctx.queryParam("radius_km")));
    Directory d = services.directory().get();
    Map<String, Group> bySlug = d.groupsBySlug();
    List<NearGroupJson> groups = new ArrayList<>();
    for (int i = 0; i < r.groups().size(); i++) {
      NearGroup ng = r.groups().get(i);
      Group g = bySlug.get(ng.groupSlug());
      if (g != null) {
        groups.add(new NearGroupJson(g.name(), g.slug(), Math.round(ng.distanceKm() * 10) / 10.0,
            i < r.inPlace(), "/groups/" + g.slug(),
            g.status().name().toLowerCase(Locale.ROOT), PlaceJson.of(g.placement()),
            g.mainLink().map(LinkJson::of)));
      }
    }
    List<Alternative> alternatives = r.alternatives().stream()
        .filter(m -> Views.worthOffering(m.place().label(), r.understood()))
        .map(m -> new Alternative(m.place().label(), m.place().countryCode(), m.place().latitude(),
            m.place().longitude(), Views.placeChoice(m.place().label()).href()))
        .toList();
    json.write(ctx, new NearJson(new UnderstoodPlace(r.understood(), r.latitude(), r.longitude()), alternatives,
        r.radiusKm(), r.anyWithinRadius(), groups));
  }

  private void places(Context ctx) {
    String q = Params.text(ctx.queryParam("q"), "q");
    List<PlaceJsonSuggestion> list = q.isEmpty() ? List.of()
        : services.gazetteer().suggest(q, PLACE_SUGGESTIONS).stream()
            .map(m -> PlaceJsonSuggestion.of(m.place())).toList();
    ctx.header("Cache-Control", "public, max-age=3600");
    json.write(ctx, list);
  }

  private void export(Context ctx) throws IOException {
    String format = ctx.pathParam("format").toLowerCase(Locale.ROOT);
    if (!format.matches("[a-z0-9_-]{1,20}")) {
      throw LocalGroupsException.badInput("Unknown export format '" + Params.shorten(format)
          + "'; try json, csv, geojson, moin or markdown.");
    }
    String mediaType = services.exports().mediaType(format);
    StringWriter out = new StringWriter();
    services.exports().write(format, services.directory().get(), out);
    ctx.header("Content-Disposition", "attachment; filename=\"localgroups." + extension(format) + "\"");
    ctx.contentType(mediaType).result(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void geojson(Context ctx) {
    json.write(ctx, Json.GEOJSON, featureCollection(services.directory().get()));
  }

  private void health(Context ctx) {
    Directory d = services.directory().get();
    ctx.header("Cache-Control", "no-store");
    Runtime heap = Runtime.getRuntime();
    json.write(ctx, new Health("ok", d.groups().size(), d.regions().size(), heap.totalMemory() - heap.freeMemory(),
        heap.maxMemory()));
  }

  /** Every placed group as a GeoJSON Point feature ([lon, lat]) with name, id and url. */
  static FeatureCollection featureCollection(Directory d) {
    List<Feature> features = d.groups().stream()
        .filter(g -> g.placement().isPlaced())
        .map(g -> {
          Map<String, Object> props = new LinkedHashMap<>();
          props.put("name", g.name());
          props.put("id", g.slug());
          props.put("url", "/groups/" + g.slug());
          props.put("place", Views.shortPlace(g.placement()));
          props.put("precision", g.placement().precision().name().toLowerCase(Locale.ROOT));
          props.put("status", g.status().name().toLowerCase(Locale.ROOT));
          return new Feature("Feature", Map.of("type", "Point", "coordinates",
              List.of(g.placement().longitude(), g.placement().latitude())), props);
        })
        .toList();
    return new FeatureCollection("FeatureCollection", features);
  }

  private static List<RegionJson> tree(Directory d, String parent, int depth) {
    if (depth > 20) {
      return List.of();
    }
    return d.children(parent).stream()
        .map(r -> {
          List<RegionJson> children = tree(d, r.slug(), depth + 1);
          int count = r.groupSlugs().size() + children.stream().mapToInt(RegionJson::groupCount).sum();
          return new RegionJson(r.slug(), r.name(), r.level(), kind(r), "/regions/" + r.slug(), r.parentSlug(),
              PlaceJson.of(r.place()), r.resources().stream().map(LinkJson::of).toList(), r.groupSlugs(), count,
              children);
        })
        .toList();
  }

  private static Set<String> groupsUnder(Directory d, Region root) {
    Set<String> slugs = new HashSet<>();
    List<Region> todo = new ArrayList<>(List.of(root));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Region r = todo.removeLast();
      if (seen.add(r.slug())) {
        slugs.addAll(r.groupSlugs());
        todo.addAll(d.children(r.slug()));
      }
    }
    return slugs;
  }

  static Group requireGroup(Directory d, String slug) {
    return d.group(slug).orElseThrow(() ->
        LocalGroupsException.notFound("No group '" + Params.shorten(slug) + "' is in the directory."));
  }

  static Region requireRegion(Directory d, String slug) {
    return d.region(slug).orElseThrow(() ->
        LocalGroupsException.notFound("No region '" + Params.shorten(slug) + "' is in the directory."));
  }

  private static String kind(Region r) {
    return r.kind().name().toLowerCase(Locale.ROOT);
  }

  private static String extension(String format) {
    return switch (format) {
      case "moin" -> "moin.txt";
      case "markdown" -> "md";
      default -> format;
    };
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

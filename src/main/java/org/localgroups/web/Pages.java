package org.localgroups.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.localgroups.directory.Directory;
import org.localgroups.search.NearResult;

/** The HTML pages a visitor sees. */
final class Pages {
  private final WebServices services;
  private final Views views;
  private final Templates templates;
  private final Map<String, AtomicReference<Rendered>> rendered = new ConcurrentHashMap<>();

  Pages(WebServices services, Views views, Templates templates) {
    this.services = services;
    this.views = views;
    this.templates = templates;
  }

  void register(RoutesConfig routes) {
    routes.get("/", ctx -> wholeDirectoryPage(ctx, "home.jte", views::home));
    routes.get("/regions", ctx -> wholeDirectoryPage(ctx, "regions.jte", views::regions));
    routes.get("/regions/{slug}", ctx -> {
      Directory d = directory();
      html(ctx, "region.jte", views.region(d, Api.requireRegion(d, ctx.pathParam("slug"))));
    });
    routes.get("/groups/{slug}", ctx -> {
      Directory d = directory();
      html(ctx, "group.jte", views.group(d, Api.requireGroup(d, ctx.pathParam("slug"))));
    });
    routes.get("/near", this::near);
    routes.get("/map", ctx -> wholeDirectoryPage(ctx, "map.jte", views::map));
    routes.get("/start", ctx -> html(ctx, "start.jte", new StaticPage(views.layout("Start a Python user group", "start"))));
    routes.get("/about", ctx -> html(ctx, "about.jte", new StaticPage(views.layout("About localgroups", "about"))));
  }

  private void near(Context ctx) {
    Optional<Params.Where> where = Params.where(ctx);
    if (where.isEmpty()) {
      ctx.redirect("/");
      return;
    }
    NearResult r = Params.near(services.near(), where.get(), Params.k(ctx.queryParam("k")),
        Params.radiusKm(ctx.queryParam("radius_km")));
    String query = where.get() instanceof Params.ByText t ? t.text() : "";
    html(ctx, "near.jte", views.near(directory(), query, r));
  }

  private Directory directory() {
    return services.directory().get();
  }

  /** A rendered page and the directory it shows. */
  private record Rendered(Directory directory, String html) {}

  /**
   * Pages that show the whole directory and nothing of the request (home, directory, map) are rendered once
   * per directory: the directory is immutable, so the same object gives the same page.
   */
  private void wholeDirectoryPage(Context ctx, String template, Function<Directory, Object> page) {
    Directory d = directory();
    AtomicReference<Rendered> slot = rendered.computeIfAbsent(template, t -> new AtomicReference<>());
    Rendered r = slot.get();
    if (r == null || r.directory() != d) {
      r = new Rendered(d, templates.render(template, page.apply(d)));
      slot.set(r);
    }
    ctx.html(r.html());
  }

  private void html(Context ctx, String template, Object page) {
    ctx.html(templates.render(template, page));
  }
}

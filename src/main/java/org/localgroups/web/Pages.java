package org.localgroups.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.localgroups.directory.Directory;
import org.localgroups.search.NearResult;

/** The HTML pages a visitor sees. */
final class Pages {
  private final WebServices services;
  private final Views views;
  private final Templates templates;

  Pages(WebServices services, Views views, Templates templates) {
    this.services = services;
    this.views = views;
    this.templates = templates;
  }

  void register(RoutesConfig routes) {
    routes.get("/", ctx -> html(ctx, "home.jte", views.home(directory())));
    routes.get("/regions", ctx -> html(ctx, "regions.jte", views.regions(directory())));
    routes.get("/regions/{slug}", ctx -> {
      Directory d = directory();
      html(ctx, "region.jte", views.region(d, Api.requireRegion(d, ctx.pathParam("slug"))));
    });
    routes.get("/groups/{slug}", ctx -> {
      Directory d = directory();
      html(ctx, "group.jte", views.group(d, Api.requireGroup(d, ctx.pathParam("slug"))));
    });
    routes.get("/near", this::near);
    routes.get("/map", ctx -> html(ctx, "map.jte", views.map(directory())));
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

  private void html(Context ctx, String template, Object page) {
    ctx.html(templates.render(template, page));
  }
}

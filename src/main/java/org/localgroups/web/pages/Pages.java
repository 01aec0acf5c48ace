package org.localgroups.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Region;
import org.localgroups.search.DirectoryView;
import org.localgroups.search.NearResult;
import org.localgroups.web.NearGroups;
import org.localgroups.web.Params;
import org.localgroups.web.SiteAddress;
import org.localgroups.web.Templates;
import org.localgroups.web.WebConfig;
import org.localgroups.web.WebServices;
import org.localgroups.web.api.Curation;

/** The HTML pages a visitor sees. */
public final class Pages {
  private final WebServices services;
  private final PageViews views;
  private final Templates templates;
  private final MeetingViews meetings;
  private final Optional<HistoryPages> history;
  private final Optional<MeetingRuleForms> ruleForms;
  private final Map<String, AtomicReference<Rendered>> rendered = new ConcurrentHashMap<>();

  public Pages(WebServices services, WebConfig config, Templates templates) {
    this(services, config, templates, null);
  }

  /**
   * The pages; with {@code curation} whose edit token is on, also the form that sets a group's
   * organisers' meeting rules ({@link MeetingRuleForms}), linked from group pages.
   */
  public Pages(
      WebServices services, WebConfig config, Templates templates, @Nullable Curation curation) {
    this.services = services;
    this.views = new PageViews(services.gazetteer(), config, services::evidence);
    this.templates = templates;
    boolean editing = curation != null && curation.token().isOn();
    this.meetings = new MeetingViews(services.meetings(), editing);
    this.ruleForms =
        curation != null && editing
            ? Optional.of(new MeetingRuleForms(services, curation, views, templates))
            : Optional.empty();
    this.history =
        services
            .history()
            .map(store -> new HistoryPages(new HistoryViews(store), views, templates));
  }

  public void register(RoutesConfig routes) {
    new SiteFiles(services).register(routes);
    routes.get("/", ctx -> wholeDirectoryPage(ctx, "home.jte", views::home));
    routes.get("/regions", ctx -> wholeDirectoryPage(ctx, "regions.jte", views::regions));
    routes.get(
        "/regions/{slug}",
        ctx -> {
          Directory d = services.view().directory();
          Region r = Params.region(d, ctx.pathParam("slug"));
          RegionPage page =
              views.region(
                  d,
                  r,
                  MeetingViews.links(ctx, "/regions/" + r.slug() + ".ics"),
                  Params.page(ctx.queryParam("page")));
          // the page's own address names the page of groups it shows
          ctx.html(
              templates.render(
                  "region.jte", page, SiteAddress.of(ctx), page.pager().href(page.pager().page())));
        });
    routes.get(
        "/groups/{slug}",
        ctx -> {
          DirectoryView view = services.view();
          Directory d = view.directory();
          String slug = ctx.pathParam("slug");
          if (d.group(slug).isEmpty()
              && history.isPresent()
              && history.get().removedGroup(ctx, slug)) {
            return;
          }
          Group g = Params.group(d, slug);
          MeetingBlock block = meetings.block(g, ctx);
          html(
              ctx,
              "group.jte",
              history.isPresent()
                  ? history.get().groupPage(view, g, block)
                  : views.group(d, g, block, HistoryBlock.NONE));
        });
    routes.get("/near", this::near);
    routes.get("/map", ctx -> wholeViewPage(ctx, "map.jte", views::map));
    routes.get(
        "/start",
        ctx ->
            html(
                ctx,
                "start.jte",
                new StaticPage(
                    views
                        .layout("Start a Python user group", "start")
                        .describedAs(Descriptions.start()))));
    routes.get(
        "/about",
        ctx ->
            html(
                ctx,
                "about.jte",
                new StaticPage(
                    views.layout("About localgroups", "about").describedAs(Descriptions.about()))));
    history.ifPresent(h -> h.register(routes, services::view));
    ruleForms.ifPresent(f -> f.register(routes));
    if (services.evidenceBook() != null) {
      new CurateLinks(services, services.evidenceBook(), templates, views).register(routes);
    }
  }

  private void near(Context ctx) {
    Optional<Params.Where> where = Params.where(ctx);
    if (where.isEmpty()) {
      ctx.redirect("/");
      return;
    }
    DirectoryView view = services.view();
    NearResult r =
        Params.near(
            view.finder(),
            where.get(),
            Params.k(ctx.queryParam("k")),
            Params.radiusKm(ctx.queryParam("radius_km")));
    String query = where.get() instanceof Params.ByText t ? t.text() : "";
    CalendarLinks calendar =
        MeetingViews.links(ctx, "/near.ics?" + NearGroups.query(where.get(), "km", r.radiusKm()));
    // the page's own address names what it shows: the place asked for
    String path = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
    ctx.html(
        templates.render(
            "near.jte",
            views.near(view.directory(), query, r, meetings::nextShort, calendar),
            SiteAddress.of(ctx),
            path));
  }

  /**
   * A rendered page, the version of the directory it shows, the version of the observations its
   * badges show and the site address it names.
   */
  private record Rendered(long version, long observed, String origin, String html) {}

  /**
   * Pages that show the whole directory and nothing of the request (home, directory, map) are
   * rendered once per version of the directory (and again when asked under another site address,
   * which their og:url names: one slot per page, so a stream of Host headers cannot fill memory).
   */
  private void wholeDirectoryPage(Context ctx, String template, Function<Directory, Object> page) {
    wholeViewPage(ctx, template, view -> page.apply(view.directory()));
  }

  /** As {@link #wholeDirectoryPage}, for a page that reads the view's search structures too. */
  private void wholeViewPage(Context ctx, String template, Function<DirectoryView, Object> page) {
    DirectoryView view = services.view();
    AtomicReference<Rendered> slot =
        rendered.computeIfAbsent(template, t -> new AtomicReference<>());
    Rendered r = slot.get();
    // the groups' badges change with the observations (link checks, confirmations) too
    long observed = services.observedVersion();
    String origin = SiteAddress.of(ctx);
    if (r == null
        || r.version() != view.version()
        || r.observed() != observed
        || !r.origin().equals(origin)) {
      r =
          new Rendered(
              view.version(),
              observed,
              origin,
              templates.render(template, page.apply(view), origin, ctx.path()));
      slot.set(r);
    }
    ctx.html(r.html());
  }

  private void html(Context ctx, String template, Object page) {
    ctx.html(templates.render(ctx, template, page));
  }
}

package org.localgroups.web.feeds;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupFilter;
import org.localgroups.directory.GroupSelection;
import org.localgroups.directory.Region;
import org.localgroups.meetings.CalendarFeeds;
import org.localgroups.meetings.Feed;
import org.localgroups.meetings.GroupMeetings;
import org.localgroups.meetings.Meetings;
import org.localgroups.search.DirectoryView;
import org.localgroups.search.NearResult;
import org.localgroups.web.NearGroups;
import org.localgroups.web.Params;
import org.localgroups.web.SiteAddress;
import org.localgroups.web.WebServices;

/**
 * The calendar feeds: {@code /groups/{slug}.ics}, {@code /regions/{slug}.ics} (the region and all
 * below it) and {@code /near.ics?q=PLACE&km=N} (the groups in that place or within N km).
 * Registered before the pages, whose {@code /groups/{slug}} would otherwise take the address.
 */
public final class CalendarRoutes {
  /**
   * Groups a region's feed holds at most, in the directory's order: a calendar application reads
   * the whole feed at every refresh, and a feed of thousands of groups is no calendar a person
   * reads. The feed of a larger region says so in its name; its subregions have feeds of their own.
   */
  static final int REGION_FEED_GROUPS = 500;

  private final WebServices services;
  private final CalendarFeeds feeds;

  public CalendarRoutes(WebServices services) {
    this.services = services;
    this.feeds = new CalendarFeeds(services.meetings().clock());
  }

  public void register(RoutesConfig routes) {
    routes.get("/groups/{slug}.ics", this::group);
    routes.get("/regions/{slug}.ics", this::region);
    routes.get("/near.ics", this::near);
  }

  private void group(Context ctx) {
    Directory d = services.view().directory();
    Group g = Params.group(d, ctx.pathParam("slug"));
    String page = "/groups/" + g.slug();
    send(ctx, "Meetings of " + g.name(), page, List.of(g), g.slug());
  }

  private void region(Context ctx) {
    Directory d = services.view().directory();
    Region r = Params.region(d, ctx.pathParam("slug"));
    // the region's groups from the directory's index, in its order: no scan of the other groups
    GroupSelection under = d.select(new GroupFilter("", r.slug(), Optional.empty()));
    List<Group> groups = under.page(0, Math.min(under.total(), REGION_FEED_GROUPS));
    String name =
        under.total() > REGION_FEED_GROUPS
            ? String.format(
                Locale.ROOT,
                "Meetings in %s (the first %d of its %d groups)",
                r.name(),
                REGION_FEED_GROUPS,
                under.total())
            : "Meetings in " + r.name();
    send(ctx, name, "/regions/" + r.slug(), groups, r.slug());
  }

  private void near(Context ctx) {
    DirectoryView view = services.view();
    double km = NearGroups.km(ctx.queryParam("km"));
    Params.Where where = NearGroups.where(ctx);
    NearResult r = Params.near(view.finder(), where, Params.MAX_K, km);
    List<Group> groups = NearGroups.within(view.directory(), r, km);
    String label = r.understood().isEmpty() ? "this point" : r.understood();
    send(
        ctx,
        "Meetings near " + label,
        "/near?" + NearGroups.query(where, "radius_km", km),
        groups,
        "near");
  }

  private void send(Context ctx, String name, String page, List<Group> groups, String file) {
    Meetings meetings = services.meetings();
    List<GroupMeetings> all = new ArrayList<>(groups.size());
    groups.forEach(g -> all.add(meetings.of(g)));
    String site = SiteAddress.of(ctx);
    String ics = feeds.render(new Feed(name, site + page, site + "/groups/", all));
    ctx.header("Content-Disposition", "inline; filename=\"" + file + ".ics\"");
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(CalendarFeeds.MEDIA_TYPE).result(ics.getBytes(StandardCharsets.UTF_8));
  }
}

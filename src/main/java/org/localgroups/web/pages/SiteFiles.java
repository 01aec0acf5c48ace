package org.localgroups.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Region;
import org.localgroups.web.SiteAddress;
import org.localgroups.web.WebServices;

/**
 * What crawlers read: {@code /robots.txt} (pages welcome; the API, feeds and exports are for
 * programs that ask) and {@code /sitemap.xml} (the site's pages, every region and group).
 */
final class SiteFiles {
  /** A sitemap holds at most this many addresses (sitemaps.org). */
  static final int MAX_URLS = 50_000;

  private final WebServices services;

  SiteFiles(WebServices services) {
    this.services = services;
  }

  void register(RoutesConfig routes) {
    routes.get("/robots.txt", this::robots);
    routes.get("/sitemap.xml", this::sitemap);
  }

  private void robots(Context ctx) {
    ctx.contentType("text/plain; charset=utf-8");
    ctx.result(robots(SiteAddress.of(ctx)));
  }

  static String robots(String site) {
    return "User-agent: *\n"
        + "Disallow: /api/\n"
        + "Disallow: /near\n"
        + "Disallow: /changes\n"
        + "Disallow: /revisions/\n"
        + "Allow: /\n"
        + "Sitemap: "
        + site
        + "/sitemap.xml\n";
  }

  private void sitemap(Context ctx) {
    ctx.contentType("application/xml; charset=utf-8");
    ctx.result(sitemap(SiteAddress.of(ctx), services.view().directory()));
  }

  /**
   * The sitemap of a directory: the site's pages, then regions and groups, at most {@link
   * #MAX_URLS}.
   */
  static String sitemap(String site, Directory directory) {
    List<String> paths = new ArrayList<>(List.of("/", "/regions", "/map", "/about"));
    for (Region r : directory.regions()) {
      paths.add("/regions/" + r.slug());
    }
    for (Group g : directory.groups()) {
      paths.add("/groups/" + g.slug());
    }
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String path : paths.subList(0, Math.min(MAX_URLS, paths.size()))) {
      xml.append("  <url><loc>").append(escape(site + path)).append("</loc></url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

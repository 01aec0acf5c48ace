package org.localgroups.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Region;
import org.localgroups.web.Params;
import org.localgroups.web.SiteAddress;
import org.localgroups.web.WebServices;

/**
 * What crawlers read: {@code /robots.txt} (pages welcome; the API, feeds and exports are for
 * programs that ask) and {@code /sitemap.xml} (the site's pages, every region and group; for a
 * large directory a sitemap index of files {@code /sitemap-N.xml} of at most {@link #MAX_URLS}
 * addresses each, as sitemaps.org asks).
 */
final class SiteFiles {
  /** A sitemap holds at most this many addresses (sitemaps.org). */
  static final int MAX_URLS = 50_000;

  private static final String XML = "application/xml; charset=utf-8";

  /** The site's own pages, first in the sitemap. */
  private static final List<String> PAGES = List.of("/", "/regions", "/map", "/about");

  private final WebServices services;

  SiteFiles(WebServices services) {
    this.services = services;
  }

  void register(RoutesConfig routes) {
    routes.get("/robots.txt", this::robots);
    routes.get("/sitemap.xml", this::sitemap);
    routes.get("/sitemap-{part}.xml", this::part);
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
    ctx.contentType(XML);
    ctx.result(sitemap(SiteAddress.of(ctx), services.view().directory()));
  }

  private void part(Context ctx) {
    Directory d = services.view().directory();
    String part = ctx.pathParam("part");
    int n = part.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(part) : 0;
    if (n < 1 || n > parts(d, MAX_URLS)) {
      throw LocalGroupsException.notFound(
          "No sitemap '" + Params.shorten(part) + "'; /sitemap.xml lists those there are.");
    }
    ctx.contentType(XML);
    ctx.result(part(SiteAddress.of(ctx), d, n, MAX_URLS));
  }

  /**
   * The sitemap of a directory: the site's pages, then regions and groups; when they are more than
   * one file may hold ({@link #MAX_URLS}), a sitemap index of the files {@code /sitemap-N.xml}.
   */
  static String sitemap(String site, Directory directory) {
    return sitemap(site, directory, MAX_URLS);
  }

  /** The same with {@code perFile} addresses a file (tests make it small). */
  static String sitemap(String site, Directory directory, int perFile) {
    int parts = parts(directory, perFile);
    if (parts == 1) {
      return part(site, directory, 1, perFile);
    }
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (int n = 1; n <= parts; n++) {
      xml.append("  <sitemap><loc>")
          .append(escape(site + "/sitemap-" + n + ".xml"))
          .append("</loc></sitemap>\n");
    }
    return xml.append("</sitemapindex>\n").toString();
  }

  /** How many files the sitemap takes, {@code perFile} addresses a file. */
  static int parts(Directory directory, int perFile) {
    long urls = (long) PAGES.size() + directory.regions().size() + directory.groups().size();
    return (int) Math.max(1, (urls + perFile - 1) / perFile);
  }

  /**
   * File {@code n} (1-based) of the sitemap: addresses {@code (n - 1) * perFile} on, of the site's
   * pages, then every region, then every group. Costs the addresses it holds.
   */
  static String part(String site, Directory directory, int n, int perFile) {
    List<Region> regions = directory.regions();
    List<Group> groups = directory.groups();
    long total = (long) PAGES.size() + regions.size() + groups.size();
    long from = (long) (n - 1) * perFile;
    long to = Math.min(total, from + perFile);
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (long i = from; i < to; i++) {
      String path;
      if (i < PAGES.size()) {
        path = PAGES.get((int) i);
      } else if (i < PAGES.size() + regions.size()) {
        path = "/regions/" + regions.get((int) (i - PAGES.size())).slug();
      } else {
        path = "/groups/" + groups.get((int) (i - PAGES.size() - regions.size())).slug();
      }
      xml.append("  <url><loc>").append(escape(site + path)).append("</loc></url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

package org.localgroups.web;

/**
 * What a page's frame takes from the server and the request rather than from the page: the
 * addresses of static files and the page's own absolute address (public only because the jte
 * classes that render it live in another package).
 *
 * @param origin the site's address as the request reached it ("https://example.org"), or "" when no
 *     request is known (an error Jetty answers before routing)
 * @param path this page's path and, where it says what the page shows, its query ("/near?q=Kraków")
 * @param assets the static files
 */
public record Site(String origin, String path, Assets assets) {

  /** The address of a static file with its content hash ("site.css" -> "/static/site.h.css"). */
  public String asset(String file) {
    return assets.url(file);
  }

  /** This page's absolute address, or "" when the origin is not known. */
  public String pageUrl() {
    return origin.isEmpty() ? "" : origin + path;
  }
}

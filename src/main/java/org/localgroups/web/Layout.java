package org.localgroups.web;

/**
 * What every page's frame needs (public only because the jte classes that render it live in another
 * package).
 *
 * @param siteTitle the site's name
 * @param title this page's title
 * @param nav which main navigation entry is current ("home", "regions", "map", "start", "about",
 *     "")
 * @param tileUrl the tile URL template for maps, "" for the offline layer
 * @param tileAttribution the tile server's credit line, "" when none
 */
public record Layout(
    String siteTitle, String title, String nav, String tileUrl, String tileAttribution) {

  /** The aria-current value for a navigation entry: "page" for the current one, else "false". */
  public String current(String entry) {
    return nav.equals(entry) ? "page" : "false";
  }
}

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
 * @param description what the page says, in a sentence or two, for search results and shared links
 *     (the meta description and og:description)
 */
public record Layout(
    String siteTitle,
    String title,
    String nav,
    String tileUrl,
    String tileAttribution,
    String description) {
  /** The longest description kept: search engines show about 160 characters, link previews ~300. */
  static final int DESCRIPTION_LIMIT = 300;

  public Layout {
    description = shortened(description.strip().replaceAll("\\s+", " "));
  }

  /** This frame with another description. */
  public Layout describedAs(String description) {
    return new Layout(siteTitle, title, nav, tileUrl, tileAttribution, description);
  }

  private static String shortened(String s) {
    if (s.length() <= DESCRIPTION_LIMIT) {
      return s;
    }
    int cut = s.lastIndexOf(' ', DESCRIPTION_LIMIT - 1);
    return s.substring(0, cut > DESCRIPTION_LIMIT / 2 ? cut : DESCRIPTION_LIMIT - 1) + "…";
  }

  /** The aria-current value for a navigation entry: "page" for the current one, else "false". */
  public String current(String entry) {
    return nav.equals(entry) ? "page" : "false";
  }
}

package org.localgroups.web;

/**
 * A link as a page shows it.
 *
 * @param kind the link kind in lower case ("mailing_list")
 * @param kindLabel the kind for people ("Mailing list")
 * @param icon the id of the kind's pictogram in /static/icons.svg (decorative)
 * @param href the URL to link to; "" when it must not be linked (not http(s), mailto or irc)
 * @param text what to show: the label, else the URL or address as written
 */
public record LinkView(String kind, String kindLabel, String icon, String href, String text) {

  /** Whether the page may render this as an {@code <a href>}. */
  public boolean linkable() {
    return !href.isEmpty();
  }
}

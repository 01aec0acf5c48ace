package org.localgroups.outline;

/** Where a link points. */
public sealed interface Target {
  /** Short human form: the URL, the address or the page name. */
  String display();

  /**
   * An absolute URL with a scheme (http, https, irc, ftp, ...).
   *
   * @param url the clickable URL, repaired where the source was broken (e.g. {@code http:host} gets
   *     {@code //})
   */
  record Url(String url) implements Target {
    @Override
    public String display() {
      return url;
    }
  }

  /**
   * An e-mail address.
   *
   * @param address the plain address, e.g. {@code pig@chatta.us}
   * @param href the mailto URL as written, with its query (e.g. {@code ?Subject=subscribe}) kept
   */
  record Email(String address, String href) implements Target {
    @Override
    public String display() {
      return address;
    }
  }

  /**
   * A page of the wiki the page came from, e.g. {@code MelbournePUG}; it has no URL of its own
   * here.
   */
  record Page(String name) implements Target {
    @Override
    public String display() {
      return name;
    }
  }
}

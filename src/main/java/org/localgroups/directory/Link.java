package org.localgroups.directory;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * A link of a group or region.
 *
 * @param kind what it is (website, mailing list, meetup, ...)
 * @param url the clickable URL (mailto: for e-mail; repaired when the source was broken); "" for a
 *     wiki page reference that has no URL here
 * @param label the label as written, or ""
 * @param written the target exactly as the source wrote it (URL, address or wiki page name);
 *     writers emit this so that a re-import repairs and reads it the same way
 */
public record Link(LinkKind kind, String url, String label, String written) {

  /**
   * Hosts that many groups share (Google Groups, Meetup, Facebook...): the bare root of one of them
   * ({@code http://meetup.com/}) says nothing about which group a link is of.
   */
  public static final Set<String> SHARED_HOSTS =
      Set.of(
          "groups.google.com",
          "meetup.com",
          "python.meetup.com",
          "facebook.com",
          "mail.python.org",
          "sites.google.com",
          "wiki.python.org",
          "groups.yahoo.com",
          "twitter.com",
          "linkedin.com",
          "github.com",
          "google.com",
          "blogspot.com");

  /**
   * Whether this is the bare root of a {@link #SHARED_HOSTS shared host} ({@code
   * https://www.meetup.com/}), which identifies no group.
   */
  public boolean isSharedSiteRoot() {
    return !host().isEmpty() && SHARED_HOSTS.contains(identity());
  }

  /**
   * The URL's host in lower case ("www.pykonik.org"), "" when it has none (mailto:, a wiki page).
   */
  public String host() {
    return hostOf(url);
  }

  /**
   * What makes two links the same link: for a web link its {@link UrlIdentity} (scheme, "www.",
   * trailing slash, host case, default ports, tracking parameters and the many URL forms of Google
   * Groups, Meetup, Facebook and LinkedIn folded: "http://www.PyKonik.org/" and
   * "https://pykonik.org" agree); for a link without a host (an e-mail address, a wiki page), the
   * lower-cased URL or, with no URL, the page name as written.
   */
  public String identity() {
    if (url.isEmpty()) {
      return "page:" + written;
    }
    if (host().isEmpty()) {
      return url.toLowerCase(Locale.ROOT);
    }
    return UrlIdentity.of(url);
  }

  /**
   * Lowercase host of a URL, "" when it has none; reads URLs that are not strictly valid as a
   * browser would.
   */
  public static String hostOf(String url) {
    try {
      String h =
          URI.create(url.replace(" ", "%20").replace("|", "%7C").replace("^", "%5E")).getHost();
      if (h != null) {
        return h.toLowerCase(Locale.ROOT);
      }
    } catch (IllegalArgumentException e) {
      // fall through to the textual scan: the URL is not strictly valid but may still name a host
    }
    int start = url.indexOf("//");
    if (start < 0) {
      return "";
    }
    String rest = url.substring(start + 2);
    int end = 0;
    while (end < rest.length() && "/?#:".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    return rest.substring(0, end).toLowerCase(Locale.ROOT);
  }
}

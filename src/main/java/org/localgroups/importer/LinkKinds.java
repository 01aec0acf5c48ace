package org.localgroups.importer;

import java.net.URI;
import java.util.Locale;
import org.localgroups.directory.LinkKind;

/** Tells what a link is from its URL and label (a Google Group, a meetup page, a mailing list...). */
final class LinkKinds {
  private LinkKinds() {}

  static LinkKind of(String url, String label) {
    String u = url.toLowerCase(Locale.ROOT);
    String l = head(label.toLowerCase(Locale.ROOT));
    if (u.isEmpty()) {
      return LinkKind.WIKI_PAGE;
    }
    if (u.startsWith("mailto:")) {
      return l.contains("list") || u.contains("subscribe") ? LinkKind.MAILING_LIST : LinkKind.EMAIL;
    }
    if (u.startsWith("irc:") || u.startsWith("ircs:")) {
      return LinkKind.IRC;
    }
    String host = host(u);
    if (host.contains("webchat.freenode") || host.contains("kiwiirc") || host.startsWith("irc.")) {
      return LinkKind.IRC;
    }
    if (host.endsWith("meetup.com")) {
      return LinkKind.MEETUP;
    }
    if (host.endsWith("facebook.com") || host.equals("fb.com") || host.equals("on.fb.me") || host.equals("fb.me")) {
      return LinkKind.FACEBOOK;
    }
    if (host.endsWith("twitter.com") || host.equals("x.com")) {
      return LinkKind.TWITTER;
    }
    if (host.endsWith("linkedin.com")) {
      return LinkKind.LINKEDIN;
    }
    if (host.endsWith("flickr.com") || l.contains("photo")) {
      return LinkKind.PHOTOS;
    }
    if (host.endsWith("youtube.com") || host.equals("youtu.be") || host.endsWith("vimeo.com")
        || host.startsWith("video.") || l.contains("video")) {
      return LinkKind.VIDEOS;
    }
    if (l.contains("job") || l.contains("trabajo") || u.contains("/jobs") || u.contains("/trabajos")) {
      return LinkKind.JOBS;
    }
    if (u.contains("/mailman/") || host.startsWith("lists.") || host.startsWith("list.")
        || l.contains("mailing list") || l.contains("maillist") || l.contains("mail list")
        || l.contains("lista de correo") || u.contains("listadecorreo")
        || host.contains("groups.yahoo") || host.startsWith("yahoogrupos") || host.contains("yahoogroups")) {
      return LinkKind.MAILING_LIST;
    }
    if (host.startsWith("groups.google.") || host.contains("googlegroups.com") || l.contains("forum")
        || host.contains("forum")) {
      return LinkKind.FORUM;
    }
    if (host.startsWith("wiki.") || host.contains(".wiki.") || u.contains("/wiki") || u.contains("/moin/")
        || l.contains("wiki")) {
      return LinkKind.WIKI;
    }
    if (u.startsWith("http:") || u.startsWith("https:")) {
      return LinkKind.WEBSITE;
    }
    return LinkKind.OTHER;
  }

  private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile(
      " (?:contain|contains|containing|with|which|that|where|listing|links to) ");

  /**
   * The part of a label that names the thing: "German Python Site containing links to ... mailing lists"
   * is a site. Clauses that describe what a site holds say nothing of what the link is.
   */
  private static String head(String label) {
    var m = CLAUSE.matcher(label);
    return m.find() ? label.substring(0, m.start()) : label;
  }

  /** Lowercase host of a URL, "" when it has none. */
  static String host(String url) {
    try {
      String h = URI.create(url.replace(" ", "%20").replace("|", "%7C").replace("^", "%5E")).getHost();
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

  /** Host without "www." and a URL's path without trailing slash: two listings with the same key are one group. */
  static String identity(String url) {
    String host = host(url);
    if (host.isEmpty()) {
      return url.toLowerCase(Locale.ROOT);
    }
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    int hostAt = url.toLowerCase(Locale.ROOT).indexOf(host);
    String rest = hostAt >= 0 ? url.substring(hostAt + host.length()) : "";
    rest = rest.replaceAll("[/#?]+$", "");
    return host + rest.toLowerCase(Locale.ROOT);
  }
}

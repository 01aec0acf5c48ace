package org.localgroups.importer;

import java.util.Locale;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;

/**
 * Tells what a link is from its URL and label (a Google Group, a meetup page, a mailing list...).
 */
public final class LinkKinds {
  private LinkKinds() {}

  /** What a link is, from its URL and its label. */
  public static LinkKind of(String url, String label) {
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
    String host = Link.hostOf(u);
    if (host.contains("webchat.freenode") || host.contains("kiwiirc") || host.startsWith("irc.")) {
      return LinkKind.IRC;
    }
    if (host.endsWith("meetup.com")) {
      return LinkKind.MEETUP;
    }
    if (host.endsWith("facebook.com")
        || host.equals("fb.com")
        || host.equals("on.fb.me")
        || host.equals("fb.me")) {
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
    if (host.endsWith("youtube.com")
        || host.equals("youtu.be")
        || host.endsWith("vimeo.com")
        || host.startsWith("video.")
        || l.contains("video")) {
      return LinkKind.VIDEOS;
    }
    if (l.contains("job")
        || l.contains("trabajo")
        || u.contains("/jobs")
        || u.contains("/trabajos")) {
      return LinkKind.JOBS;
    }
    if (u.contains("/mailman/")
        || host.startsWith("lists.")
        || host.startsWith("list.")
        || l.contains("mailing list")
        || l.contains("maillist")
        || l.contains("mail list")
        || l.contains("lista de correo")
        || u.contains("listadecorreo")
        || host.contains("groups.yahoo")
        || host.startsWith("yahoogrupos")
        || host.contains("yahoogroups")) {
      return LinkKind.MAILING_LIST;
    }
    if (host.startsWith("groups.google.")
        || host.contains("googlegroups.com")
        || l.contains("forum")
        || host.contains("forum")) {
      return LinkKind.FORUM;
    }
    if (host.startsWith("wiki.")
        || host.contains(".wiki.")
        || u.contains("/wiki")
        || u.contains("/moin/")
        || l.contains("wiki")) {
      return LinkKind.WIKI;
    }
    if (u.startsWith("http:") || u.startsWith("https:")) {
      return LinkKind.WEBSITE;
    }
    return LinkKind.OTHER;
  }

  private static final java.util.regex.Pattern CLAUSE =
      java.util.regex.Pattern.compile(
          " (?:contain|contains|containing|with|which|that|where|listing|links to) ");

  /**
   * The part of a label that names the thing: "German Python Site containing links to ... mailing
   * lists" is a site. Clauses that describe what a site holds say nothing of what the link is.
   */
  private static String head(String label) {
    var m = CLAUSE.matcher(label);
    return m.find() ? label.substring(0, m.start()) : label;
  }
}

package org.localgroups.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes two URLs the same link, after normalisation: the one rule {@link Link#identity()} and
 * everything that compares links (the importer's and the merge's keys, the editor, the duplicates
 * report) use.
 *
 * <p>For every http(s) URL it folds: the scheme (http and https agree), user info, the host's case
 * and a trailing dot, the prefixes "www." and "m." (and "mobile."), the default ports 80 and 443,
 * trailing slashes and a trailing "index.html"/"index.htm"/"index.php", doubled slashes, an empty
 * query or fragment, and tracking parameters ({@link #TRACKING}, and any {@code utm_*}); the
 * remaining query parameters are sorted.
 *
 * <p>The path's case is <b>kept</b> on ordinary sites: HTTP paths are case-sensitive (RFC 3986
 * §6.2.2.1), and the seed has links whose case matters (MoinMoin page names on wiki.python.org,
 * GitHub Pages projects, short links). It is <b>folded</b> on the platforms whose group names are
 * case-insensitive, where the case a person typed says nothing: Google Groups, Meetup, Facebook,
 * LinkedIn, GitHub, Twitter and Yahoo Groups. Each of these also has its many URL forms of one
 * group folded to one:
 *
 * <ul>
 *   <li>Google Groups ({@code groups.google.com} and its country domains such as {@code
 *       groups.google.co.uk}): {@code /group/X}, {@code /group/X/topics}, {@code /g/X}, {@code
 *       /g/X/about}, {@code /d/forum/X}, {@code /forum/#!forum/X}, {@code
 *       /forum/?fromgroups#!forum/X}, with {@code /a/DOMAIN/} kept -> {@code
 *       groups.google.com/g/x};
 *   <li>Meetup: {@code meetup.com/X}, {@code /X/}, {@code /X/events/}, {@code /X/about}, {@code
 *       /X/members}, {@code /de-DE/X/} -> {@code meetup.com/x} (one event, {@code /X/events/123},
 *       is another link);
 *   <li>Facebook ({@code facebook.com}, {@code m.}, {@code web.}, {@code fb.com}): {@code
 *       /groups/X[/about]} -> {@code facebook.com/groups/x}; a page {@code /X[/about]} -> {@code
 *       facebook.com/x}; {@code /pages/Name/123} and {@code profile.php?id=123} -> {@code
 *       facebook.com/123} (the name in {@code /pages/} is decoration);
 *   <li>LinkedIn (any country subdomain): {@code /groups?gid=123}, {@code /groups/123}, {@code
 *       /groups/Name-123/about}, {@code /groups/123/profile}, {@code /groupInvitation?groupID=123},
 *       {@code /e/gis/123} -> {@code linkedin.com/groups/123};
 *   <li>Twitter ({@code twitter.com}, {@code x.com}, {@code #!/X}) -> {@code twitter.com/x}; Yahoo
 *       Groups {@code /group/X}, {@code /neo/groups/X/info} -> {@code groups.yahoo.com/group/x}.
 * </ul>
 *
 * A URL that is not http(s) (mailto:, irc:) is lower-cased whole, as e-mail addresses and IRC
 * channels are compared without case.
 */
public final class UrlIdentity {

  /** Query parameters that say where a visitor came from, not what page they asked for. */
  public static final Set<String> TRACKING =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "msclkid",
          "yclid",
          "igshid",
          "mc_cid",
          "mc_eid",
          "_ga",
          "_gl",
          "_hsenc",
          "_hsmi",
          "ref",
          "ref_src",
          "ref_url",
          "referrer",
          "fref",
          "hc_ref",
          "trk",
          "trkinfo",
          "src",
          "share",
          "si");

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final Pattern GOOGLE_GROUPS_HOST =
      Pattern.compile("groups\\.google\\.(com|[a-z]{2}|com?\\.[a-z]{2})");
  private static final Pattern LINKEDIN_HOST = Pattern.compile("([a-z]{2}\\.)?linkedin\\.com");
  private static final Pattern MEETUP_LOCALE = Pattern.compile("[a-z]{2}(-[a-z]{2})?");
  private static final Pattern TRAILING_NUMBER = Pattern.compile("(?:^|-)(\\d{3,})$");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** Meetup's own pages: the first path segment is not a group there. */
  private static final Set<String> MEETUP_RESERVED =
      Set.of(
          "find",
          "cities",
          "topics",
          "apps",
          "help",
          "pro",
          "lp",
          "login",
          "register",
          "members",
          "account",
          "blog",
          "about",
          "meetup_api",
          "create",
          "messages",
          "notifications");

  /** Facebook's own pages: the first path segment is not a page's name there. */
  private static final Set<String> FACEBOOK_RESERVED =
      Set.of(
          "groups",
          "pages",
          "pg",
          "events",
          "profile.php",
          "people",
          "watch",
          "hashtag",
          "sharer",
          "sharer.php",
          "share",
          "login",
          "home.php",
          "permalink.php",
          "photo.php",
          "story.php");

  private UrlIdentity() {}

  /** The identity of a URL: equal for two URLs that are the same link. */
  public static String of(String url) {
    String s = url.strip();
    Matcher scheme = SCHEME.matcher(s);
    String rest;
    if (scheme.find()) {
      String name = scheme.group(1).toLowerCase(Locale.ROOT);
      if (!name.equals("http") && !name.equals("https")) {
        return s.toLowerCase(Locale.ROOT);
      }
      rest = s.substring(scheme.end());
    } else {
      rest = s;
    }
    rest = rest.replaceFirst("^/+", "");
    Parts p = Parts.split(rest);
    return switch (platform(p.host)) {
      case GOOGLE_GROUPS -> googleGroups(p);
      case MEETUP -> meetup(p);
      case FACEBOOK -> facebook(p);
      case LINKEDIN -> linkedin(p);
      case TWITTER -> twitter(p);
      case YAHOO_GROUPS -> yahooGroups(p);
      case CASE_FREE -> p.host + p.path.toLowerCase(Locale.ROOT) + p.queryAndFragment(true);
      case OTHER -> p.host + p.path + p.queryAndFragment(false);
    };
  }

  private enum Platform {
    GOOGLE_GROUPS,
    MEETUP,
    FACEBOOK,
    LINKEDIN,
    TWITTER,
    YAHOO_GROUPS,
    CASE_FREE,
    OTHER
  }

  private static Platform platform(String host) {
    if (GOOGLE_GROUPS_HOST.matcher(host).matches()) {
      return Platform.GOOGLE_GROUPS;
    }
    if (LINKEDIN_HOST.matcher(host).matches()) {
      return Platform.LINKEDIN;
    }
    return switch (host) {
      case "meetup.com" -> Platform.MEETUP;
      case "facebook.com", "fb.com", "web.facebook.com", "business.facebook.com" ->
          Platform.FACEBOOK;
      case "twitter.com", "x.com" -> Platform.TWITTER;
      case "groups.yahoo.com" -> Platform.YAHOO_GROUPS;
      case "github.com" -> Platform.CASE_FREE;
      default -> Platform.OTHER;
    };
  }

  // ---- the platforms
  // ------------------------------------------------------------------------------

  private static String googleGroups(Parts p) {
    List<String> seg = p.segments();
    String prefix = "groups.google.com";
    if (seg.size() >= 2 && seg.get(0).equals("a")) {
      prefix += "/a/" + seg.get(1).toLowerCase(Locale.ROOT);
      seg = seg.subList(2, seg.size());
    }
    String group = "";
    if (seg.size() >= 2 && List.of("group", "g").contains(seg.get(0))) {
      group = seg.get(1);
    } else if (seg.size() >= 3 && seg.get(0).equals("d") && seg.get(1).equals("forum")) {
      group = seg.get(2);
    } else if (!seg.isEmpty() && seg.get(0).equals("forum")) {
      // the old single-page app: the group is in the fragment, "#!forum/X" or "#!aboutgroup/X"
      Matcher m = Pattern.compile("^!(?:forum|aboutgroup|members)/([^/?]+)").matcher(p.fragment);
      if (m.find()) {
        group = m.group(1);
      }
    }
    if (group.isEmpty()) {
      return prefix + p.path.toLowerCase(Locale.ROOT) + p.queryAndFragment(true);
    }
    return prefix + "/g/" + group.toLowerCase(Locale.ROOT);
  }

  private static String meetup(Parts p) {
    List<String> seg = new ArrayList<>(p.segments());
    if (!seg.isEmpty() && MEETUP_LOCALE.matcher(seg.get(0).toLowerCase(Locale.ROOT)).matches()) {
      seg.removeFirst();
    }
    if (seg.isEmpty() || MEETUP_RESERVED.contains(seg.get(0).toLowerCase(Locale.ROOT))) {
      return "meetup.com" + p.path.toLowerCase(Locale.ROOT) + p.queryAndFragment(true);
    }
    String group = "meetup.com/" + seg.get(0).toLowerCase(Locale.ROOT);
    boolean groupPage =
        seg.size() == 1
            || (seg.size() == 2
                && Set.of("events", "about", "members", "photos", "discussions", "pages")
                    .contains(seg.get(1).toLowerCase(Locale.ROOT)));
    if (groupPage) {
      return group;
    }
    return group + "/" + String.join("/", seg.subList(1, seg.size())).toLowerCase(Locale.ROOT);
  }

  private static String facebook(Parts p) {
    List<String> seg = p.segments().stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
    if (seg.isEmpty()) {
      return "facebook.com" + p.queryAndFragment(true);
    }
    String first = seg.get(0);
    if (first.equals("groups") && seg.size() >= 2) {
      return "facebook.com/groups/" + seg.get(1);
    }
    if (first.equals("pages") && seg.size() >= 3 && DIGITS.matcher(seg.get(2)).matches()) {
      return "facebook.com/" + seg.get(2);
    }
    if (first.equals("pg") && seg.size() >= 2) {
      return "facebook.com/" + seg.get(1);
    }
    if (first.equals("profile.php")) {
      String id = p.param("id");
      return id.isEmpty() ? "facebook.com/profile.php" : "facebook.com/" + id;
    }
    if (!FACEBOOK_RESERVED.contains(first)) {
      return "facebook.com/" + first;
    }
    return "facebook.com" + p.path.toLowerCase(Locale.ROOT) + p.queryAndFragment(true);
  }

  private static String linkedin(Parts p) {
    List<String> seg = p.segments().stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
    String first = seg.isEmpty() ? "" : seg.get(0);
    String id = "";
    if (first.equals("groups") || first.equals("groupinvitation") || first.equals("grp")) {
      id = p.param("gid");
      if (id.isEmpty()) {
        id = p.param("groupid");
      }
      if (id.isEmpty() && seg.size() >= 2) {
        Matcher m = TRAILING_NUMBER.matcher(seg.get(1));
        id = m.find() ? m.group(1) : seg.get(1);
      }
    } else if (first.equals("e") && seg.size() >= 3 && seg.get(1).equals("gis")) {
      id = seg.get(2);
    }
    if (!id.isEmpty()) {
      return "linkedin.com/groups/" + id.toLowerCase(Locale.ROOT);
    }
    return "linkedin.com" + p.path.toLowerCase(Locale.ROOT) + p.queryAndFragment(true);
  }

  private static String twitter(Parts p) {
    List<String> seg = p.segments();
    if (seg.isEmpty() && p.fragment.startsWith("!/")) {
      seg = List.of(p.fragment.substring(2).split("/"));
    }
    if (seg.size() == 1 && !seg.get(0).isEmpty()) {
      return "twitter.com/" + seg.get(0).toLowerCase(Locale.ROOT);
    }
    return "twitter.com" + p.path.toLowerCase(Locale.ROOT) + p.queryAndFragment(true);
  }

  private static String yahooGroups(Parts p) {
    List<String> seg = p.segments().stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
    if (seg.size() >= 2 && seg.get(0).equals("group")) {
      return "groups.yahoo.com/group/" + seg.get(1);
    }
    if (seg.size() >= 3 && seg.get(0).equals("neo") && seg.get(1).equals("groups")) {
      return "groups.yahoo.com/group/" + seg.get(2);
    }
    return "groups.yahoo.com" + p.path.toLowerCase(Locale.ROOT) + p.queryAndFragment(true);
  }

  // ---- the parts of a URL
  // -------------------------------------------------------------------------

  /**
   * A URL after its scheme, split leniently (as a browser would, for URLs that are not strictly
   * valid): host folded, path normalised, tracking parameters dropped.
   */
  private record Parts(String host, String path, List<String[]> query, String fragment) {

    static Parts split(String rest) {
      int end = 0;
      while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
        end++;
      }
      String authority = rest.substring(0, end);
      String after = rest.substring(end);
      String fragment = "";
      int hash = after.indexOf('#');
      if (hash >= 0) {
        fragment = after.substring(hash + 1);
        after = after.substring(0, hash);
      }
      String query = "";
      int mark = after.indexOf('?');
      if (mark >= 0) {
        query = after.substring(mark + 1);
        after = after.substring(0, mark);
      }
      return new Parts(host(authority), path(after), params(query), fragment);
    }

    private static String host(String authority) {
      String h = authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
      if (!h.startsWith("[")) {
        int colon = h.lastIndexOf(':');
        if (colon >= 0) {
          String port = h.substring(colon + 1);
          if (port.isEmpty() || port.equals("80") || port.equals("443")) {
            h = h.substring(0, colon);
          }
        }
      }
      h = h.replaceAll("\\.+$", "");
      for (String prefix : List.of("www.", "m.", "mobile.")) {
        if (h.startsWith(prefix) && h.indexOf('.', prefix.length()) > 0) {
          h = h.substring(prefix.length());
          break;
        }
      }
      return h;
    }

    private static String path(String raw) {
      String p = raw.replaceAll("/{2,}", "/");
      p = p.replaceFirst("/(index\\.html?|index\\.php)$", "/");
      return p.replaceAll("/+$", "");
    }

    private static List<String[]> params(String query) {
      List<String[]> out = new ArrayList<>();
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        if (key.startsWith("utm_") || TRACKING.contains(key)) {
          continue;
        }
        out.add(new String[] {key, value});
      }
      out.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
      return out;
    }

    List<String> segments() {
      List<String> out = new ArrayList<>();
      for (String s : path.split("/")) {
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
      return out;
    }

    String param(String key) {
      for (String[] kv : query) {
        if (kv[0].equals(key)) {
          return kv[1];
        }
      }
      return "";
    }

    /** "?a=1&b=2#frag", each part only when there is one; lower-cased when asked. */
    String queryAndFragment(boolean fold) {
      StringBuilder b = new StringBuilder();
      if (!query.isEmpty()) {
        b.append('?');
        for (int i = 0; i < query.size(); i++) {
          if (i > 0) {
            b.append('&');
          }
          b.append(query.get(i)[0]);
          if (!query.get(i)[1].isEmpty()) {
            b.append('=').append(query.get(i)[1]);
          }
        }
      }
      if (!fragment.isEmpty()) {
        b.append('#').append(fragment);
      }
      return fold ? b.toString().toLowerCase(Locale.ROOT) : b.toString();
    }
  }
}

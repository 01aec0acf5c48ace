package org.localgroups.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;

/**
 * How a link, a place, a status and a distance are shown to people, once for the pages and the JSON
 * API alike: which links may be clicked, what an address looks like, what a placement says.
 */
public final class Presentation {
  /**
   * Link schemes that may be rendered as a link; anything else (javascript:, data:, file:) is shown
   * as text.
   */
  public static final List<String> LINKABLE_SCHEMES =
      List.of("http://", "https://", "mailto:", "irc://", "ircs://");

  private Presentation() {}

  /** A link as shown: its label (or its short address), and a href only when it may be clicked. */
  public static LinkView link(Link l) {
    String text =
        !l.label().isBlank()
            ? l.label().strip()
            : shortAddress(!l.url().isBlank() ? l.url() : l.written());
    return new LinkView(lower(l.kind()), kindLabel(l.kind()), icon(l.kind()), href(l), text);
  }

  /**
   * A group's link as shown beside its name. Most links on the wiki page are labelled with the
   * group's own name, which next to the name linked to its page reads as the same link twice; such
   * a link shows where it goes.
   */
  public static LinkView cardLink(Group g, Link l) {
    LinkView v = link(l);
    if (v.linkable() && v.text().strip().equalsIgnoreCase(g.name().strip())) {
      return new LinkView(v.kind(), v.kindLabel(), v.icon(), v.href(), shortAddress(v.href()));
    }
    return v;
  }

  /**
   * The URL a page or an API client may follow: the link's own when it is http(s), mailto or irc;
   * else "".
   */
  public static String href(Link l) {
    return linkable(l.url()) ? l.url().strip() : "";
  }

  /**
   * An address as people say it: no scheme, no "www.", no trailing slash, no mailto query
   * ("http://www.pykonik.org/" -> "pykonik.org", "mailto:pig@chatta.us?Subject=x" ->
   * "pig@chatta.us").
   */
  public static String shortAddress(String address) {
    String a = address.strip();
    if (a.regionMatches(true, 0, "mailto:", 0, 7)) {
      a = a.replaceFirst("\\?.*$", "");
    }
    return a.replaceFirst("(?i)^(https?:(//)?|mailto:)", "")
        .replaceFirst("(?i)^www\\.", "")
        .replaceFirst("/$", "");
  }

  /**
   * Whether a URL may be rendered as a link: http(s), mailto or irc, without control characters.
   */
  public static boolean linkable(String url) {
    String u = url.strip();
    if (u.isEmpty() || u.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return false;
    }
    String lower = u.toLowerCase(Locale.ROOT);
    return LINKABLE_SCHEMES.stream()
        .anyMatch(s -> lower.startsWith(s) && lower.length() > s.length());
  }

  public static String kindLabel(LinkKind k) {
    return switch (k) {
      case WEBSITE -> "Website";
      case MAILING_LIST -> "Mailing list";
      case MEETUP -> "Meetup";
      case FORUM -> "Forum";
      case FACEBOOK -> "Facebook";
      case TWITTER -> "Twitter / X";
      case LINKEDIN -> "LinkedIn";
      case IRC -> "IRC";
      case WIKI -> "Wiki";
      case PHOTOS -> "Photos";
      case VIDEOS -> "Videos";
      case EMAIL -> "E-mail";
      case JOBS -> "Jobs";
      case WIKI_PAGE -> "Page on the source wiki";
      case OTHER -> "Other";
    };
  }

  /** The id of the kind's pictogram in /static/icons.svg. */
  public static String icon(LinkKind k) {
    return switch (k) {
      case WEBSITE -> "globe";
      case MAILING_LIST, EMAIL -> "mail";
      case MEETUP -> "calendar";
      case FORUM -> "chat";
      case FACEBOOK, LINKEDIN -> "people";
      case TWITTER -> "bird";
      case IRC -> "hash";
      case WIKI, WIKI_PAGE -> "book";
      case PHOTOS -> "camera";
      case VIDEOS -> "play";
      case JOBS -> "briefcase";
      case OTHER -> "link";
    };
  }

  /** A place in a few words ("Kraków, PL"; a country's name); "" when not placed. */
  public static String shortPlace(Placement p) {
    if (!p.isPlaced()) {
      return "";
    }
    if (p.precision() == Placement.Precision.COUNTRY || p.countryCode().isEmpty()) {
      return p.name();
    }
    return p.name() + ", " + p.countryCode();
  }

  /**
   * Where a group is placed and how precisely, in a sentence ("Placed at state level: Texas, United
   * States").
   */
  public static String placeText(Placement p, String countryName) {
    String country = countryName.isEmpty() ? p.countryCode() : countryName;
    return switch (p.precision()) {
      case CITY -> join(p.name(), p.admin1().equals(p.name()) ? "" : p.admin1(), country);
      case STATE -> "Placed at state level: " + join(p.name(), country);
      case COUNTRY -> "Placed at country level: " + (p.name().isEmpty() ? country : p.name());
      case CONTINENT -> "Placed at continent level: " + p.name() + " (not on the map)";
      case UNPLACED ->
          "Not placed on the map yet" + (p.reason().isBlank() ? "." : ": " + p.reason());
    };
  }

  /** "12 km"; one decimal under 10 km; "under 1 km" for the place itself. */
  public static String distanceText(double km) {
    if (km < 1) {
      return "under 1 km";
    }
    if (km < 10) {
      return String.format(Locale.ROOT, "%.1f km", km);
    }
    return String.format(Locale.ROOT, "%,.0f km", km);
  }

  /** "50.0614° N, 19.9366° E". */
  public static String coordinates(double lat, double lon) {
    return String.format(
        Locale.ROOT,
        "%.4f° %s, %.4f° %s",
        Math.abs(lat),
        lat < 0 ? "S" : "N",
        Math.abs(lon),
        lon < 0 ? "W" : "E");
  }

  /** A place offered as "did you mean", linked to a search near it. */
  public static PlaceChoice placeChoice(String label) {
    return new PlaceChoice(label, "/near?q=" + URLEncoder.encode(label, StandardCharsets.UTF_8));
  }

  /**
   * Whether another reading of the searched text is worth a "did you mean": not the place
   * understood, and not the region that contains it ("Ulaanbaatar, Mongolia" around "Ulan Bator,
   * Ulaanbaatar, Mongolia"), whose nearest groups are the same.
   */
  public static boolean worthOffering(String alternative, String understood) {
    return !alternative.equals(understood) && !understood.endsWith(", " + alternative);
  }

  /** An enum constant as the API and the pages' CSS classes write it ("mailing_list"). */
  public static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static String join(String... parts) {
    return String.join(", ", Arrays.stream(parts).filter(s -> !s.isBlank()).toList());
  }
}

package org.localgroups.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.Place;
import org.localgroups.search.NearGroup;
import org.localgroups.search.NearResult;

/** Builds the page models from the directory. Pure apart from country names from the gazetteer. */
final class Views {
  /** Link schemes a page may render as a link; anything else (javascript:, data:, file:) is shown as text. */
  static final List<String> LINKABLE_SCHEMES = List.of("http://", "https://", "mailto:", "irc://", "ircs://");

  private static final Comparator<GroupCard> BY_NAME =
      Comparator.comparing((GroupCard c) -> c.name().toLowerCase(Locale.ROOT)).thenComparing(GroupCard::slug);

  private final Gazetteer gazetteer;
  private final WebConfig config;

  Views(Gazetteer gazetteer, WebConfig config) {
    this.gazetteer = gazetteer;
    this.config = config;
  }

  Layout layout(String title, String nav) {
    return new Layout(config.siteTitle(), title, nav, config.tileUrl(), config.tileAttribution());
  }

  HomePage home(Directory d) {
    return new HomePage(layout("Find your local Python user group", "home"), d.groups().size(), countryCount(d),
        d.regions().size());
  }

  RegionsPage regions(Directory d) {
    List<RegionSection> sections = d.regions().stream().map(r -> section(d, r)).toList();
    return new RegionsPage(layout("Python user groups by region", "regions"), toc(d, ""), sections,
        d.groups().size());
  }

  RegionPage region(Directory d, Region r) {
    List<Crumb> crumbs = new ArrayList<>();
    String parent = r.parentSlug();
    while (!parent.isEmpty()) {
      Optional<Region> p = d.region(parent);
      if (p.isEmpty() || crumbs.size() > 50) {
        break; // a broken or cyclic tree must not hang the page
      }
      crumbs.addFirst(new Crumb(p.get().name(), "/regions/" + p.get().slug()));
      parent = p.get().parentSlug();
    }
    crumbs.addFirst(new Crumb("All regions", "/regions"));
    return new RegionPage(layout(r.name(), "regions"), crumbs, section(d, r), toc(d, r.slug()));
  }

  GroupPage group(Directory d, Group g) {
    Map<LinkKind, List<LinkView>> byKind = new LinkedHashMap<>();
    for (Link l : g.links()) {
      byKind.computeIfAbsent(l.kind(), k -> new ArrayList<>()).add(cardLink(g, l));
    }
    List<LinkGroup> linkGroups = byKind.entrySet().stream()
        .map(e -> new LinkGroup(kindLabel(e.getKey()), icon(e.getKey()), e.getValue()))
        .toList();
    Placement p = g.placement();
    List<Crumb> regions = d.regionsOf(g.slug()).stream()
        .map(r -> new Crumb(r.name(), "/regions/" + r.slug()))
        .toList();
    return new GroupPage(layout(g.name(), ""), card(g), linkGroups, g.founded(), g.meeting(), g.notes(),
        placeText(p, countryName(p.countryCode())), p.isPlaced(), p.latitude(), p.longitude(),
        p.isPlaced() ? coordinates(p.latitude(), p.longitude()) : "", regions);
  }

  NearPage near(Directory d, String query, NearResult r) {
    String understood = r.understood().isEmpty() ? coordinates(r.latitude(), r.longitude()) : r.understood();
    List<PlaceChoice> alternatives = r.alternatives().stream()
        .map(m -> m.place().label())
        .filter(label -> worthOffering(label, r.understood()))
        .distinct()
        .map(Views::placeChoice)
        .toList();
    Map<String, Group> bySlug = d.groupsBySlug();
    List<NearCard> inPlace = new ArrayList<>();
    List<NearCard> nearby = new ArrayList<>();
    for (int i = 0; i < r.groups().size(); i++) {
      NearGroup ng = r.groups().get(i);
      Group g = bySlug.get(ng.groupSlug());
      if (g == null) {
        continue; // the index may briefly know a group the directory no longer has
      }
      boolean here = i < r.inPlace();
      (here ? inPlace : nearby).add(new NearCard(card(g), distanceText(ng.distanceKm()), here));
    }
    String title = "Groups near " + understood;
    return new NearPage(layout(title, "home"), query, understood, alternatives, inPlace, nearby,
        r.anyWithinRadius(), distanceText(r.radiusKm()));
  }

  MapPage map(Directory d) {
    Map<String, List<GroupCard>> byCountry = new TreeMap<>();
    List<GroupCard> unplaced = new ArrayList<>();
    for (Group g : d.groups()) {
      String code = g.placement().countryCode();
      if (!g.placement().isPlaced() || code.isEmpty()) {
        unplaced.add(card(g));
      } else {
        byCountry.computeIfAbsent(countryName(code), k -> new ArrayList<>()).add(card(g));
      }
    }
    List<CountryGroups> list = new ArrayList<>();
    byCountry.forEach((country, cards) -> list.add(new CountryGroups(country, sorted(cards))));
    if (!unplaced.isEmpty()) {
      list.add(new CountryGroups("Not placed on the map yet", sorted(unplaced)));
    }
    return new MapPage(layout("Map of Python user groups", "map"), list);
  }

  ErrorPage error(int status, String message, List<String> suggestions, boolean offerStart, String query) {
    String title = switch (status) {
      case 400 -> "That request did not work";
      case 404 -> "Not found";
      case 409 -> "Someone else changed this";
      case 503 -> "Not available right now";
      default -> "Something went wrong";
    };
    return new ErrorPage(layout(title, ""), status, message,
        suggestions.stream().map(Views::placeChoice).toList(), offerStart, query);
  }

  // ---- pure parts, tested in WebPagesTest

  /**
   * Whether another reading of the searched text is worth a "did you mean": not the place understood, and not
   * the region that contains it ("Ulaanbaatar, Mongolia" around "Ulan Bator, Ulaanbaatar, Mongolia"), whose
   * nearest groups are the same.
   */
  static boolean worthOffering(String alternative, String understood) {
    return !alternative.equals(understood) && !understood.endsWith(", " + alternative);
  }

  static int countryCount(Directory d) {
    return (int) d.groups().stream()
        .map(g -> g.placement().countryCode())
        .filter(c -> !c.isEmpty())
        .distinct()
        .count();
  }

  List<TocEntry> toc(Directory d, String parentSlug) {
    return toc(d, parentSlug, 0);
  }

  private List<TocEntry> toc(Directory d, String parentSlug, int depth) {
    if (depth > 20) {
      return List.of(); // guard against a cyclic tree
    }
    return d.children(parentSlug).stream()
        .map(r -> {
          List<TocEntry> children = toc(d, r.slug(), depth + 1);
          int count = r.groupSlugs().size() + children.stream().mapToInt(TocEntry::groupCount).sum();
          return new TocEntry(r.slug(), r.name(), count, children);
        })
        .toList();
  }

  static RegionSection section(Directory d, Region r) {
    Map<String, Group> bySlug = d.groupsBySlug();
    List<GroupCard> groups = r.groupSlugs().stream()
        .map(bySlug::get)
        .filter(g -> g != null)
        .map(Views::card)
        .toList();
    int heading = Math.min(Math.max(r.level() + 1, 2), 6);
    return new RegionSection(r.slug(), r.name(), heading, groups, r.resources().stream().map(Views::link).toList());
  }

  static GroupCard card(Group g) {
    return new GroupCard(g.slug(), g.name(), g.description(), g.mainLink().map(l -> cardLink(g, l)),
        g.status().name().toLowerCase(Locale.ROOT), statusLabel(g.status()), shortPlace(g.placement()));
  }

  /**
   * A group's link as shown beside its name. Most links on the wiki page are labelled with the group's own name, which
   * next to the name linked to its page reads as the same link twice; such a link shows where it goes instead.
   */
  static LinkView cardLink(Group g, Link l) {
    LinkView v = link(l);
    if (v.linkable() && v.text().strip().equalsIgnoreCase(g.name().strip())) {
      return new LinkView(v.kind(), v.kindLabel(), v.icon(), v.href(), shortAddress(v.href()));
    }
    return v;
  }

  static LinkView link(Link l) {
    String text = !l.label().isBlank() ? l.label().strip() : shortAddress(!l.url().isBlank() ? l.url() : l.written());
    String href = linkable(l.url()) ? l.url().strip() : "";
    return new LinkView(l.kind().name().toLowerCase(Locale.ROOT), kindLabel(l.kind()), icon(l.kind()), href, text);
  }

  /**
   * An address as people say it: no scheme, no "www.", no trailing slash, no mailto query
   * ("http://www.pykonik.org/" -> "pykonik.org", "mailto:pig@chatta.us?Subject=x" -> "pig@chatta.us").
   */
  static String shortAddress(String address) {
    String a = address.strip();
    if (a.regionMatches(true, 0, "mailto:", 0, 7)) {
      a = a.replaceFirst("\\?.*$", "");
    }
    return a.replaceFirst("(?i)^(https?:(//)?|mailto:)", "").replaceFirst("(?i)^www\\.", "").replaceFirst("/$", "");
  }

  /** Whether a URL may be rendered as a link: http(s), mailto or irc, without control characters. */
  static boolean linkable(String url) {
    String u = url.strip();
    if (u.isEmpty() || u.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return false;
    }
    String lower = u.toLowerCase(Locale.ROOT);
    return LINKABLE_SCHEMES.stream().anyMatch(s -> lower.startsWith(s) && lower.length() > s.length());
  }

  static String statusLabel(GroupStatus s) {
    return switch (s) {
      case ACTIVE -> "Active";
      case STARTING -> "Starting";
      case INACTIVE -> "Inactive";
      case DEFUNCT -> "Defunct";
    };
  }

  static String kindLabel(LinkKind k) {
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
  static String icon(LinkKind k) {
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

  static String shortPlace(Placement p) {
    if (!p.isPlaced()) {
      return "";
    }
    if (p.precision() == Placement.Precision.COUNTRY || p.countryCode().isEmpty()) {
      return p.name();
    }
    return p.name() + ", " + p.countryCode();
  }

  static String placeText(Placement p, String countryName) {
    String country = countryName.isEmpty() ? p.countryCode() : countryName;
    return switch (p.precision()) {
      case CITY -> join(p.name(), p.admin1().equals(p.name()) ? "" : p.admin1(), country);
      case STATE -> "Placed at state level: " + join(p.name(), country);
      case COUNTRY -> "Placed at country level: " + (p.name().isEmpty() ? country : p.name());
      case CONTINENT -> "Placed at continent level: " + p.name() + " (not on the map)";
      case UNPLACED -> "Not placed on the map yet" + (p.reason().isBlank() ? "." : ": " + p.reason());
    };
  }

  /** "12 km"; one decimal under 10 km; "under 1 km" for the place itself. */
  static String distanceText(double km) {
    if (km < 1) {
      return "under 1 km";
    }
    if (km < 10) {
      return String.format(Locale.ROOT, "%.1f km", km);
    }
    return String.format(Locale.ROOT, "%,.0f km", km);
  }

  static String coordinates(double lat, double lon) {
    return String.format(Locale.ROOT, "%.4f° %s, %.4f° %s", Math.abs(lat), lat < 0 ? "S" : "N", Math.abs(lon),
        lon < 0 ? "W" : "E");
  }

  static PlaceChoice placeChoice(String label) {
    return new PlaceChoice(label, "/near?q=" + URLEncoder.encode(label, StandardCharsets.UTF_8));
  }

  String countryName(String code) {
    if (code.isEmpty()) {
      return "";
    }
    return gazetteer.country(code).map(Place::name).orElse(code);
  }

  private static List<GroupCard> sorted(List<GroupCard> cards) {
    return cards.stream().sorted(BY_NAME).toList();
  }

  private static String join(String... parts) {
    return String.join(", ", java.util.Arrays.stream(parts).filter(s -> !s.isBlank()).toList());
  }
}

package org.localgroups.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.directory.Slugs;
import org.localgroups.geo.Place;

/**
 * A realistic directory of any size, the same for the same seed and cities. Each group lies in a
 * city drawn with a chance in proportion to its population (so dense cities hold many groups, small
 * towns a few, and the oceans none), and is listed under its continent and country as the wiki page
 * lists them. Its name is in the script of its country where that is not Latin (Cyrillic, Greek,
 * Arabic, Hebrew, Devanagari, Thai, Chinese, Japanese, Korean), its links are of every kind the
 * importer knows, and most groups say when they meet in a phrase of the kind the wiki page uses.
 */
public final class SyntheticDirectory {
  /** The group names of a country's script: "%s" is the city. */
  private static final Map<String, List<String>> NAMES_BY_COUNTRY =
      Map.ofEntries(
          Map.entry("RU", List.of("Питонисты %s", "%s Python-сообщество")),
          Map.entry("UA", List.of("Python-спільнота %s")),
          Map.entry("BG", List.of("Python група %s")),
          Map.entry("GR", List.of("Ομάδα Python %s")),
          Map.entry("EG", List.of("مجموعة بايثون %s")),
          Map.entry("SA", List.of("مجموعة بايثون %s")),
          Map.entry("IL", List.of("קבוצת פייתון %s")),
          Map.entry("IN", List.of("%s पायथन समूह", "%s Python User Group")),
          Map.entry("TH", List.of("กลุ่มผู้ใช้ไพธอน %s")),
          Map.entry("CN", List.of("%s Python 用户组")),
          Map.entry("TW", List.of("%s Python 使用者社群")),
          Map.entry("JP", List.of("Python勉強会 %s", "%s Python ユーザー会")),
          Map.entry("KR", List.of("%s 파이썬 사용자 모임")));

  private static final List<String> LATIN_NAMES =
      List.of(
          "%s Python User Group",
          "Python %s",
          "%s Pythonistas",
          "PyData %s",
          "Django %s",
          "PyLadies %s",
          "%s Python Meetup",
          "Py%s");

  private static final List<String> MEETINGS =
      List.of(
          "meets the 2nd Thursday of the month",
          "first Monday of each month, 19:00",
          "every third Wednesday, 6-8 PM",
          "Meets every Tuesday",
          "meets every other week",
          "bi-monthly meetings",
          "last Friday of the month at noon",
          "on the fourth Monday of every month",
          "Meets 1-2 times per month",
          "");

  private SyntheticDirectory() {}

  /**
   * A directory of {@code groups} groups.
   *
   * @param cities the places to put them in (the gazetteer's cities); only those with a population
   *     and a time zone are drawn
   */
  public static Directory generate(List<Place> cities, int groups, long seed) {
    if (groups < 1) {
      throw new IllegalArgumentException("groups must be 1 or more, got " + groups);
    }
    List<Place> drawn =
        cities.stream()
            .filter(p -> p.kind() == Place.Kind.CITY && p.population() > 0)
            .filter(p -> !continent(p).isEmpty())
            .sorted(Comparator.comparingLong(Place::geonameId))
            .toList();
    if (drawn.isEmpty()) {
      throw new IllegalArgumentException("no city with a population and a time zone to draw from");
    }
    long[] cumulative = new long[drawn.size()];
    long total = 0;
    for (int i = 0; i < drawn.size(); i++) {
      total += drawn.get(i).population();
      cumulative[i] = total;
    }
    Random random = new Random(seed);
    Set<String> slugs = new HashSet<>();
    Set<String> names = new HashSet<>();
    Map<String, Integer> tries = new HashMap<>();
    // continent -> country -> its groups, sorted so that the page reads as the wiki's does
    Map<String, Map<String, List<Group>>> listed = new TreeMap<>();
    for (int i = 0; i < groups; i++) {
      long ticket = (long) (random.nextDouble() * total);
      int at = java.util.Arrays.binarySearch(cumulative, ticket + 1);
      Place city = drawn.get(at >= 0 ? at : -at - 1);
      Group group = group(city, random, slugs, names, tries);
      listed
          .computeIfAbsent(continent(city), k -> new TreeMap<>())
          .computeIfAbsent(city.countryName(), k -> new ArrayList<>())
          .add(group);
    }
    List<Region> regions = new ArrayList<>();
    List<Group> all = new ArrayList<>(groups);
    Map<String, String> regionSlugs = new LinkedHashMap<>();
    for (var continent : listed.entrySet()) {
      String continentSlug = unique(Slugs.of(continent.getKey()), regionSlugs);
      regions.add(
          new Region(
              continentSlug,
              continent.getKey(),
              1,
              "",
              Region.RegionKind.CONTINENT,
              Placement.unplaced(""),
              List.of(),
              List.of(),
              0));
      for (var country : continent.getValue().entrySet()) {
        List<Group> inCountry = country.getValue();
        regions.add(
            new Region(
                unique(Slugs.of(country.getKey()), regionSlugs),
                country.getKey(),
                2,
                continentSlug,
                Region.RegionKind.COUNTRY,
                Placement.unplaced(""),
                List.of(),
                inCountry.stream().map(Group::slug).toList(),
                0));
        all.addAll(inCountry);
      }
    }
    return new Directory(
        "A synthetic world of " + groups + " groups (seed " + seed + ")", List.of(), regions, all);
  }

  private static String unique(String slug, Map<String, String> taken) {
    String s = slug.isEmpty() ? "region" : slug;
    String candidate = s;
    for (int n = 2; taken.containsKey(candidate); n++) {
      candidate = s + "-" + n;
    }
    taken.put(candidate, candidate);
    return candidate;
  }

  /** The continent a city's time zone names ("Europe/Warsaw"), "" for none. */
  static String continent(Place city) {
    String zone = city.timezone();
    int slash = zone.indexOf('/');
    String area = slash < 0 ? "" : zone.substring(0, slash);
    return switch (area) {
      case "Europe" -> "Europe";
      case "Africa" -> "Africa";
      case "Asia" -> "Asia";
      case "America" -> "Americas";
      case "Australia", "Pacific" -> "Oceania";
      case "Atlantic", "Indian" -> "Islands";
      case "Antarctica", "Arctic" -> "Polar regions";
      default -> "";
    };
  }

  /** What tells apart two groups of one name in one city, as people name them. */
  private static final List<String> QUARTERS =
      List.of("North", "South", "East", "West", "Central", "Old Town", "Harbour", "Uptown");

  /**
   * "Name North", ..., "Name Harbour", "Name North 2": the n-th way (from 0) to tell a name apart.
   */
  private static String quarter(String first, int n) {
    return first
        + " "
        + QUARTERS.get(n % QUARTERS.size())
        + (n < QUARTERS.size() ? "" : " " + (n / QUARTERS.size() + 1));
  }

  private static Group group(
      Place city,
      Random random,
      Set<String> taken,
      Set<String> takenNames,
      Map<String, Integer> tries) {
    List<String> forms = NAMES_BY_COUNTRY.getOrDefault(city.countryCode(), LATIN_NAMES);
    // one in five groups of a country with a script of its own is named in English anyway
    if (forms != LATIN_NAMES && random.nextInt(5) == 0) {
      forms = LATIN_NAMES;
    }
    String first = String.format(Locale.ROOT, pick(forms, random), city.name());
    String name = first;
    // the numbers tried before for the same name are all taken (nothing is ever given back), so
    // each search starts where the last one for that name ended: a city of thousands of groups
    // costs each of them one try, not thousands
    int n = tries.getOrDefault(first, 0);
    if (n > 0) {
      name = quarter(first, n - 1);
    }
    while (!takenNames.add(name.toLowerCase(Locale.ROOT))) {
      name = quarter(first, n);
      n++;
    }
    tries.put(first, n);
    String base = Slugs.of(name);
    String slug = base.isEmpty() ? "group" : base;
    int m = tries.getOrDefault("\u0000" + base, 2);
    if (m > 2) {
      slug = base + "-" + (m - 1);
    }
    while (!taken.add(slug)) {
      slug = base + "-" + m;
      m++;
    }
    tries.put("\u0000" + base, m);
    String meeting = pick(MEETINGS, random);
    return new Group(
        slug,
        name,
        "Python users in "
            + city.name()
            + ": talks, workshops and a drink afterwards"
            + (meeting.isEmpty() ? "." : "; " + meeting + "."),
        links(slug, random),
        random.nextInt(20) == 0 ? GroupStatus.INACTIVE : GroupStatus.ACTIVE,
        "",
        meeting,
        List.of(),
        new Placement(
            Placement.Precision.CITY,
            city.name(),
            city.countryCode(),
            city.admin1Code(),
            city.latitude(),
            city.longitude(),
            city.geonameId(),
            1.0,
            "synthetic: drawn by population"),
        List.of());
  }

  /** A website and one to three links of the other kinds, each at its platform's usual address. */
  private static List<Link> links(String slug, Random random) {
    List<Link> links = new ArrayList<>();
    links.add(link(LinkKind.WEBSITE, "https://" + slug + ".example.org/"));
    int more = 1 + random.nextInt(3);
    for (int i = 0; i < more; i++) {
      Link link =
          switch (random.nextInt(8)) {
            case 0 -> link(LinkKind.MEETUP, "https://www.meetup.com/" + slug + "/");
            case 1 -> link(LinkKind.MAILING_LIST, "https://groups.google.com/g/" + slug);
            case 2 -> link(LinkKind.TWITTER, "https://twitter.com/" + slug.replace("-", "_"));
            case 3 -> link(LinkKind.FACEBOOK, "https://www.facebook.com/groups/" + slug + "/");
            case 4 ->
                link(
                    LinkKind.LINKEDIN,
                    "https://www.linkedin.com/groups/" + (1_000_000 + random.nextInt(9_000_000)));
            case 5 -> link(LinkKind.IRC, "irc://irc.libera.chat/#" + slug);
            case 6 -> link(LinkKind.EMAIL, "mailto:organisers@" + slug + ".example.org");
            default -> link(LinkKind.OTHER, "https://github.com/" + slug);
          };
      if (links.stream().noneMatch(l -> l.url().equals(link.url()))) {
        links.add(link);
      }
    }
    return links;
  }

  private static Link link(LinkKind kind, String url) {
    return new Link(kind, url, "", url);
  }

  private static String pick(List<String> options, Random random) {
    return options.get(random.nextInt(options.size()));
  }
}

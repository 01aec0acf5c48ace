package org.localgroups.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.localgroups.LocalGroupsException;
import org.localgroups.checks.Evidence;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.geo.Gazetteer;
import org.localgroups.geo.Place;
import org.localgroups.search.DirectoryView;
import org.localgroups.search.MapGrid;
import org.localgroups.search.NearGroup;
import org.localgroups.search.NearResult;
import org.localgroups.web.Crumb;
import org.localgroups.web.Layout;
import org.localgroups.web.LinkView;
import org.localgroups.web.PlaceChoice;
import org.localgroups.web.Presentation;
import org.localgroups.web.WebConfig;

/** Builds the page models from the directory. Pure apart from country names from the gazetteer. */
final class PageViews {
  /** Above this many groups, /regions is an outline (regions with counts), not every group. */
  static final int OUTLINE_ABOVE = 2_000;

  /** A region page shows at most this many groups; a region that lists more is paged. */
  static final int REGION_PAGE_SIZE = 500;

  private static final Comparator<GroupCard> BY_NAME =
      Comparator.comparing((GroupCard c) -> c.name().toLowerCase(Locale.ROOT))
          .thenComparing(GroupCard::slug);

  private final Gazetteer gazetteer;
  private final WebConfig config;

  private final Function<Directory, Function<Group, Evidence>> evidence;

  PageViews(
      Gazetteer gazetteer,
      WebConfig config,
      Function<Directory, Function<Group, Evidence>> evidence) {
    this.gazetteer = gazetteer;
    this.config = config;
    this.evidence = evidence;
  }

  Layout layout(String title, String nav) {
    return config.layout(title, nav);
  }

  HomePage home(Directory d) {
    return new HomePage(
        layout("Find your local Python user group", "home")
            .describedAs(Descriptions.home(d.groups().size(), d.countryCount())),
        d.groups().size(),
        d.countryCount(),
        d.regions().size());
  }

  RegionsPage regions(Directory d) {
    // a large directory on one page is megabytes no reader scrolls: its regions, with counts
    boolean outline = d.groups().size() > OUTLINE_ABOVE;
    Function<Group, Evidence> of = evidence.apply(d);
    List<RegionSection> sections =
        outline
            ? List.of()
            : d.regions().stream()
                .map(r -> section(r, groupsOf(d, r, 0, Integer.MAX_VALUE), of))
                .toList();
    return new RegionsPage(
        layout("Python user groups by region", "regions")
            .describedAs(Descriptions.regions(d.groups().size(), d.regions().size())),
        toc(d, ""),
        sections,
        d.groups().size(),
        outline);
  }

  RegionPage region(Directory d, Region r) {
    return region(d, r, CalendarLinks.NONE, 1);
  }

  /**
   * A region's page: page {@code page} of the groups it lists, {@link #REGION_PAGE_SIZE} a page.
   *
   * @throws LocalGroupsException (not found) for a page past the last
   */
  RegionPage region(Directory d, Region r, CalendarLinks calendar, int page) {
    String url = "/regions/" + r.slug();
    int total = r.groupSlugs().size();
    Pager pager = Pager.of(page, REGION_PAGE_SIZE, total, url);
    if (page > pager.pages()) {
      throw LocalGroupsException.notFound(
          "The region '"
              + r.name()
              + "' has "
              + pager.pages()
              + (pager.pages() == 1 ? " page" : " pages")
              + " of groups, not "
              + page
              + ".");
    }
    List<Crumb> crumbs = new ArrayList<>();
    crumbs.add(new Crumb("All regions", "/regions"));
    d.ancestors(r.slug()).forEach(a -> crumbs.add(new Crumb(a.name(), "/regions/" + a.slug())));
    Layout frame = layout(r.name(), "regions");
    if (pager.paged()) {
      frame = layout(r.name() + " (page " + page + " of " + pager.pages() + ")", "regions");
    }
    return new RegionPage(
        frame.describedAs(Descriptions.region(r.name(), d.groupCountUnder(r.slug()))),
        crumbs,
        section(
            r, groupsOf(d, r, (page - 1) * REGION_PAGE_SIZE, REGION_PAGE_SIZE), evidence.apply(d)),
        toc(d, r.slug()),
        calendar,
        pager);
  }

  GroupPage group(Directory d, Group g) {
    return group(d, g, MeetingBlock.NONE, HistoryBlock.NONE);
  }

  GroupPage group(Directory d, Group g, MeetingBlock meetings, HistoryBlock history) {
    Map<LinkKind, List<LinkView>> byKind = new LinkedHashMap<>();
    for (Link l : g.links()) {
      byKind.computeIfAbsent(l.kind(), k -> new ArrayList<>()).add(Presentation.cardLink(g, l));
    }
    List<LinkGroup> linkGroups =
        byKind.entrySet().stream()
            .map(
                e ->
                    new LinkGroup(
                        Presentation.kindLabel(e.getKey()),
                        Presentation.icon(e.getKey()),
                        e.getValue()))
            .toList();
    Placement p = g.placement();
    List<Crumb> regions =
        d.regionsOf(g.slug()).stream()
            .map(r -> new Crumb(r.name(), "/regions/" + r.slug()))
            .toList();
    return new GroupPage(
        layout(g.name(), "").describedAs(Descriptions.group(g, countryName(p.countryCode()))),
        card(d, g),
        linkGroups,
        g.founded(),
        g.meeting(),
        g.notes(),
        Presentation.placeText(p, countryName(p.countryCode())),
        p.hasPoint(),
        p.latitude(),
        p.longitude(),
        p.hasPoint() ? Presentation.coordinates(p.latitude(), p.longitude()) : "",
        regions,
        meetings,
        history);
  }

  NearPage near(Directory d, String query, NearResult r) {
    return near(d, query, r, g -> "", CalendarLinks.NONE);
  }

  /**
   * @param next a group's next meeting for people, "" when not known
   * @param calendar the feed of these groups' meetings
   */
  NearPage near(
      Directory d,
      String query,
      NearResult r,
      java.util.function.Function<Group, String> next,
      CalendarLinks calendar) {
    String understood =
        r.understood().isEmpty()
            ? Presentation.coordinates(r.latitude(), r.longitude())
            : r.understood();
    List<PlaceChoice> alternatives =
        r.alternatives().stream()
            .map(m -> m.place().label())
            .filter(label -> Presentation.worthOffering(label, r.understood()))
            .distinct()
            .map(Presentation::placeChoice)
            .toList();
    List<NearCard> inPlace = new ArrayList<>();
    List<NearCard> nearby = new ArrayList<>();
    Function<Group, Evidence> of = evidence.apply(d);
    for (int i = 0; i < r.groups().size(); i++) {
      NearGroup ng = r.groups().get(i);
      Optional<Group> g = d.group(ng.groupSlug());
      if (g.isPresent()) {
        boolean here = i < r.inPlace();
        (here ? inPlace : nearby)
            .add(
                new NearCard(
                    card(g.get(), of.apply(g.get())),
                    Presentation.distanceText(ng.distanceKm()),
                    here,
                    next.apply(g.get())));
      }
    }
    String title = "Groups near " + understood;
    return new NearPage(
        layout(title, "home")
            .describedAs(
                Descriptions.near(
                    understood,
                    inPlace.size() + nearby.size(),
                    Presentation.distanceText(r.radiusKm()))),
        query,
        understood,
        alternatives,
        inPlace,
        nearby,
        r.anyWithinRadius(),
        Presentation.distanceText(r.radiusKm()),
        calendar);
  }

  /**
   * The map page: the map, and for readers without JavaScript the groups by country; past {@link
   * MapPage#MAX_LISTED} groups only the countries with their counts (from the version's map grid,
   * not a pass over the groups), each linked to the groups near it.
   */
  MapPage map(DirectoryView view) {
    Directory d = view.directory();
    Layout layout =
        layout("Map of Python user groups", "map").describedAs(Descriptions.map(d.groups().size()));
    if (d.groups().size() > MapPage.MAX_LISTED) {
      MapGrid grid = view.map();
      TreeMap<String, Integer> byName = new TreeMap<>();
      grid.countries().forEach((code, n) -> byName.merge(countryName(code), n, Integer::sum));
      List<CountryCount> countries = new ArrayList<>();
      byName.forEach(
          (name, n) ->
              countries.add(new CountryCount(name, n, Presentation.placeChoice(name).href())));
      int listed = countries.stream().mapToInt(CountryCount::groups).sum();
      return new MapPage(layout, List.of(), countries, d.groups().size() - listed);
    }
    Map<String, List<GroupCard>> byCountry = new TreeMap<>();
    List<GroupCard> unplaced = new ArrayList<>();
    for (Group g : d.groups()) {
      String code = g.placement().countryCode();
      if (!g.placement().hasPoint() || code.isEmpty()) {
        unplaced.add(card(d, g));
      } else {
        byCountry.computeIfAbsent(countryName(code), k -> new ArrayList<>()).add(card(d, g));
      }
    }
    List<CountryGroups> list = new ArrayList<>();
    byCountry.forEach((country, cards) -> list.add(new CountryGroups(country, sorted(cards))));
    if (!unplaced.isEmpty()) {
      list.add(new CountryGroups("Not placed on the map yet", sorted(unplaced)));
    }
    return new MapPage(layout, list, List.of(), 0);
  }

  // ---- pure parts, tested in PageViewsTest

  static int countryCount(Directory d) {
    return d.countryCount();
  }

  /**
   * The table of contents below a region ("" for the whole tree), each entry with the groups under
   * it.
   */
  static List<TocEntry> toc(Directory d, String parentSlug) {
    return d.mapTree(
        parentSlug,
        (r, children) -> new TocEntry(r.slug(), r.name(), d.groupCountUnder(r.slug()), children));
  }

  /** The groups a region lists from the {@code from}-th (0-based), at most {@code limit}. */
  private static List<Group> groupsOf(Directory d, Region r, int from, int limit) {
    List<String> slugs = r.groupSlugs();
    int start = Math.min(from, slugs.size());
    int end = (int) Math.min((long) start + limit, slugs.size());
    return slugs.subList(start, end).stream().flatMap(slug -> d.group(slug).stream()).toList();
  }

  RegionSection section(Directory d, Region r) {
    return section(r, groupsOf(d, r, 0, Integer.MAX_VALUE), evidence.apply(d));
  }

  private static RegionSection section(Region r, List<Group> listed, Function<Group, Evidence> of) {
    List<GroupCard> groups = listed.stream().map(g -> card(g, of.apply(g))).toList();
    int heading = Math.min(Math.max(r.level() + 1, 2), 6);
    return new RegionSection(
        r.slug(),
        r.name(),
        heading,
        groups,
        r.resources().stream().map(Presentation::link).toList());
  }

  static GroupCard card(Group g, Evidence e) {
    return new GroupCard(
        g.slug(),
        g.name(),
        g.description(),
        g.mainLink().map(l -> Presentation.cardLink(g, l)),
        e.kind().id(),
        e.kind().label(),
        e.explanation(),
        Presentation.shortPlace(g.placement()));
  }

  /** A card with the group's evidence as this directory's observations give it. */
  private GroupCard card(Directory d, Group g) {
    return card(g, evidence.apply(d).apply(g));
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
}

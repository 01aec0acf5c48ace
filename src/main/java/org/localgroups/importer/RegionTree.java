package org.localgroups.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region.RegionKind;
import org.localgroups.directory.Slugs;
import org.localgroups.importer.Drafts.RegionDraft;
import org.localgroups.outline.Block;

/**
 * The regions of one page as its headings nest them, and the sub-regions plain entries open below a
 * heading ("Regional (by State)"). Each region is placed as it is made: what it names (a continent,
 * a country, a state, a city) is read within the place of the region above it, and gives its kind.
 */
final class RegionTree {
  private record HeadingFrame(int level, RegionDraft region) {}

  private final Placer placer;
  private final Slugs slugs = new Slugs();
  private final List<RegionDraft> regions = new ArrayList<>();
  private final Deque<HeadingFrame> headings = new ArrayDeque<>();

  /**
   * The line of the page's single outermost heading when every other heading is below it (the
   * tree's root), else 0.
   */
  private final int rootLine;

  RegionTree(List<Block> content, Placer placer) {
    this.placer = placer;
    this.rootLine = rootLine(content);
  }

  private static int rootLine(List<Block> content) {
    List<Block.Heading> all =
        content.stream()
            .filter(Block.Heading.class::isInstance)
            .map(Block.Heading.class::cast)
            .toList();
    if (all.isEmpty()) {
      return 0;
    }
    Block.Heading first = all.get(0);
    long sameOrHigher = all.stream().filter(h -> h.level() <= first.level()).count();
    boolean hasDeeper = all.stream().anyMatch(h -> h.level() > first.level());
    return sameOrHigher == 1 && hasDeeper ? first.line() : 0;
  }

  /** Whether no heading has opened a region yet (the page's introduction). */
  boolean beforeFirstHeading() {
    return headings.isEmpty();
  }

  /** The region of the nearest heading above; only after the first heading. */
  RegionDraft underHeading() {
    return headings.getFirst().region();
  }

  /**
   * Whether running text here stands under the page's own title, before its first section, and so
   * introduces the page: the root region is the last one made and nothing is listed in it yet.
   */
  boolean atPageTitle() {
    RegionDraft under = underHeading();
    return under.kind == RegionKind.ROOT
        && under.groupSlugs.isEmpty()
        && under.resources.isEmpty()
        && regions.getLast() == under;
  }

  List<RegionDraft> regions() {
    return regions;
  }

  /** The region a heading opens, below the nearest heading above it of a higher level. */
  RegionDraft heading(Block.Heading h) {
    while (!headings.isEmpty() && headings.peek().level() >= h.level()) {
      headings.pop();
    }
    Optional<RegionDraft> parent =
        headings.isEmpty() ? Optional.empty() : Optional.of(headings.peek().region());
    RegionDraft region;
    if (parent.isEmpty() && h.line() == rootLine) {
      region =
          new RegionDraft(
              slugs.claim(h.text()),
              h.text(),
              1,
              "",
              RegionKind.ROOT,
              Placement.unplaced("the page's top heading"),
              h.line());
      regions.add(region);
    } else {
      region = add(parent, h.text(), h.line());
    }
    headings.push(new HeadingFrame(h.level(), region));
    return region;
  }

  /**
   * A sub-region of {@code parent}, read as a heading would be: "- India" under "Asia" is the
   * country India.
   */
  RegionDraft subRegion(RegionDraft parent, String name, int line) {
    return add(Optional.of(parent), name, line);
  }

  private RegionDraft add(Optional<RegionDraft> parent, String name, int line) {
    Placement parentPlace = parent.map(p -> p.place).orElse(Placement.unplaced("top of the page"));
    RegionKind parentKind = parent.map(p -> p.kind).orElse(RegionKind.ROOT);
    Placer.RegionPlace place = place(name, parentPlace, parentKind);
    String parentSlug = parent.map(p -> p.slug).orElse("");
    String slug =
        place.kind() == RegionKind.OTHER && !parentSlug.isEmpty()
            ? slugs.claim(parentSlug + " " + name)
            : slugs.claim(name, parentSlug);
    RegionDraft region =
        new RegionDraft(
            slug,
            name,
            parent.map(p -> p.level + 1).orElse(1),
            parentSlug,
            place.kind(),
            place.placement(),
            line);
    regions.add(region);
    return region;
  }

  /**
   * What a heading (or a plain bullet standing for one) names; a flag ("🇩🇪 Deutschland") names
   * its country.
   */
  private Placer.RegionPlace place(String name, Placement parent, RegionKind parentKind) {
    Placer.RegionPlace place = placer.placeHeading(name, parent, parentKind);
    if (place.kind() == RegionKind.OTHER && parent.countryCode().isEmpty()) {
      Optional<Placement> flagged = placer.countryOfFlag(ListingLine.flagCountry(name));
      if (flagged.isPresent()) {
        return new Placer.RegionPlace(RegionKind.COUNTRY, flagged.get());
      }
    }
    return place;
  }
}

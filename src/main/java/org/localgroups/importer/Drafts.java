package org.localgroups.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.directory.Region.RegionKind;

/** Mutable drafts used while one import runs; frozen into records at the end. */
final class Drafts {
  private Drafts() {}

  /**
   * The page read: its regions and groups as drafts, the groups not yet placed.
   *
   * @param groups in the order they were first listed
   */
  record PageDraft(
      String title, List<IntroLine> intro, List<RegionDraft> regions, List<GroupDraft> groups) {
    PageDraft {
      intro = List.copyOf(intro);
      regions = List.copyOf(regions);
      groups = List.copyOf(groups);
    }

    /** The directory, each group with its placement. */
    Directory freeze(Map<GroupDraft, Placement> placements) {
      return new Directory(
          title,
          intro,
          regions.stream().map(RegionDraft::freeze).toList(),
          groups.stream().map(g -> g.freeze(Objects.requireNonNull(placements.get(g)))).toList());
    }
  }

  static final class RegionDraft {
    final String slug;
    final String name;
    final int level;
    final String parentSlug;
    final RegionKind kind;
    final Placement place;
    final int line;
    final List<Link> resources = new ArrayList<>();
    final List<String> groupSlugs = new ArrayList<>();

    RegionDraft(
        String slug,
        String name,
        int level,
        String parentSlug,
        RegionKind kind,
        Placement place,
        int line) {
      this.slug = slug;
      this.name = name;
      this.level = level;
      this.parentSlug = parentSlug;
      this.kind = kind;
      this.place = place;
      this.line = line;
    }

    void list(String groupSlug) {
      if (!groupSlugs.contains(groupSlug)) {
        groupSlugs.add(groupSlug);
      }
    }

    Region freeze() {
      return new Region(slug, name, level, parentSlug, kind, place, resources, groupSlugs, line);
    }
  }

  static final class GroupDraft {
    /**
     * How long a description may grow from wrapped lines; a real entry wraps over two or three
     * lines, and the bound keeps a hostile page of one endless entry linear (later lines become
     * notes).
     */
    static final int MAX_JOINED_DESCRIPTION = 2_000;

    final String slug;
    final String name;

    /**
     * The first word of its name, lowercased, for telling another listing of it from another group.
     */
    final String firstWord;

    String description;
    final RegionDraft firstRegion;
    final List<Link> links = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();
    GroupStatus status;
    String founded;
    String meeting;

    /** ISO code of a flag emoji on the group's line ("🇩🇪 Berlin.rb"), or "". */
    String flagCountry = "";

    /**
     * The last source line of the group's own entry, while a next line may still continue it; else
     * 0.
     */
    int entryEnd;

    /**
     * Whether that entry is a paragraph (continued by the next paragraph line) rather than a list
     * item.
     */
    boolean entryIsParagraph;

    GroupDraft(
        String slug,
        String name,
        String firstWord,
        String description,
        RegionDraft firstRegion,
        ListingFacts facts) {
      this.slug = slug;
      this.name = name;
      this.firstWord = firstWord;
      this.description = description;
      this.firstRegion = firstRegion;
      this.status = facts.status();
      this.founded = facts.founded();
      this.meeting = facts.meeting();
    }

    /**
     * Whether the group's own entry goes on at {@code line}: the next line of the same item or
     * paragraph, while its description is within {@link #MAX_JOINED_DESCRIPTION}.
     */
    boolean goesOnAt(int line, boolean paragraph) {
      return entryEnd > 0
          && entryEnd == line - 1
          && entryIsParagraph == paragraph
          && description.length() < MAX_JOINED_DESCRIPTION;
    }

    void addLink(Link link) {
      boolean known =
          links.stream()
              .anyMatch(
                  l ->
                      l.url().equals(link.url())
                          && l.written().equals(link.written())
                          && (!link.url().isEmpty() || l.label().equals(link.label())));
      if (!known) {
        links.add(link);
      }
    }

    /** Facts told by a later line (a sub-bullet) fill what the listing line left open. */
    void learn(ListingFacts facts) {
      if (status == GroupStatus.ACTIVE) {
        status = facts.status();
      }
      if (founded.isEmpty()) {
        founded = facts.founded();
      }
      if (meeting.isEmpty()) {
        meeting = facts.meeting();
      }
    }

    Group freeze(Placement placement) {
      return new Group(
          slug, name, description, links, status, founded, meeting, notes, placement, lines);
    }
  }
}

package org.localgroups.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;

/**
 * The field-by-field difference of two states of one entity, for history pages, the CLI and feeds.
 */
public final class StateDiff {
  private StateDiff() {}

  /**
   * The fields that differ, in a fixed order; every field of {@code after} when {@code before} is
   * null (a creation).
   *
   * @param regionName the name of a region by its id, to show a group's regions and a region's
   *     parent
   */
  public static List<FieldChange> between(
      @Nullable EntityState before, EntityState after, Function<String, String> regionName) {
    List<FieldChange> out = new ArrayList<>();
    switch (after) {
      case GroupState a -> {
        GroupState b = before instanceof GroupState g ? g : null;
        add(out, "name", b == null ? null : b.name(), a.name());
        add(out, "slug", b == null ? null : b.slug(), a.slug());
        add(out, "description", b == null ? null : b.description(), a.description());
        add(out, "links", b == null ? null : links(b.links()), links(a.links()));
        add(out, "status", b == null ? null : lower(b.status()), lower(a.status()));
        add(out, "founded", b == null ? null : b.founded(), a.founded());
        add(out, "meeting", b == null ? null : b.meeting(), a.meeting());
        add(
            out,
            "meeting rules",
            b == null ? null : String.join("\n", b.meetingRules()),
            String.join("\n", a.meetingRules()));
        add(
            out,
            "notes",
            b == null ? null : String.join("\n", b.notes()),
            String.join("\n", a.notes()));
        add(out, "place", b == null ? null : place(b.placement()), place(a.placement()));
        add(
            out,
            "regions",
            b == null ? null : names(b.regions(), regionName),
            names(a.regions(), regionName));
      }
      case RegionState a -> {
        RegionState b = before instanceof RegionState r ? r : null;
        add(out, "name", b == null ? null : b.name(), a.name());
        add(out, "slug", b == null ? null : b.slug(), a.slug());
        add(
            out,
            "parent",
            b == null ? null : names(List.of(b.parent()), regionName),
            names(List.of(a.parent()), regionName));
        add(out, "kind", b == null ? null : lower(b.kind()), lower(a.kind()));
        add(out, "place", b == null ? null : place(b.place()), place(a.place()));
        add(out, "resources", b == null ? null : links(b.resources()), links(a.resources()));
      }
      case IntroState a -> {
        IntroState b = before instanceof IntroState i ? i : null;
        add(out, "title", b == null ? null : b.title(), a.title());
        add(out, "introduction", b == null ? null : intro(b.lines()), intro(a.lines()));
      }
    }
    return List.copyOf(out);
  }

  private static void add(
      List<FieldChange> out, String field, @Nullable String before, String after) {
    if (!Objects.equals(before, after) && !(before == null && after.isEmpty())) {
      out.add(new FieldChange(field, before == null ? "" : before, after));
    }
  }

  /** One line per link: "Website: PyKrakow <http://pykrakow.org/>". */
  static String links(List<Link> links) {
    return links.stream()
        .map(
            l ->
                lower(l.kind()).replace('_', ' ')
                    + ": "
                    + (l.label().isEmpty() ? "" : l.label() + " ")
                    + "<"
                    + (l.url().isEmpty() ? l.written() : l.url())
                    + ">")
        .collect(Collectors.joining("\n"));
  }

  static String place(Placement p) {
    if (!p.isPlaced()) {
      return p.precision() == Placement.Precision.CONTINENT
          ? p.name() + " (continent)"
          : "not placed";
    }
    return p.name()
        + (p.countryCode().isEmpty() || p.precision() == Placement.Precision.COUNTRY
            ? ""
            : ", " + p.countryCode())
        + " ("
        + lower(p.precision())
        + ")";
  }

  private static String names(List<String> ids, Function<String, String> regionName) {
    return ids.stream()
        .filter(id -> !id.isEmpty())
        .map(regionName)
        .collect(Collectors.joining(", "));
  }

  private static String intro(List<IntroLine> lines) {
    return lines.stream().map(IntroLine::text).collect(Collectors.joining("\n"));
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}

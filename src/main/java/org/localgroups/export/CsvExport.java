package org.localgroups.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.revision.Timeline;

/**
 * One row per group for spreadsheets: RFC 4180 with a header row and CRLF line ends. Text cells
 * that a spreadsheet would run as a formula are defused (see {@link #text}). Lists inside a cell
 * are joined with "; " (regions) or " | " (links, notes). Coordinates are given for every precision
 * but "unplaced", rounded to six decimals; the precision column says how much they mean. The last
 * four columns are the group's timeline (when it was first listed and last changed, UTC to the
 * second, and by which revision), empty when the writer was given none for the group.
 */
final class CsvExport {
  static final List<String> HEADER =
      List.of(
          "slug",
          "name",
          "description",
          "status",
          "founded",
          "meeting",
          "regions",
          "region_names",
          "place",
          "admin1",
          "country_code",
          "precision",
          "latitude",
          "longitude",
          "confidence",
          "main_url",
          "links",
          "notes",
          "first_listed",
          "first_listed_revision",
          "last_changed",
          "last_changed_revision");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

  /** Times as ISO 8601 instants in UTC ("2012-02-09T18:30:00Z"): spreadsheets read them. */
  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

  private CsvExport() {}

  /**
   * Writes one row per group.
   *
   * @param timelines the groups' timelines by group id (a group without one gets empty cells)
   */
  static void write(Directory directory, Map<String, Timeline> timelines, Writer out)
      throws IOException {
    // not try-with-resources: closing the printer would close the caller's writer
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    for (Group g : directory.groups()) {
      List<String> row = new java.util.ArrayList<>(row(directory, g));
      row.addAll(timeline(timelines.get(g.id())));
      printer.printRecord(row);
    }
    printer.flush();
  }

  private static List<String> timeline(@Nullable Timeline t) {
    if (t == null) {
      return List.of("", "", "", "");
    }
    return List.of(
        TIME.format(t.firstListed().at().truncatedTo(ChronoUnit.SECONDS)),
        Long.toString(t.firstListed().revision()),
        TIME.format(t.lastChanged().at().truncatedTo(ChronoUnit.SECONDS)),
        Long.toString(t.lastChanged().revision()));
  }

  private static List<String> row(Directory d, Group g) {
    List<Region> regions = d.regionsOf(g.slug());
    Placement p = g.placement();
    boolean point =
        p.precision() != Placement.Precision.UNPLACED
            && Placement.isOnEarth(p.latitude(), p.longitude());
    return List.of(
        text(g.slug()),
        text(g.name()),
        text(g.description()),
        lower(g.status()),
        text(g.founded()),
        text(g.meeting()),
        text(regions.stream().map(Region::slug).collect(Collectors.joining("; "))),
        text(regions.stream().map(Region::name).collect(Collectors.joining("; "))),
        text(p.name()),
        text(p.admin1()),
        text(p.countryCode()),
        lower(p.precision()),
        point ? Coordinates.text(p.latitude()) : "",
        point ? Coordinates.text(p.longitude()) : "",
        confidence(p.confidence()),
        text(g.mainLink().map(Link::url).orElse("")),
        text(g.links().stream().map(CsvExport::link).collect(Collectors.joining(" | "))),
        text(String.join(" | ", g.notes())));
  }

  /** "meetup https://..." or, for a wiki page without URL, "wiki_page MelbournePUG". */
  private static String link(Link l) {
    return lower(l.kind()) + " " + (l.url().isEmpty() ? l.written() : l.url());
  }

  private static String confidence(double c) {
    if (!Double.isFinite(c)) {
      return "";
    }
    BigDecimal rounded =
        BigDecimal.valueOf(c).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    return (rounded.signum() == 0 ? BigDecimal.ZERO : rounded).toPlainString();
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /**
   * A text cell that a spreadsheet will not evaluate: per OWASP's CSV injection advice, a cell that
   * starts with = + - @ tab or carriage return gets a leading apostrophe. Numbers we format
   * ourselves do not pass through here, so negative coordinates stay numbers.
   */
  static String text(String cell) {
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }
}

package org.localgroups.export;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;

/**
 * The CSV export read back row by row (commons-csv parses lazily): each row one group, its regions
 * by slug and name. What the CSV does not carry stays empty: links' labels, places' GeoNames ids
 * and reasons, source lines, the region tree (a region not stored yet is made at the top level).
 * Bad rows are all reported (the first {@link #MAX_ERRORS}); after the first, no more rows are
 * given to the sink.
 */
final class CsvRecords {
  static final int MAX_ERRORS = 10;

  /** The export's columns without its timeline (the last four), which are not read. */
  private static final List<String> COLUMNS = CsvExport.HEADER.subList(0, 18);

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private final Reader in;
  private final DirectorySink sink;
  private final Set<String> regions = new HashSet<>();
  private final List<String> errors = new ArrayList<>();
  private long record;

  CsvRecords(Reader in, DirectorySink sink) {
    this.in = in;
    this.sink = sink;
  }

  long read() throws IOException {
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
      List<String> header = parser.getHeaderNames();
      if (header.size() < COLUMNS.size() || !header.subList(0, COLUMNS.size()).equals(COLUMNS)) {
        throw LocalGroupsException.badInput(
            "Bad directory CSV: the header must begin with the export's columns "
                + String.join(",", COLUMNS)
                + "; nothing was imported.");
      }
      Iterator<CSVRecord> rows = parser.iterator();
      while (errors.size() < MAX_ERRORS) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord row;
        try {
          if (!rows.hasNext()) {
            break;
          }
          row = rows.next();
        } catch (UncheckedIOException e) {
          errors.add("line " + line + ": " + e.getMessage());
          break;
        }
        read(row, line);
      }
    }
    if (!errors.isEmpty()) {
      throw LocalGroupsException.badInput(
          "Bad directory CSV, nothing was imported: "
              + String.join("; ", errors)
              + (errors.size() == MAX_ERRORS ? "; (reading stopped after " + MAX_ERRORS + ")" : "")
              + ".");
    }
    return record;
  }

  private void read(CSVRecord row, long line) {
    record++;
    String where = "record " + record + " (line " + line + ")";
    if (row.size() < COLUMNS.size()) {
      errors.add(where + ": " + row.size() + " cells, expected " + COLUMNS.size() + " or more");
      return;
    }
    try {
      List<String> slugs = list(text(row.get("regions")), "; ");
      List<String> names = list(text(row.get("region_names")), "; ");
      if (slugs.size() != names.size()) {
        throw new BadCell(
            "regions", slugs.size() + " region slugs but " + names.size() + " region names");
      }
      Group group = group(row);
      if (errors.isEmpty()) {
        for (int i = 0; i < slugs.size(); i++) {
          if (regions.add(slugs.get(i))) {
            sink.regionNamed(slugs.get(i), names.get(i), record);
          }
        }
        sink.group(group, slugs, List.of(), record);
      }
    } catch (BadCell e) {
      errors.add(where + ", column " + e.column + ": " + e.getMessage());
    }
  }

  private static Group group(CSVRecord row) {
    String slug = text(row.get("slug"));
    if (slug.isBlank()) {
      throw new BadCell("slug", "a group needs a slug");
    }
    Placement.Precision precision = named(Placement.Precision.class, row, "precision");
    Placement place =
        precision == Placement.Precision.UNPLACED
            ? Placement.unplaced("")
            : new Placement(
                precision,
                text(row.get("place")),
                text(row.get("country_code")),
                text(row.get("admin1")),
                degrees(row, "latitude", 90),
                degrees(row, "longitude", 180),
                0,
                number(row, "confidence"),
                "");
    List<Link> links = new ArrayList<>();
    for (String cell : list(text(row.get("links")), " | ")) {
      links.add(link(cell));
    }
    return new Group(
        slug,
        text(row.get("name")),
        text(row.get("description")),
        links,
        named(GroupStatus.class, row, "status"),
        text(row.get("founded")),
        text(row.get("meeting")),
        list(text(row.get("notes")), " | "),
        place,
        List.of());
  }

  /** "meetup https://..." or "wiki_page MelbournePUG" (a wiki page without URL). */
  private static Link link(String cell) {
    int space = cell.indexOf(' ');
    if (space <= 0) {
      throw new BadCell("links", "'" + cell + "' is not a link kind and a URL");
    }
    LinkKind kind;
    try {
      kind = LinkKind.valueOf(cell.substring(0, space).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadCell("links", "'" + cell.substring(0, space) + "' is not a link kind");
    }
    String target = cell.substring(space + 1);
    boolean url = target.contains(":");
    return new Link(kind, url ? target : "", "", target);
  }

  private static <E extends Enum<E>> E named(Class<E> type, CSVRecord row, String column) {
    String cell = row.get(column);
    try {
      return Enum.valueOf(type, cell.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> known = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        known.add(c.name().toLowerCase(Locale.ROOT));
      }
      throw new BadCell(column, "'" + cell + "' is not one of " + String.join(", ", known));
    }
  }

  /** Degrees within +-limit; an empty cell (a place without a point) is 0. */
  private static double degrees(CSVRecord row, String column, double limit) {
    if (row.get(column).isEmpty()) {
      return 0;
    }
    double value = number(row, column);
    if (!(value >= -limit && value <= limit)) {
      throw new BadCell(column, "'" + row.get(column) + "' is not within +-" + (int) limit);
    }
    return value;
  }

  /** A number; an empty cell is NaN (the export writes none for a value that is not finite). */
  private static double number(CSVRecord row, String column) {
    String cell = row.get(column);
    if (cell.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new BadCell(column, "'" + cell + "' is not a number");
    }
  }

  private static List<String> list(String cell, String separator) {
    if (cell.isEmpty()) {
      return List.of();
    }
    return List.of(cell.split(java.util.regex.Pattern.quote(separator), -1));
  }

  /** A text cell as written before {@link CsvExport#text} defused it. */
  static String text(String cell) {
    if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  /** A cell that is not what its column holds. */
  private static final class BadCell extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String column;

    BadCell(String column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }
}

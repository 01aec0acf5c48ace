package org.localgroups.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;

class DirectoryJsonTest {
  static Directory tiny() {
    Placement city =
        new Placement(
            Placement.Precision.CITY,
            "Kraków",
            "PL",
            "Lesser Poland",
            50.06143,
            19.93658,
            3094802,
            0.98,
            "name says 'Cracow'");
    return new Directory(
        "Tiny",
        List.of(IntroLine.plain("Hello \"world\"")),
        List.of(
            new Region(
                "poland",
                "Poland",
                1,
                "",
                Region.RegionKind.COUNTRY,
                Placement.unplaced(""),
                List.of(),
                List.of("pykonik"),
                2)),
        List.of(
            new Group(
                "pykonik",
                "PyKonik",
                "",
                List.of(
                    new Link(
                        LinkKind.MAILING_LIST,
                        "mailto:x@y?Subject=subscribe",
                        "list",
                        "x@y?Subject=subscribe")),
                GroupStatus.ACTIVE,
                "",
                "",
                List.of(),
                city,
                List.of(3))));
  }

  @Test
  void writesEveryFieldInAFixedOrder() {
    assertThat(Exports.render(tiny(), ExportFormat.JSON))
        .isEqualTo(
            """
        {
          "format_version": 1,
          "title": "Tiny",
          "intro": [
            {
              "text": "Hello \\"world\\"",
              "links": []
            }
          ],
          "regions": [
            {
              "slug": "poland",
              "name": "Poland",
              "level": 1,
              "parent_slug": "",
              "kind": "country",
              "place": {
                "precision": "unplaced",
                "name": "",
                "country_code": "",
                "admin1": "",
                "latitude": 0.0,
                "longitude": 0.0,
                "geoname_id": 0,
                "confidence": 0.0,
                "reason": ""
              },
              "resources": [],
              "group_slugs": [
                "pykonik"
              ],
              "line": 2
            }
          ],
          "groups": [
            {
              "slug": "pykonik",
              "name": "PyKonik",
              "description": "",
              "links": [
                {
                  "kind": "mailing_list",
                  "url": "mailto:x@y?Subject=subscribe",
                  "label": "list",
                  "written": "x@y?Subject=subscribe"
                }
              ],
              "status": "active",
              "founded": "",
              "meeting": "",
              "notes": [],
              "placement": {
                "precision": "city",
                "name": "Kraków",
                "country_code": "PL",
                "admin1": "Lesser Poland",
                "latitude": 50.06143,
                "longitude": 19.93658,
                "geoname_id": 3094802,
                "confidence": 0.98,
                "reason": "name says 'Cracow'"
              },
              "lines": [
                3
              ]
            }
          ]
        }
        """);
  }

  @Test
  void sampleRoundTripsToAnEqualDirectory() {
    Directory sample = SampleDirectory.directory();
    assertThat(DirectoryJson.read(Exports.render(sample, ExportFormat.JSON))).isEqualTo(sample);
  }

  @Test
  void everyUrlIsWrittenVerbatim() throws Exception {
    Directory sample = SampleDirectory.directory();
    JsonNode root = new ObjectMapper().readTree(Exports.render(sample, ExportFormat.JSON));
    List<String> urls = new ArrayList<>();
    root.get("regions")
        .forEach(r -> r.get("resources").forEach(l -> urls.add(l.get("url").asText())));
    root.get("groups").forEach(g -> g.get("links").forEach(l -> urls.add(l.get("url").asText())));
    assertThat(urls)
        .filteredOn(u -> !u.isEmpty())
        .containsExactlyElementsOf(SampleDirectory.urls(sample))
        .contains(
            SampleDirectory.MAILTO,
            SampleDirectory.FORUM,
            SampleDirectory.PHOTOS,
            SampleDirectory.LINKEDIN);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      syntax error       | {"title": "x",}                                | line 1, column 15 | malformed JSON
      not an object      | [1, 2]                                         | line 1, column 1  | cannot deserialize value of type Directory object from Array value
      unknown field      | {"format_version": 1, "title": "", "intro": [], "regions": [], "groups": [], "titel": "x"} | line 1, column 88 | unknown field 'titel'
      missing field      | {"format_version": 1, "intro": [], "regions": [], "groups": []} | line 1 | missing field 'title'
      duplicate field    | {"title": "a", "title": "b"}                   | line 1, column 23 | Duplicate field 'title'
      trailing garbage   | {"format_version": 1, "title": "", "intro": [], "regions": [], "groups": []} x | line 1 | malformed JSON
      """)
  void refusesBadJsonSayingWhereAndWhat(String why, String json, String where, String what) {
    assertThatThrownBy(() -> DirectoryJson.read(json))
        .isInstanceOfSatisfying(
            LocalGroupsException.class,
            e -> assertThat(e.kind()).isEqualTo(LocalGroupsException.Kind.BAD_INPUT))
        .hasMessageStartingWith("Bad directory JSON at " + where)
        .hasMessageContaining(what);
  }

  @Test
  void refusesEmptyInput() {
    assertThatThrownBy(() -> DirectoryJson.read(""))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("the input is empty");
  }

  @Test
  void namesTheFieldOfABadEnumValueAndListsTheGoodOnes() {
    String json = Exports.render(tiny(), ExportFormat.JSON).replace("\"country\"", "\"county\"");
    assertThatThrownBy(() -> DirectoryJson.read(json))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageStartingWith("Bad directory JSON at line 16, column 15 (regions[0].kind)")
        .hasMessageContaining("'county' is not one of root, continent, country, state, city, other")
        .hasMessageNotContaining("org.localgroups");
  }

  @Test
  void refusesAMissingField() {
    String json = Exports.render(tiny(), ExportFormat.JSON).replace("\"founded\": \"\",", "");
    assertThatThrownBy(() -> DirectoryJson.read(json))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("groups[0]")
        .hasMessageContaining("'founded'")
        .hasMessageNotContaining("org.localgroups");
  }

  @Test
  void refusesNullsInsideAndOutsideLists() {
    String nullField =
        Exports.render(tiny(), ExportFormat.JSON).replace("\"title\": \"Tiny\"", "\"title\": null");
    String nullElement =
        Exports.render(tiny(), ExportFormat.JSON).replace("\"pykonik\"\n", "null\n");
    assertThatThrownBy(() -> DirectoryJson.read(nullField))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("title");
    assertThatThrownBy(() -> DirectoryJson.read(nullElement))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("group_slugs")
        .hasMessageContaining("null is not allowed");
  }

  @Test
  void refusesAnotherFormatVersion() {
    String json =
        Exports.render(tiny(), ExportFormat.JSON)
            .replace("\"format_version\": 1", "\"format_version\": 2");
    assertThatThrownBy(() -> DirectoryJson.read(json))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("format_version 2 is not supported");
  }

  @Test
  void refusesANumberWhereTextBelongs() {
    String json =
        Exports.render(tiny(), ExportFormat.JSON).replace("\"name\": \"PyKonik\"", "\"name\": 5");
    assertThatThrownBy(() -> DirectoryJson.read(json))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessage(
            "Bad directory JSON at line 38, column 15 (groups[0].name): '5' is not a string.");
  }

  @Test
  void refusesAnObjectWhereAListBelongsInPlainWords() {
    String json = "{\"format_version\": 1, \"intro\": {}}";
    assertThatThrownBy(() -> DirectoryJson.read(json))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessage(
            "Bad directory JSON at line 1, column 32 (intro): cannot deserialize value of"
                + " type List<IntroDoc> from Object value (token START_OBJECT).");
  }

  @Test
  void refusesAWrongNumberType() {
    String json =
        Exports.render(tiny(), ExportFormat.JSON).replace("\"line\": 2", "\"line\": \"two\"");
    assertThatThrownBy(() -> DirectoryJson.read(json))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessage(
            "Bad directory JSON at line 32, column 15 (regions[0].line): cannot coerce"
                + " String value (\"two\") to int value.")
        .hasMessageNotContaining("org.localgroups");
  }
}

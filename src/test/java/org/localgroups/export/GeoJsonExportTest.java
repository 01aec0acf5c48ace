package org.localgroups.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Placement;

class GeoJsonExportTest {
  private static final ObjectMapper DECIMALS =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static JsonNode geoJson(Directory d) throws Exception {
    return DECIMALS.readTree(Exports.render(d, ExportFormat.GEOJSON));
  }

  @Test
  void writesAPointFeaturePerPlacedGroup() {
    assertThat(Exports.render(DirectoryJsonTest.tiny(), ExportFormat.GEOJSON))
        .isEqualTo(
            """
        {
          "type": "FeatureCollection",
          "unplaced": 0,
          "features": [
            {
              "type": "Feature",
              "id": "pykonik",
              "geometry": {
                "type": "Point",
                "coordinates": [
                  19.93658,
                  50.06143
                ]
              },
              "properties": {
                "name": "PyKonik",
                "id": "pykonik",
                "regions": [
                  "Poland"
                ],
                "links": [
                  {
                    "kind": "mailing_list",
                    "url": "mailto:x@y?Subject=subscribe",
                    "label": "list"
                  }
                ],
                "placed_at": "city",
                "place": "Kraków",
                "country_code": "PL",
                "status": "active"
              }
            }
          ]
        }
        """);
  }

  @Test
  void sampleHasTheRightStructure() throws Exception {
    JsonNode root = geoJson(SampleDirectory.directory());
    assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(root.get("unplaced").asInt()).isEqualTo(1);
    JsonNode features = root.get("features");
    assertThat(features).hasSize(3);
    Map<String, JsonNode> byId =
        StreamSupport.stream(features.spliterator(), false)
            .collect(Collectors.toMap(f -> f.get("properties").get("id").asText(), f -> f));
    assertThat(byId).containsOnlyKeys("pykonik", "python-ireland", "austin-python");
    for (JsonNode f : features) {
      assertThat(f.get("type").asText()).isEqualTo("Feature");
      assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
      assertThat(f.get("geometry").get("coordinates")).hasSize(2);
      assertThat(f.get("properties").fieldNames())
          .toIterable()
          .containsExactly(
              "name", "id", "regions", "links", "placed_at", "place", "country_code", "status");
    }

    JsonNode austin = byId.get("austin-python");
    assertThat(austin.get("geometry").get("coordinates").get(0).decimalValue())
        .isEqualByComparingTo("-97.743061");
    assertThat(austin.get("geometry").get("coordinates").get(1).decimalValue())
        .isEqualByComparingTo("30.267153");
    assertThat(austin.get("properties").get("status").asText()).isEqualTo("starting");
    assertThat(austin.get("properties").get("regions").get(0).asText()).isEqualTo("Texas");

    JsonNode ireland = byId.get("python-ireland").get("properties");
    assertThat(ireland.get("placed_at").asText()).isEqualTo("country");
    assertThat(ireland.get("regions"))
        .extracting(JsonNode::asText)
        .containsExactly("Ireland", "United Kingdom");
    assertThat(ireland.get("country_code").asText()).isEqualTo("IE");

    List<String> urls = new ArrayList<>();
    features.forEach(
        f ->
            f.get("properties")
                .get("links")
                .forEach(
                    l -> {
                      assertThat(l.fieldNames())
                          .toIterable()
                          .containsExactly("kind", "url", "label");
                      urls.add(l.get("url").asText());
                    }));
    assertThat(urls)
        .contains(
            SampleDirectory.MAILTO,
            SampleDirectory.PHOTOS,
            SampleDirectory.LINKEDIN,
            "irc://irc.libera.chat/#python-ie",
            "https://austin.example.org/jobs?q=python&page=2",
            "https://example.org/a%20b/c");
  }

  @Test
  void leavesOutContinentUnplacedAndImpossiblePointsButCountsThem() throws Exception {
    Group continent =
        group(
            "europe-wide",
            new Placement(Placement.Precision.CONTINENT, "Europe", "", "", 48.7, 9.1, 0, 0.5, ""));
    Group unplaced = group("nowhere", Placement.unplaced("no place in the listing"));
    Group broken =
        group(
            "broken",
            new Placement(Placement.Precision.CITY, "X", "", "", Double.NaN, 1, 0, 0.5, ""));
    Group offTheMap =
        group(
            "off-the-map",
            new Placement(Placement.Precision.CITY, "Y", "", "", 91, -181, 0, 0.5, ""));
    Group state =
        group(
            "texas-wide",
            new Placement(
                Placement.Precision.STATE,
                "Texas",
                "US",
                "Texas",
                31.25044,
                -99.25061,
                0,
                0.9,
                ""));
    JsonNode root =
        geoJson(
            new Directory(
                "", List.of(), List.of(), List.of(continent, unplaced, broken, offTheMap, state)));
    assertThat(root.get("unplaced").asInt()).isEqualTo(4);
    assertThat(root.get("features")).hasSize(1);
    JsonNode only = root.get("features").get(0).get("properties");
    assertThat(only.get("placed_at").asText()).isEqualTo("state");
    assertThat(only.get("regions")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "19.93658, 19.93658",
    "-97.7430608, -97.743061",
    "179.9999996, 180",
    "-0.0, 0",
    "1e-7, 0",
    "-4e-7, 0",
    "5e-7, 0.000001",
    "-180.0, -180",
    "0.1, 0.1"
  })
  void roundsCoordinatesToSixPlainDecimals(double degrees, String expected) {
    assertThat(Coordinates.text(degrees)).isEqualTo(expected);
  }

  @Property(tries = 100)
  void everyGroupIsAFeatureOrCountedUnplaced(@ForAll("directories") Directory d) throws Exception {
    JsonNode root = geoJson(d);
    assertThat(root.get("features").size() + root.get("unplaced").asInt())
        .isEqualTo(d.groups().size());
    for (JsonNode f : root.get("features")) {
      JsonNode lonLat = f.get("geometry").get("coordinates");
      assertThat(lonLat.get(0).isNumber()).isTrue();
      assertThat(lonLat.get(1).isNumber()).isTrue();
      assertThat(lonLat.get(0).decimalValue().scale()).isLessThanOrEqualTo(6);
      assertThat(lonLat.get(1).decimalValue().scale()).isLessThanOrEqualTo(6);
      assertThat(lonLat.get(0).doubleValue()).isBetween(-180.0, 180.0);
      assertThat(lonLat.get(1).doubleValue()).isBetween(-90.0, 90.0);
    }
  }

  @Provide
  Arbitrary<Directory> directories() {
    return new DirectoryJsonPropertiesTest().directories();
  }

  private static Group group(String slug, Placement p) {
    return new Group(
        slug, slug, "", List.of(), GroupStatus.ACTIVE, "", "", List.of(), p, List.of());
  }
}

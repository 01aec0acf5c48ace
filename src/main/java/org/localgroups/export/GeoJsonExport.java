package org.localgroups.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;

/**
 * The groups on a map, as an RFC 7946 FeatureCollection: one Point feature per group placed in a
 * city, state or country, coordinates {@code [longitude, latitude]} to six decimals. Groups without
 * a point are left out and counted in the foreign member {@code "unplaced"}; so are groups whose
 * coordinates are not a position on Earth. Each feature carries the group's slug as its {@code id}
 * too, for map libraries that key features by it.
 */
final class GeoJsonExport {
  private GeoJsonExport() {}

  static void write(Directory directory, Writer out) throws IOException {
    write(directory, out, g -> Map.of());
  }

  /**
   * As {@link #write(Directory, Writer)}, with each feature's {@code evidence} property: the fields
   * {@code extra} gives for its group, written when there are any.
   */
  static void write(Directory directory, Writer out, Function<Group, Map<String, String>> extra)
      throws IOException {
    long unplaced = directory.groups().stream().filter(g -> !g.placement().hasPoint()).count();
    try (JsonGenerator json = JsonStyle.MAPPER.createGenerator(out)) {
      json.setPrettyPrinter(JsonStyle.prettyPrinter());
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeNumberField("unplaced", unplaced);
      json.writeArrayFieldStart("features");
      for (Group g : directory.groups()) {
        if (g.placement().hasPoint()) {
          feature(json, directory, g, extra.apply(g));
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    } // AUTO_CLOSE_TARGET is off: closing the generator flushes, the writer stays open
    out.write('\n');
    out.flush();
  }

  private static void feature(
      JsonGenerator json, Directory d, Group g, Map<String, String> evidence) throws IOException {
    Placement p = g.placement();
    json.writeStartObject();
    json.writeStringField("type", "Feature");
    json.writeStringField("id", g.slug());
    json.writeObjectFieldStart("geometry");
    json.writeStringField("type", "Point");
    json.writeArrayFieldStart("coordinates");
    json.writeNumber(Coordinates.round(p.longitude()));
    json.writeNumber(Coordinates.round(p.latitude()));
    json.writeEndArray();
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeStringField("name", g.name());
    json.writeStringField("id", g.slug());
    json.writeArrayFieldStart("regions");
    for (Region r : d.regionsOf(g.slug())) {
      json.writeString(r.name());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("links");
    for (Link l : g.links()) {
      json.writeStartObject();
      json.writeStringField("kind", lower(l.kind()));
      json.writeStringField("url", l.url());
      json.writeStringField("label", l.label());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeStringField("placed_at", lower(p.precision()));
    json.writeStringField("place", p.name());
    json.writeStringField("country_code", p.countryCode());
    json.writeStringField("status", lower(g.status()));
    if (!evidence.isEmpty()) {
      json.writeObjectFieldStart("evidence");
      for (var e : evidence.entrySet()) {
        json.writeStringField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}

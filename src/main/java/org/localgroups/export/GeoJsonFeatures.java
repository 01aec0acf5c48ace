package org.localgroups.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;

/**
 * The groups on a map as an RFC 7946 FeatureCollection, written feature by feature: the one shape
 * of the GeoJSON export and of the map's views ({@code /api/groups.geojson?bbox=&zoom=}).
 *
 * <p>A group is a Point feature at its place, coordinates {@code [longitude, latitude]} to six
 * decimals, its slug as the feature's {@code id} and in its properties. A view adds clusters: Point
 * features at the mean of their groups with the properties {@code cluster: true} and {@code count},
 * and the RFC 7946 {@code bbox} member of the area to zoom to. The collection says how many groups
 * have no point ({@code "unplaced"}); a view also names its box ({@code bbox}) and how many groups
 * lie in it ({@code total}). Not thread-safe: one per document.
 */
public final class GeoJsonFeatures implements Closeable {
  private final JsonGenerator json;
  private final Writer out;
  private final Directory directory;

  private GeoJsonFeatures(Writer out, Directory directory) throws IOException {
    this.out = out;
    this.directory = directory;
    this.json = JsonStyle.MAPPER.createGenerator(out);
    json.setPrettyPrinter(JsonStyle.prettyPrinter());
  }

  /** The whole directory's collection (the export): no box, no total. */
  public static GeoJsonFeatures collection(Writer out, Directory directory, long unplaced)
      throws IOException {
    GeoJsonFeatures f = new GeoJsonFeatures(out, directory);
    f.start(unplaced);
    f.json.writeArrayFieldStart("features");
    return f;
  }

  /**
   * A view's collection: the box asked about ({@code [west, south, east, north]}, west east of east
   * across the antimeridian) and how many groups lie in it.
   */
  public static GeoJsonFeatures view(
      Writer out,
      Directory directory,
      long unplaced,
      double west,
      double south,
      double east,
      double north,
      long total)
      throws IOException {
    GeoJsonFeatures f = new GeoJsonFeatures(out, directory);
    f.start(unplaced);
    f.bbox(west, south, east, north);
    f.json.writeNumberField("total", total);
    f.json.writeArrayFieldStart("features");
    return f;
  }

  private void start(long unplaced) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "FeatureCollection");
    json.writeNumberField("unplaced", unplaced);
  }

  private void bbox(double west, double south, double east, double north) throws IOException {
    json.writeArrayFieldStart("bbox");
    json.writeNumber(Coordinates.round(west));
    json.writeNumber(Coordinates.round(south));
    json.writeNumber(Coordinates.round(east));
    json.writeNumber(Coordinates.round(north));
    json.writeEndArray();
  }

  private void point(double latitude, double longitude) throws IOException {
    json.writeObjectFieldStart("geometry");
    json.writeStringField("type", "Point");
    json.writeArrayFieldStart("coordinates");
    json.writeNumber(Coordinates.round(longitude));
    json.writeNumber(Coordinates.round(latitude));
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * A group's feature, with an {@code evidence} object in its properties when {@code evidence} has
   * fields (kept in their order).
   *
   * @throws IllegalArgumentException for a group without a point on the map
   */
  public void group(Group g, Map<String, String> evidence) throws IOException {
    Placement p = g.placement();
    if (!p.hasPoint()) {
      throw new IllegalArgumentException("group " + g.slug() + " has no point on the map");
    }
    json.writeStartObject();
    json.writeStringField("type", "Feature");
    json.writeStringField("id", g.slug());
    point(p.latitude(), p.longitude());
    json.writeObjectFieldStart("properties");
    json.writeStringField("name", g.name());
    json.writeStringField("id", g.slug());
    json.writeArrayFieldStart("regions");
    for (Region r : directory.regionsOf(g.slug())) {
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

  /**
   * A cluster's feature: {@code count} groups drawn as one, at their mean point, with the box to
   * zoom to for seeing them apart.
   */
  public void cluster(
      String id,
      double latitude,
      double longitude,
      long count,
      double west,
      double south,
      double east,
      double north)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "Feature");
    json.writeStringField("id", id);
    bbox(west, south, east, north);
    point(latitude, longitude);
    json.writeObjectFieldStart("properties");
    json.writeBooleanField("cluster", true);
    json.writeNumberField("count", count);
    json.writeEndObject();
    json.writeEndObject();
  }

  /** Ends the collection; the writer stays open, flushed and ended with a line feed. */
  @Override
  public void close() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.close(); // AUTO_CLOSE_TARGET is off: closing the generator flushes, the writer stays open
    out.write('\n');
    out.flush();
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}

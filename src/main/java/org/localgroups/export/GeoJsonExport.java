package org.localgroups.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Function;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;

/**
 * The groups on a map, as an RFC 7946 FeatureCollection (shape: {@link GeoJsonFeatures}): one Point
 * feature per group placed in a city, state or country. Groups without a point are left out and
 * counted in the foreign member {@code "unplaced"}; so are groups whose coordinates are not a
 * position on Earth.
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
    try (GeoJsonFeatures features = GeoJsonFeatures.collection(out, directory, unplaced)) {
      for (Group g : directory.groups()) {
        if (g.placement().hasPoint()) {
          features.group(g, extra.apply(g));
        }
      }
    }
  }
}

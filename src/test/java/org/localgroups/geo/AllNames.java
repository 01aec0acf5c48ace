package org.localgroups.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * Every normalised name of the bundled gazetteer as a plain array: the full-scan baseline of the
 * benchmarks.
 */
public final class AllNames {
  private AllNames() {}

  public static String[] keys() {
    try (InputStream in =
        new GZIPInputStream(
            AllNames.class.getResourceAsStream("/geo/" + GeoNamesGazetteer.NAMES))) {
      NameIndex index = NameIndex.read(in);
      String[] keys = new String[index.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = index.key(i);
      }
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String normalise(String text) {
    return org.localgroups.text.Fold.key(text);
  }
}

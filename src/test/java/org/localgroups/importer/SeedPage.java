package org.localgroups.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.localgroups.geo.GeoNamesGazetteer;
import org.localgroups.moin.MoinOutlineReader;

/** The bundled LocalUserGroups page, read and imported once for all tests that look at it. */
final class SeedPage {
  static final String TEXT = read();
  static final GeoNamesGazetteer GAZETTEER = GeoNamesGazetteer.bundled();
  static final ImportResult RESULT = importText(TEXT, "LocalUserGroups.moin");

  private SeedPage() {}

  static ImportResult importText(String text, String source) {
    return new Importer(GAZETTEER)
        .read(new MoinOutlineReader().read(text, "LocalUserGroups"), source, "moin");
  }

  private static String read() {
    try (var in = SeedPage.class.getResourceAsStream("/seed/LocalUserGroups.moin")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.localgroups.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.localgroups.export.DirectoryJson;

/**
 * The seed's whole directory against a checked-in golden JSON (reviewed by eye once). A change of
 * the importer that changes the directory shows here line by line. To accept a reviewed change, run
 * with {@code -Dgolden.update=true} and read the diff before committing it.
 */
class GoldenSeedTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/LocalUserGroups.json");

  @Test
  void seedDirectoryMatchesTheReviewedGolden() throws IOException {
    StringWriter json = new StringWriter();
    DirectoryJson.write(SeedPage.RESULT.directory(), json);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, json.toString(), StandardCharsets.UTF_8);
    }
    assertThat(json.toString()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void goldenReadsBackToTheSameDirectory() throws IOException {
    try (var in = Files.newBufferedReader(GOLDEN, StandardCharsets.UTF_8)) {
      assertThat(DirectoryJson.read(in)).isEqualTo(SeedPage.RESULT.directory());
    }
  }
}

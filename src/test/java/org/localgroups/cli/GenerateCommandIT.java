package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code localgroups generate}: the same seed writes the same file; the page it writes imports into
 * the directory with every group (the importer places them from their regions and cities); the
 * structured formats parse; bad options are refused.
 */
class GenerateCommandIT {
  @TempDir Path tmp;

  private Path generate(int groups, long seed, String format) {
    Path file = tmp.resolve(seed + "-" + groups + "." + format);
    Run r =
        Run.of(
            "generate",
            "--groups",
            Integer.toString(groups),
            "--seed",
            Long.toString(seed),
            "--format",
            format,
            "-o",
            file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).startsWith("Wrote " + groups + " groups in ");
    return file;
  }

  @Test
  void theSameSeedWritesTheSameWorldAndAnotherSeedAnother() throws Exception {
    byte[] one = Files.readAllBytes(generate(400, 7, "moin"));
    Path again = tmp.resolve("again.moin");
    Files.move(generate(400, 7, "moin"), again);
    assertThat(Files.readAllBytes(again)).isEqualTo(one);
    assertThat(Files.readAllBytes(generate(400, 8, "moin"))).isNotEqualTo(one);
  }

  @Test
  void theGeneratedPageImportsWithEveryGroupPlaced() throws Exception {
    Path page = generate(400, 11, "moin");
    String data = tmp.resolve("data").toString();
    Run imported = Run.of("import", page.toString(), "--data", data);
    assertThat(imported.exit()).as(imported.err()).isZero();
    JsonNode groups =
        new ObjectMapper()
            .readTree(Run.of("export", "--format", "json", "--data", data).out())
            .path("groups");
    assertThat(groups.size()).isEqualTo(400);
    List<String> names = new ArrayList<>();
    groups.forEach(g -> names.add(g.path("name").asText()));
    // names in several scripts, as the countries of their cities write
    assertThat(String.join(" ", names))
        .containsPattern("\\p{IsLatin}")
        .containsPattern("\\p{IsHan}|\\p{IsCyrillic}|\\p{IsDevanagari}|\\p{IsArabic}");
    long placed = 0;
    for (JsonNode g : groups) {
      if (!g.path("place").path("precision").asText().equals("UNPLACED")) {
        placed++;
      }
    }
    assertThat(placed).as("groups placed by the importer").isEqualTo(400);
  }

  @Test
  void theStructuredFormatsParse() throws Exception {
    JsonNode json = new ObjectMapper().readTree(Files.readString(generate(250, 3, "json")));
    assertThat(json.path("groups").size()).isEqualTo(250);
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(Files.readString(generate(250, 3, "csv"))))
            .getRecords();
    assertThat(rows).hasSize(250);
    String markdown = Files.readString(generate(250, 3, "markdown"));
    assertThat(markdown).contains("\n# Africa\n").contains("\n## ");
  }

  @Test
  void badOptionsAreRefused() {
    for (String[] args :
        new String[][] {
          {"generate", "--groups", "0"},
          {"generate", "--groups", "10", "--format", "geojson"},
          {"generate", "--groups", "10", "--format", "xml"},
          {"generate", "--groups", "ten"}
        }) {
      Run r = Run.of(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(Main.EXIT_BAD_INPUT);
      assertThat(r.err()).isNotBlank();
    }
  }
}

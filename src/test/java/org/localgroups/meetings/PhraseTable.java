package org.localgroups.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The examples of src/test/resources/meetings/phrases.txt. */
final class PhraseTable {
  /** A phrase, where it comes from, and its readings in {@link RuleNotation}. */
  record Example(String phrase, String source, List<String> expected, int line) {
    String kind() {
      return expected.getFirst().split(" ")[0];
    }

    @Override
    public String toString() {
      return phrase;
    }
  }

  private PhraseTable() {}

  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    String source = "";
    String phrase = null;
    int phraseLine = 0;
    List<String> expected = new ArrayList<>();
    List<String> lines = lines();
    for (int n = 0; n <= lines.size(); n++) {
      String line = n < lines.size() ? lines.get(n) : "";
      if (line.startsWith("=> ")) {
        expected.add(line.substring(3).strip());
        continue;
      }
      if (phrase != null) {
        if (expected.isEmpty()) {
          throw new IllegalStateException("phrases.txt line " + phraseLine + ": no reading");
        }
        examples.add(new Example(phrase, source, List.copyOf(expected), phraseLine));
        phrase = null;
        expected.clear();
      }
      if (line.startsWith("#")) {
        source = line.substring(1).strip().split(":")[0];
      } else if (!line.isBlank()) {
        phrase = line;
        phraseLine = n + 1;
      }
    }
    return examples;
  }

  private static List<String> lines() {
    try (InputStream in = PhraseTable.class.getResourceAsStream("/meetings/phrases.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing /meetings/phrases.txt");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

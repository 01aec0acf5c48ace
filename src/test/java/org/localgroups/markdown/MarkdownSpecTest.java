package org.localgroups.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of {@code markdown/spec.txt}: each input must read into exactly its expected
 * outline.
 */
class MarkdownSpecTest {
  private static final MarkdownOutlineReader READER = new MarkdownOutlineReader();

  record Example(String name, String base, String input, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Example> examples() throws IOException {
    String spec;
    try (InputStream in =
        Objects.requireNonNull(MarkdownSpecTest.class.getResourceAsStream("/markdown/spec.txt"))) {
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Example> examples = new ArrayList<>();
    String name = "";
    String base = "";
    StringBuilder input = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    StringBuilder current = null;
    for (String line : spec.split("\n", -1)) {
      if (line.startsWith("%%% example ")) {
        name = line.substring("%%% example ".length());
        base = "";
        input.setLength(0);
        expected.setLength(0);
        current = input;
      } else if (line.startsWith("%%% base ")) {
        base = line.substring("%%% base ".length());
      } else if (line.equals("%%% outline")) {
        current = expected;
      } else if (line.equals("%%% end")) {
        examples.add(new Example(name, base, input.toString(), expected.toString()));
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return examples.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void readsExampleIntoExpectedOutline(Example example) {
    String actual = OutlineRendering.render(READER.read(example.input(), "", example.base()));
    assertThat(actual).isEqualTo(example.expected());
  }

  @org.junit.jupiter.api.Test
  void specHasExamples() throws IOException {
    assertThat(examples().count()).isGreaterThanOrEqualTo(30);
  }
}

package org.localgroups.moin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.localgroups.outline.Block;
import org.localgroups.outline.Outline;

/**
 * Runs the examples of {@code moin/outline-spec.txt}. An example is {@code ~~~ example: name}, the
 * page lines, {@code ~~~ expect}, the outline in {@link OutlineText} form, {@code ~~~ end}. In the
 * page lines {@code <TAB>}, {@code <CR>} and {@code <SP>} stand for a tab, a carriage return and a
 * blank.
 */
class MoinOutlineSpecTest {
  private static final MoinOutlineReader READER = new MoinOutlineReader();

  record Example(String name, int line, String input, String expected) {
    @Override
    public String toString() {
      return name + " (spec line " + line + ")";
    }
  }

  static List<Example> examples() throws IOException {
    List<Example> examples = new ArrayList<>();
    try (InputStream in = MoinOutlineSpecTest.class.getResourceAsStream("/moin/outline-spec.txt")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      int i = 0;
      while (i < lines.length) {
        if (!lines[i].startsWith("~~~ example: ")) {
          i++;
          continue;
        }
        String name = lines[i].substring("~~~ example: ".length());
        int start = i + 1;
        StringBuilder input = new StringBuilder();
        for (i++; !lines[i].equals("~~~ expect"); i++) {
          input.append(lines[i]).append('\n');
        }
        StringBuilder expected = new StringBuilder();
        for (i++; !lines[i].equals("~~~ end"); i++) {
          expected.append(lines[i]).append('\n');
        }
        String page =
            input.toString().replace("<TAB>", "\t").replace("<CR>", "\r").replace("<SP>", " ");
        examples.add(new Example(name, start, page, expected.toString()));
      }
    }
    return examples;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void readsExampleAsSpecified(Example example) {
    Outline outline = READER.read(example.input(), "Spec");

    assertThat(OutlineText.render(outline)).isEqualTo(example.expected());
    assertThat(outline.title()).isEqualTo("Spec");
    assertThat(outline.blocks())
        .extracting(Block::line)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, outline.lineCount()).boxed().toList());
  }

  @Test
  void specHasEnoughExamples() throws IOException {
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(40);
  }
}

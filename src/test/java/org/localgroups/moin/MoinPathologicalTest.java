package org.localgroups.moin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.localgroups.outline.Block;
import org.localgroups.outline.Outline;

/**
 * Inputs built to make a naive scanner quadratic or deep; each must finish well inside its timeout.
 */
class MoinPathologicalTest {
  private static final MoinParser PARSER = MoinParser.create();
  private static final MoinOutlineReader READER = new MoinOutlineReader(PARSER);
  private static final int MB = 1 << 20;

  static Stream<Arguments> hugeLines() {
    return Stream.of(
        Arguments.of("100k unclosed [[", "[[".repeat(100_000)),
        Arguments.of("100k [[ closed once at the end", "[[".repeat(100_000) + "]]"),
        Arguments.of("100k [[ with bars", "[[a|b|c|d".repeat(100_000) + "]]"),
        Arguments.of("bars then close", "[[" + "|".repeat(MB) + "]]"),
        Arguments.of("5 MB plain line", "a".repeat(5 * MB)),
        Arguments.of("5 MB of words", "word ".repeat(MB)),
        Arguments.of("unclosed macros", "<<Name(".repeat(200_000)),
        Arguments.of("macro names", "<<" + "x".repeat(MB)),
        Arguments.of("unclosed code", "{{{".repeat(300_000)),
        Arguments.of("backticks", "`".repeat(MB) + "x"),
        Arguments.of("quotes", "'".repeat(MB)),
        Arguments.of("underscores", "_".repeat(MB)),
        Arguments.of("bangs", "!".repeat(MB) + "FooBar"),
        Arguments.of("camel humps", "Ab".repeat(MB / 2) + "c"),
        Arguments.of("camel with digits", "A1".repeat(MB / 2) + "xY"),
        Arguments.of("urls", "http://".repeat(200_000)),
        Arguments.of("url punctuation", "http://x" + ".".repeat(MB)),
        Arguments.of("email locals", "a.".repeat(MB / 2) + "@"),
        Arguments.of("email domains", "a@b".repeat(MB / 3)),
        Arguments.of("obfuscated", "a[at]".repeat(200_000)),
        Arguments.of("spelled at", "x at ".repeat(200_000)),
        Arguments.of("definition marks", " a::b".repeat(200_000)),
        Arguments.of("table bars", "||a".repeat(300_000) + "||"),
        Arguments.of("heading runs", "=".repeat(MB) + " x " + "=".repeat(MB - 1)),
        Arguments.of("stars", " " + "* ".repeat(MB / 2) + "x"),
        Arguments.of("interwiki", "WikiPedia:".repeat(200_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hugeLines")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void hugeLineStaysLinear(String name, String line) {
    Outline outline = READER.read(line, "P");

    assertThat(outline.lineCount()).isEqualTo(1);
    assertThat(outline.blocks()).hasSize(1);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void tenThousandNestedIndentsAreClampedAtTheNestingLimit() {
    StringBuilder page = new StringBuilder();
    for (int width = 1; width <= 10_000; width++) {
      page.append("\t".repeat(width / 8)).append(" ".repeat(width % 8)).append("* x\n");
    }
    Outline outline = READER.read(page.toString(), "P");

    assertThat(outline.blocks()).hasSize(10_000);
    assertThat(outline.blocks())
        .allSatisfy(
            b ->
                assertThat(((Block.Item) b).depth())
                    .isBetween(1, MoinParser.DEFAULT_MAX_NESTING_DEPTH));
    assertThat(((Block.Item) outline.blocks().get(9_999)).depth())
        .isEqualTo(MoinParser.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(outline.diagnostics())
        .filteredOn(d -> d.code().equals("nesting-too-deep"))
        .hasSize(1);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void manyLinesOfLinks() {
    String page = " * [[http://x.org/a|A]] - http://y.org b@c.org WikiWord\n".repeat(100_000);
    Outline outline = READER.read(page, "P");

    assertThat(outline.blocks()).hasSize(100_000);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void manyUnclosedCodeBlocksAndHiddenLines() {
    String page = "{{{\n}}\n##\n#acl x\n".repeat(100_000);
    Outline outline = READER.read(page, "P");

    assertThat(outline.blocks()).hasSize(400_000);
    assertThat(outline.blocks())
        .allMatch(b -> b instanceof Block.Skipped s && s.reason().equals("code block"));
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void manyEmptyLinesAndCarriageReturns() {
    String page = "\r\n\r\r\n\n".repeat(300_000);
    Outline outline = READER.read(page, "P");

    assertThat(outline.lineCount()).isEqualTo(900_000);
  }

  @Test
  void customNestingLimitIsHonoured() {
    MoinParser shallow = MoinParser.builder().maxNestingDepth(2).build();
    Outline outline = new MoinOutlineReader(shallow).read(" * a\n  * b\n   * c\n", "P");

    assertThat(outline.blocks()).extracting(b -> ((Block.Item) b).depth()).containsExactly(1, 2, 2);
  }
}

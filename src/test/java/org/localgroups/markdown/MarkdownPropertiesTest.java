package org.localgroups.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.localgroups.outline.Block;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Outline;

/**
 * Whatever the input: no exception, every line covered exactly once, in order, everything in range.
 */
class MarkdownPropertiesTest {
  private static final MarkdownOutlineReader READER = new MarkdownOutlineReader();

  /** Markdown-ish lines, so that random pages hit lists, fences, directives, tables and links. */
  private static final List<String> PIECES =
      List.of(
          "# ",
          "## ",
          "Europe",
          "===",
          "---",
          "- ",
          "* ",
          "+ ",
          "1. ",
          "  ",
          "    ",
          "\n",
          "\r\n",
          "\r",
          "[",
          "]",
          "(",
          ")",
          "[a](https://a.example)",
          "[r]",
          "[r]: https://r.example",
          "<",
          ">",
          "<https://b.example>",
          "x@y.org",
          "https://c.example",
          "```",
          "```{note}",
          ":::",
          ":::{tip}",
          "::: warning",
          ":class: x",
          "{: .c}",
          "{#id}",
          "[^1]",
          "[^1]: f",
          "| a | b |",
          "|---|---|",
          "<div>",
          "</div>",
          "<!--",
          "-->",
          "<a href=\"u\">",
          "</a>",
          "![i](p.png)",
          "*",
          "_",
          "`",
          "\\",
          "🇩🇪",
          "(t)=",
          "\t",
          "---\ntitle: T\n---\n",
          "> ",
          "&amp;",
          "~~~");

  @Provide
  Arbitrary<String> markdownish() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(parts -> String.join("", parts));
  }

  @Property(tries = 400)
  void neverThrowsAndCoversEveryLineOnceOnMarkdownishInput(@ForAll("markdownish") String text) {
    assertWellFormed(READER.read(text, "", ""));
  }

  @Property(tries = 400)
  void neverThrowsAndCoversEveryLineOnceOnArbitraryStrings(@ForAll String text) {
    assertWellFormed(READER.read(text, "t", "https://base.example/"));
  }

  // commonmark alone parses this page in about 0.3 s on an idle core; the bound leaves room for
  // shared CI cores
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void readsATwoMegabytePageQuickly() {
    StringBuilder page = new StringBuilder("# Groups\n\n");
    int i = 0;
    while (page.length() < 2_000_000) {
      page.append("## Region ")
          .append(i)
          .append("\n\n")
          .append("* [Group ")
          .append(i)
          .append("](https://example.org/g/")
          .append(i)
          .append(") - City ")
          .append(i)
          .append(", meets *monthly*\n  continued line\n")
          .append("  - [Mailing list](mailto:list")
          .append(i)
          .append("@example.org)\n\n")
          .append("[Paragraph group ")
          .append(i)
          .append("](https://p.example/")
          .append(i)
          .append("), Town.\n\n");
      i++;
    }
    Outline outline = READER.read(page.toString(), "", "");
    assertWellFormed(outline);
    assertThat(outline.blocks())
        .filteredOn(b -> b instanceof Block.Item item && item.depth() == 1 && !item.continuation())
        .hasSize(i);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void pathologicalNestingAndBrackets() {
    for (String page :
        List.of(
            "- ".repeat(5_000) + "x",
            "[".repeat(50_000) + "a" + "](u)".repeat(50_000),
            "> ".repeat(5_000) + "x",
            "*a ".repeat(30_000),
            ":::{note}\n".repeat(5_000),
            "<a href=\"x\">".repeat(20_000),
            "```{note}\n".repeat(3_000) + "```\n".repeat(3_000))) {
      assertWellFormed(READER.read(page, "", ""));
    }
  }

  static void assertWellFormed(Outline outline) {
    List<Block> blocks = outline.blocks();
    assertThat(blocks).hasSize(outline.lineCount());
    for (int i = 0; i < blocks.size(); i++) {
      assertThat(blocks.get(i).line()).isEqualTo(i + 1);
    }
    for (Diagnostic d : outline.diagnostics()) {
      assertThat(d.line()).isBetween(1, Math.max(1, outline.lineCount()));
      assertThat(d.column()).isNotNegative();
    }
    for (Block b : blocks) {
      if (b instanceof Block.Item item) {
        assertThat(item.depth()).isPositive();
      }
      if (b instanceof Block.Heading h) {
        assertThat(h.level()).isBetween(1, 6);
      }
    }
  }
}

package org.localgroups.moin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.localgroups.outline.Block;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Outline;

/** Invariants of the parser and the outline reader on arbitrary and on markup-shaped input. */
class MoinPropertiesTest {
  private static final MoinParser PARSER = MoinParser.create();
  private static final MoinOutlineReader READER = new MoinOutlineReader(PARSER);

  private static final List<String> TOKENS =
      List.of(
          "[[",
          "]]",
          "[",
          "]",
          "|",
          "*",
          " ",
          " ",
          " ",
          "\t",
          "\n",
          "\n",
          "\r\n",
          "\r",
          "=",
          "==",
          "===",
          "''",
          "'''",
          "__",
          "{{{",
          "}}}",
          "{{{{",
          "`",
          "<<",
          ">>",
          "(",
          ")",
          ")>>",
          "!",
          "http://",
          "http:",
          "mailto:",
          "irc://",
          "@",
          ".",
          ",",
          "x",
          "a.org",
          "Foo",
          "Bar",
          "Py3K",
          "::",
          "#",
          "##",
          "#acl",
          "----",
          "||",
          "1.",
          " . ",
          "[at]",
          "[dot]",
          " at ",
          " dot ",
          "WikiPedia:",
          "Category",
          "TableOfContents",
          "BR",
          "\uD800",
          "\uDC00",
          "é",
          "ประเทศ",
          "?",
          "attachment:",
          "%20",
          "-",
          "\u0000",
          "\u00A0");

  @Provide
  Arbitrary<String> markup() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(80).map(parts -> String.join("", parts));
  }

  @Property(tries = 1500)
  void markupShapedInputKeepsAllInvariants(@ForAll("markup") String text) {
    checkParser(text);
    checkReader(text);
  }

  @Property(tries = 500)
  void anyCharsIncludingControlsAndLoneSurrogatesKeepAllInvariants(
      @ForAll @CharRange(from = '\u0000', to = '\uffff') @StringLength(max = 300) String text) {
    checkParser(text);
    checkReader(text);
  }

  @Property(tries = 40)
  void hugeBracketRunsKeepAllInvariants(
      @ForAll @IntRange(max = 50_000) int brackets,
      @ForAll @IntRange(max = 3) int kind,
      @ForAll("markup") String tail) {
    String run = List.of("[[", "]]", "[", "[[a|").get(kind).repeat(brackets);
    String text = run + tail + run;
    checkReader(text);
    assertThat(PARSER.parse(text).lineCount()).isEqualTo(expectedLineCount(text));
  }

  @Property(tries = 300)
  void parsingIsDeterministic(@ForAll("markup") String text) {
    assertThat(PARSER.parse(text)).isEqualTo(PARSER.parse(text));
  }

  private static int expectedLineCount(String text) {
    int newlines = (int) text.chars().filter(c -> c == '\n').count();
    return newlines + (text.isEmpty() || text.endsWith("\n") ? 0 : 1);
  }

  /** Spans are in range and the page prints back from its block spans plus line terminators. */
  private static void checkParser(String text) {
    MoinPage page = PARSER.parse(text);
    assertThat(page.lineCount()).isEqualTo(expectedLineCount(text));
    assertThat(page.source()).isSameAs(text);

    StringBuilder printed = new StringBuilder();
    int pos = 0;
    for (MoinBlock block : page.blocks()) {
      SourceSpan span = block.span();
      checkSpan(text, span);
      String gap = text.substring(pos, span.index());
      assertThat(gap).isIn(block == page.blocks().get(0) ? List.of("") : List.of("\n", "\r\n"));
      printed.append(gap).append(span.of(text));
      pos = span.end();
      checkInlines(text, block);
    }
    String tail = text.substring(pos);
    assertThat(tail).isIn("", "\n", "\r\n");
    assertThat(printed.append(tail).toString()).isEqualTo(text);
    page.diagnostics().forEach(d -> checkDiagnostic(d, page.lineCount()));
  }

  private static void checkSpan(String text, SourceSpan span) {
    assertThat(span.end()).isLessThanOrEqualTo(text.length());
    int lineStart = text.lastIndexOf('\n', span.index() - 1) + 1;
    assertThat(span.column()).isEqualTo(span.index() - lineStart + 1);
    assertThat(span.line())
        .isEqualTo(
            (int) text.substring(0, span.index()).chars().filter(c -> c == '\n').count() + 1);
  }

  private static void checkInlines(String text, MoinBlock block) {
    switch (block) {
      case MoinBlock.Paragraph p ->
          checkContiguous(text, p.content(), p.span().index(), p.span().end());
      case MoinBlock.ListItem item -> {
        int start =
            item.content().isEmpty() ? item.span().end() : item.content().get(0).span().index();
        assertThat(start).isBetween(item.span().index(), item.span().end());
        checkContiguous(text, item.content(), start, item.span().end());
      }
      case MoinBlock.TableRow row ->
          row.cells()
              .forEach(
                  cell -> {
                    assertThat(cell.span().index()).isGreaterThanOrEqualTo(row.span().index());
                    assertThat(cell.span().end()).isLessThanOrEqualTo(row.span().end());
                    checkContiguous(text, cell.content(), cell.span().index(), cell.span().end());
                  });
      case MoinBlock.Heading h -> assertThat(h.level()).isBetween(1, 5);
      default -> {}
    }
  }

  /**
   * The inlines tile {@code [from, to)} exactly, and each node agrees with the text under its span.
   */
  private static void checkContiguous(String text, List<MoinInline> inlines, int from, int to) {
    int pos = from;
    for (MoinInline inline : inlines) {
      SourceSpan span = inline.span();
      checkSpan(text, span);
      assertThat(span.index()).isEqualTo(pos);
      assertThat(span.length()).isPositive();
      String raw = span.of(text);
      switch (inline) {
        case MoinInline.Text t -> assertThat(raw).isIn(t.text(), "!" + t.text());
        case MoinInline.BracketLink b ->
            assertThat(raw).startsWith("[[").endsWith("]]").contains(b.target());
        case MoinInline.Url u -> assertThat(raw).isEqualTo(u.url());
        case MoinInline.Email e -> assertThat(raw).isEqualTo(e.address());
        case MoinInline.WikiWord w -> assertThat(raw).isEqualTo(w.name());
        case MoinInline.Interwiki w -> assertThat(raw).isEqualTo(w.wiki() + ":" + w.page());
        case MoinInline.Code c -> assertThat(raw).contains(c.text());
        case MoinInline.Macro m -> assertThat(raw).startsWith("<<" + m.name()).endsWith(">>");
        case MoinInline.Emphasis e -> assertThat(raw).matches("''+|__");
      }
      pos = span.end();
    }
    assertThat(pos).isEqualTo(inlines.isEmpty() ? from : to);
  }

  private static void checkDiagnostic(Diagnostic d, int lineCount) {
    assertThat(d.line()).isBetween(1, Math.max(1, lineCount));
    assertThat(d.column()).isNotNegative();
    assertThat(d.code()).matches("[a-z]+(-[a-z]+)*");
  }

  private static void checkReader(String text) {
    Outline outline = READER.read(text, "T");
    assertThat(outline.lineCount()).isEqualTo(expectedLineCount(text));
    assertThat(outline.blocks())
        .extracting(Block::line)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, outline.lineCount()).boxed().toList());
    for (Block block : outline.blocks()) {
      switch (block) {
        case Block.Heading h -> assertThat(h.level()).isBetween(1, 5);
        case Block.Item i -> {
          assertThat(i.depth()).isPositive();
          assertThat(i.content()).isNotEmpty();
          checkOutlineInlines(i.content());
        }
        case Block.Paragraph p -> checkOutlineInlines(p.content());
        case Block.Skipped s -> assertThat(s.reason()).isNotBlank();
      }
    }
    outline.diagnostics().forEach(d -> checkDiagnostic(d, outline.lineCount()));
  }

  private static void checkOutlineInlines(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Link link) {
        assertThat(link.written()).isNotEmpty();
        assertThat(link.target().display()).isNotEmpty();
      }
    }
  }
}

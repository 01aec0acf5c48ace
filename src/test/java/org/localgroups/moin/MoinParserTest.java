package org.localgroups.moin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localgroups.moin.MoinBlock.Marker;
import org.localgroups.outline.Diagnostic;

/** The syntax tree follows what MoinMoin 1.9 does, spans included. */
class MoinParserTest {
  private final MoinParser parser = MoinParser.create();

  private MoinBlock only(String text) {
    MoinPage page = parser.parse(text);
    assertThat(page.blocks()).hasSize(1);
    return page.blocks().get(0);
  }

  private List<MoinInline> inlines(String line) {
    return switch (only(line)) {
      case MoinBlock.Paragraph p -> p.content();
      case MoinBlock.ListItem i -> i.content();
      default -> throw new AssertionError("no inline content in " + line);
    };
  }

  @Test
  void bulletItemWithLinkCarriesExactSpans() {
    MoinBlock block = only(" * [[http://x.org|X]] y\n");

    assertThat(block)
        .isEqualTo(
            new MoinBlock.ListItem(
                new SourceSpan(1, 1, 0, 23),
                1,
                Marker.BULLET,
                1,
                "",
                List.of(
                    new MoinInline.BracketLink(
                        new SourceSpan(1, 4, 3, 18), "http://x.org", "X", ""),
                    new MoinInline.Text(new SourceSpan(1, 22, 21, 2), " y"))));
  }

  @Test
  void spansOfLaterLinesCountFromTheWholeInputAndSkipCrLf() {
    MoinPage page = parser.parse("a\r\n== B ==\r\n");

    assertThat(page.blocks().get(1))
        .isEqualTo(new MoinBlock.Heading(new SourceSpan(2, 1, 3, 7), 2, "B", true));
    assertThat(page.lineCount()).isEqualTo(2);
  }

  @Test
  void nearHeadingsAreInvalidWithAWarning() {
    MoinPage page = parser.parse("== Asia == \n== Asia ===\n==Asia==\n== Asia ==\n");

    assertThat(page.blocks())
        .extracting(b -> ((MoinBlock.Heading) b).valid())
        .containsExactly(false, false, false, true);
    assertThat(page.diagnostics())
        .extracting(Diagnostic::code)
        .containsOnly("heading-not-rendered")
        .hasSize(3);
  }

  @Test
  void starAtColumnZeroIsTextAndSecondStarIsLiteral() {
    assertThat(only("* x")).isInstanceOf(MoinBlock.Paragraph.class);
    MoinBlock.ListItem item = (MoinBlock.ListItem) only(" * * x");
    assertThat(item.depth()).isEqualTo(1);
    assertThat(item.content())
        .singleElement()
        .isEqualTo(new MoinInline.Text(new SourceSpan(1, 4, 3, 3), "* x"));
  }

  @Test
  void definitionRuleIsTriedBeforeBullets() {
    MoinBlock.ListItem item = (MoinBlock.ListItem) only(" * Contact:: Bob");

    assertThat(item.marker()).isEqualTo(Marker.DEFINITION);
    assertThat(item.term()).isEqualTo("* Contact");
  }

  @Test
  void markersAndIndentationDepths() {
    MoinPage page = parser.parse(" * a\n  1. b\n   . c\n    d\n  e\n * f\n");

    assertThat(page.blocks())
        .extracting(b -> ((MoinBlock.ListItem) b).marker())
        .containsExactly(
            Marker.BULLET,
            Marker.NUMBER,
            Marker.NONE,
            Marker.CONTINUATION,
            Marker.CONTINUATION,
            Marker.BULLET);
    assertThat(page.blocks())
        .extracting(b -> ((MoinBlock.ListItem) b).depth())
        .containsExactly(1, 2, 3, 4, 2, 1);
  }

  @Test
  void bareUrlsEndBeforeTrailingPunctuation() {
    assertThat(inlines("(http://a.org/x), http://b.org/p|label http:)"))
        .filteredOn(MoinInline.Url.class::isInstance)
        .extracting(i -> ((MoinInline.Url) i).url())
        .containsExactly("http://a.org/x", "http://b.org/p|label", "http:)");
  }

  @Test
  void urlNeedsANonWordCharBefore() {
    assertThat(inlines("xhttp://a.org www.b.org"))
        .singleElement()
        .isInstanceOf(MoinInline.Text.class);
  }

  @Test
  void camelCaseFollowsMoinRules() {
    assertThat(inlines("ChiPy PyLadies PyCon2010 Python3Meetup BayPIGgies TriZPUG Py3K"))
        .filteredOn(MoinInline.WikiWord.class::isInstance)
        .extracting(i -> ((MoinInline.WikiWord) i).name())
        .containsExactly("ChiPy", "PyLadies", "PyCon2010", "Python3Meetup");
  }

  @Test
  void bangEscapeIsTextWithoutTheBang() {
    assertThat(inlines("!ChiPy"))
        .containsExactly(new MoinInline.Text(new SourceSpan(1, 1, 0, 6), "ChiPy"));
  }

  @Test
  void interwikiNeedsAKnownCaseSensitiveKey() {
    assertThat(inlines("WikiPedia:Python"))
        .singleElement()
        .isEqualTo(new MoinInline.Interwiki(new SourceSpan(1, 1, 0, 16), "WikiPedia", "Python"));
    assertThat(inlines("wikipedia:Python")).singleElement().isInstanceOf(MoinInline.Text.class);
  }

  @Test
  void bareEmailAndMailtoUrl() {
    assertThat(inlines("mail a.b+c@x-y.org.pe. or mailto:p@q.us"))
        .filteredOn(i -> !(i instanceof MoinInline.Text))
        .containsExactly(
            new MoinInline.Email(new SourceSpan(1, 6, 5, 16), "a.b+c@x-y.org.pe"),
            new MoinInline.Url(new SourceSpan(1, 27, 26, 13), "mailto:p@q.us"));
  }

  @Test
  void tripleBracketKeepsTheExtraBracketInTheTargetAndAStrayBracket() {
    assertThat(inlines("[[[A|A]]]"))
        .containsExactly(
            new MoinInline.BracketLink(new SourceSpan(1, 1, 0, 8), "[A", "A", ""),
            new MoinInline.Text(new SourceSpan(1, 9, 8, 1), "]"));
  }

  @Test
  void linkWithFourPartsIsTextWithAWarning() {
    MoinPage page = parser.parse("[[a|b|c|d]]");

    assertThat(((MoinBlock.Paragraph) page.blocks().get(0)).content())
        .singleElement()
        .isInstanceOf(MoinInline.Text.class);
    assertThat(page.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("link-too-many-parts");
  }

  @Test
  void emphasisCodeAndMacrosAreTokens() {
    assertThat(inlines("'''b''' ''i'' __u__ {{{c}}} `t` <<BR>> <<FootNote(a (b) c)>>"))
        .filteredOn(i -> !(i instanceof MoinInline.Text))
        .extracting(
            i ->
                switch (i) {
                  case MoinInline.Emphasis e -> e.style().name();
                  case MoinInline.Code c -> "code " + c.text();
                  case MoinInline.Macro m -> "macro " + m.name() + "(" + m.args() + ")";
                  default -> i.toString();
                })
        .containsExactly(
            "BOLD",
            "BOLD",
            "ITALIC",
            "ITALIC",
            "UNDERLINE",
            "UNDERLINE",
            "code c",
            "code t",
            "macro BR()",
            "macro FootNote(a (b) c)");
  }

  @Test
  void blockLevelConstructs() {
    MoinPage page =
        parser.parse(
            "#format wiki\n## note\n<<TableOfContents(2)>>\n----\n||a||b||\n{{{#!python\n * x\n}}}\n");

    assertThat(page.blocks())
        .containsExactly(
            new MoinBlock.ProcessingInstruction(new SourceSpan(1, 1, 0, 12), "format", "wiki"),
            new MoinBlock.Comment(new SourceSpan(2, 1, 13, 7), " note"),
            new MoinBlock.Macro(new SourceSpan(3, 1, 21, 22), "TableOfContents", "2"),
            new MoinBlock.HorizontalRule(new SourceSpan(4, 1, 44, 4)),
            new MoinBlock.TableRow(
                new SourceSpan(5, 1, 49, 8),
                List.of(
                    new MoinBlock.TableCell(
                        new SourceSpan(5, 3, 51, 1),
                        List.of(new MoinInline.Text(new SourceSpan(5, 3, 51, 1), "a"))),
                    new MoinBlock.TableCell(
                        new SourceSpan(5, 6, 54, 1),
                        List.of(new MoinInline.Text(new SourceSpan(5, 6, 54, 1), "b"))))),
            new MoinBlock.CodeBlock(new SourceSpan(6, 1, 58, 20), "#!python", " * x\n", true));
  }

  @Test
  void loneHashEndsTheInstructionsAndIsText() {
    MoinPage page = parser.parse("#\n#acl x\n");

    assertThat(page.blocks().get(0)).isInstanceOf(MoinBlock.Paragraph.class);
    assertThat(page.blocks().get(1)).isInstanceOf(MoinBlock.ProcessingInstruction.class);
  }

  @Test
  void emptyInputHasNoLines() {
    assertThat(parser.parse("").lineCount()).isZero();
    assertThat(parser.parse("\n").blocks())
        .containsExactly(new MoinBlock.Blank(new SourceSpan(1, 1, 0, 0)));
  }

  @Test
  void nestingLimitMustBePositive() {
    assertThatIllegalArgumentException().isThrownBy(() -> MoinParser.builder().maxNestingDepth(0));
  }
}

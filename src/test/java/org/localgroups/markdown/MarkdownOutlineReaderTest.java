package org.localgroups.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.localgroups.outline.Block;
import org.localgroups.outline.Block.Heading;
import org.localgroups.outline.Block.Item;
import org.localgroups.outline.Block.Paragraph;
import org.localgroups.outline.Block.Skipped;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Diagnostic.Severity;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Inline.Link;
import org.localgroups.outline.Inline.Text;
import org.localgroups.outline.Outline;
import org.localgroups.outline.Target;

class MarkdownOutlineReaderTest {
  private final MarkdownOutlineReader reader = new MarkdownOutlineReader();

  private Outline read(String text) {
    return reader.read(text, "", "");
  }

  static String resource(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            MarkdownOutlineReaderTest.class.getResourceAsStream("/markdown/" + name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Link> links(Outline outline) {
    return outline.blocks().stream()
        .flatMap(
            b ->
                switch (b) {
                  case Item i -> i.content().stream();
                  case Paragraph p -> p.content().stream();
                  default -> java.util.stream.Stream.<Inline>empty();
                })
        .filter(Link.class::isInstance)
        .map(Link.class::cast)
        .toList();
  }

  private static List<String> headings(Outline outline) {
    return outline.blocks().stream()
        .filter(Heading.class::isInstance)
        .map(Heading.class::cast)
        .map(h -> "h" + h.level() + " " + h.text())
        .toList();
  }

  @Nested
  class ExactBlocks {
    @Test
    void readsGroupBulletIntoItemWithLinkAndWrittenSource() {
      Outline outline =
          read("* [Go Meetup Berlin](https://www.meetup.com/golang-users-berlin/) - Berlin\n");

      assertThat(outline.blocks())
          .containsExactly(
              new Item(
                  1,
                  1,
                  List.of(
                      new Link(
                          new Target.Url("https://www.meetup.com/golang-users-berlin/"),
                          "Go Meetup Berlin",
                          "[Go Meetup Berlin](https://www.meetup.com/golang-users-berlin/)",
                          "https://www.meetup.com/golang-users-berlin/"),
                      new Text(" - Berlin")),
                  false));
      assertThat(outline.diagnostics()).isEmpty();
      assertThat(outline.lineCount()).isEqualTo(1);
    }

    @Test
    void readsMailtoWithQueryAndBareAddress() {
      Outline outline = read("[join](mailto:pig@chatta.us?Subject=subscribe) or pig@chatta.us\n");

      assertThat(outline.blocks())
          .containsExactly(
              new Paragraph(
                  1,
                  List.of(
                      new Link(
                          new Target.Email(
                              "pig@chatta.us", "mailto:pig@chatta.us?Subject=subscribe"),
                          "join",
                          "[join](mailto:pig@chatta.us?Subject=subscribe)",
                          "mailto:pig@chatta.us?Subject=subscribe"),
                      new Text(" or "),
                      new Link(
                          new Target.Email("pig@chatta.us", "mailto:pig@chatta.us"),
                          "",
                          "pig@chatta.us",
                          "pig@chatta.us"))));
    }

    @Test
    void keepsAutolinkWrittenWithAngleBracketsAndNoLabel() {
      Outline outline = read("<https://python.org>\n");

      assertThat(outline.blocks())
          .containsExactly(
              new Paragraph(
                  1,
                  List.of(
                      new Link(
                          new Target.Url("https://python.org"),
                          "",
                          "<https://python.org>",
                          "https://python.org"))));
    }

    @Test
    void resolvesReferenceLinkAndRecordsItAsWritten() {
      Outline outline = read("- [PyBerlin][pb]\n\n[pb]: https://pyberlin.de\n");

      assertThat(outline.blocks())
          .containsExactly(
              new Item(
                  1,
                  1,
                  List.of(
                      new Link(
                          new Target.Url("https://pyberlin.de"),
                          "PyBerlin",
                          "[PyBerlin][pb]",
                          "https://pyberlin.de")),
                  false),
              new Skipped(2, "blank line"),
              new Skipped(3, "link reference definition"));
      assertThat(outline.diagnostics()).isEmpty();
    }

    @Test
    void passesEachLinksTargetAsWrittenBeforeRepairOrResolution() {
      Outline outline =
          reader.read(
              """
          - [A](<http:a.example/x y>) <b@example.org> [C][c] [D][d] https://e.example/x <a href="f.md">F</a>

          [c]: groups/c.md
          [d]: d@example.org
          """,
              "",
              "https://base.example/wiki/");

      assertThat(links(outline))
          .extracting(Link::writtenTarget)
          .containsExactly(
              "http:a.example/x y",
              "b@example.org",
              "groups/c.md",
              "d@example.org",
              "https://e.example/x",
              "f.md");
      assertThat(links(outline))
          .extracting(l -> l.target().display())
          .containsExactly(
              "http://a.example/x y",
              "b@example.org",
              "https://base.example/wiki/groups/c.md",
              "d@example.org",
              "https://e.example/x",
              "https://base.example/wiki/f.md");
    }

    @Test
    void warnsAboutRelativeLinkWithoutBaseUrl() {
      Outline outline = read("- [Foo](/wiki/Foo)\n");

      assertThat(outline.blocks())
          .containsExactly(
              new Item(
                  1,
                  1,
                  List.of(
                      new Link(
                          new Target.Page("/wiki/Foo"), "Foo", "[Foo](/wiki/Foo)", "/wiki/Foo")),
                  false));
      assertThat(outline.diagnostics())
          .containsExactly(
              new Diagnostic(
                  1,
                  3,
                  Severity.WARNING,
                  "relative-link",
                  "relative link /wiki/Foo not resolved (use --base-url)"));
    }

    @Test
    void resolvesRelativeLinkAgainstBaseUrl() {
      Outline outline =
          reader.read("- [x](../x.md)\n", "", "https://github.com/o/r/blob/main/docs/groups.md");

      assertThat(links(outline))
          .extracting(Link::target)
          .containsExactly(new Target.Url("https://github.com/o/r/blob/main/x.md"));
      assertThat(outline.diagnostics()).isEmpty();
    }

    @Test
    void setextUnderlineIsSkipped() {
      assertThat(read("Europe\n------\n").blocks())
          .containsExactly(new Heading(1, 2, "Europe"), new Skipped(2, "setext heading underline"));
    }

    @Test
    void continuationLinesOfAnItemKeepItsDepth() {
      assertThat(read("- a\n  - b\n    more\n  lazy\n").blocks())
          .containsExactly(
              new Item(1, 1, List.of(new Text("a")), false),
              new Item(2, 2, List.of(new Text("b")), false),
              new Item(3, 2, List.of(new Text("more")), true),
              new Item(4, 2, List.of(new Text("lazy")), true));
    }

    @Test
    void htmlBlockDiagnosticNamesTheLinksItHides() {
      Outline outline =
          read("<p><a href=\"https://a.example\">A</a> <a href='https://b.example'>B</a></p>\n");

      assertThat(outline.blocks()).containsExactly(new Skipped(1, "HTML block"));
      assertThat(outline.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.severity()).isEqualTo(Severity.WARNING);
                assertThat(d.message()).contains("https://a.example", "https://b.example");
              });
    }

    @Test
    void codeBlockDiagnosticNamesTheUrlsItHides() {
      Outline outline = read("```\nhttps://in.code.example\n```\n");

      assertThat(outline.blocks()).extracting(Block::line).containsExactly(1, 2, 3);
      assertThat(outline.diagnostics())
          .singleElement()
          .satisfies(d -> assertThat(d.message()).contains("https://in.code.example"));
    }

    @Test
    void footnoteDefinitionLinksAreKeptWhereTheFootnoteIsReferenced() {
      Outline outline = read("Text[^n].\n\n[^n]: see [PyCon](https://pycon.org)\n");

      assertThat(outline.blocks())
          .containsExactly(
              new Paragraph(
                  1,
                  List.of(
                      new Text("Text (see "),
                      new Link(
                          new Target.Url("https://pycon.org"),
                          "PyCon",
                          "[PyCon](https://pycon.org)",
                          "https://pycon.org"),
                      new Text(")."))),
              new Skipped(2, "blank line"),
              new Skipped(3, "footnote [^n], read on line 1 where it is referenced"));
      assertThat(outline.diagnostics()).extracting(Diagnostic::code).containsExactly("footnote");
    }

    @Test
    void tableRowJoinsCellsAndKeepsLinks() {
      Outline outline = read("| a | [b](https://b.example) |\n|---|---|\n");

      assertThat(outline.blocks())
          .containsExactly(
              new Paragraph(
                  1,
                  List.of(
                      new Text("a | "),
                      new Link(
                          new Target.Url("https://b.example"),
                          "b",
                          "[b](https://b.example)",
                          "https://b.example"))),
              new Skipped(2, "table delimiter row"));
    }

    @Test
    void inlineHtmlAnchorBecomesALink() {
      Outline outline = read("<a href=\"https://x.org\">X</a>, Paris\n");

      assertThat(outline.blocks())
          .containsExactly(
              new Paragraph(
                  1,
                  List.of(
                      new Link(
                          new Target.Url("https://x.org"),
                          "X",
                          "<a href=\"https://x.org\">X</a>",
                          "https://x.org"),
                      new Text(", Paris"))));
    }
  }

  @Nested
  class TitlesAndLines {
    @Test
    void frontMatterTitleWinsOverArgument() {
      assertThat(reader.read("---\ntitle: 'PUGs'\n---\n", "Given", "").title()).isEqualTo("PUGs");
    }

    @Test
    void titleArgumentUsedWithoutFrontMatter() {
      assertThat(reader.read("# x\n", "Given", "").title()).isEqualTo("Given");
    }

    @Test
    void emptyPageHasNoLines() {
      Outline outline = read("");
      assertThat(outline.lineCount()).isZero();
      assertThat(outline.blocks()).isEmpty();
    }

    @Test
    void crlfAndCrLineEndingsAreLineEnds() {
      Outline outline = read("# A\r\n- b\rc\r\n\r\n");

      assertThat(outline.lineCount()).isEqualTo(4);
      assertThat(outline.blocks())
          .containsExactly(
              new Heading(1, 1, "A"),
              new Item(2, 1, List.of(new Text("b")), false),
              new Item(3, 1, List.of(new Text("c")), true),
              new Skipped(4, "blank line"));
    }

    @Test
    void lastLineWithoutNewlineCounts() {
      assertThat(read("a\nb").lineCount()).isEqualTo(2);
    }
  }

  @Nested
  class RealisticPages {
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
        strings = {"GoUserGroups.md", "readme-groups.md", "myst-groups.md", "paragraph-groups.md"})
    void everyLineIsReadOrExplained(String page) throws IOException {
      Outline outline = read(resource(page));

      MarkdownPropertiesTest.assertWellFormed(outline);
      assertThat(outline.blocks())
          .noneMatch(b -> b instanceof Skipped s && s.reason().equals("unread markup"));
      assertThat(outline.diagnostics())
          .noneMatch(d -> d.severity() == Severity.ERROR || d.code().equals("unread"));
    }

    @Test
    void goWikiStylePage() throws IOException {
      Outline outline =
          reader.read(resource("GoUserGroups.md"), "GoUserGroups", "https://go.dev/wiki/");

      assertThat(outline.title()).isEqualTo("GoUserGroups");
      assertThat(headings(outline))
          .containsExactly(
              "h1 Go User Groups",
              "h2 Table of Contents",
              "h2 Africa",
              "h3 Nigeria",
              "h2 Asia",
              "h3 India",
              "h3 Japan",
              "h2 Europe",
              "h3 Germany",
              "h3 United Kingdom");
      assertThat(outline.blocks())
          .contains(
              new Item(
                  26,
                  2,
                  List.of(
                      new Text("Slack: "),
                      new Link(
                          new Target.Url("https://gophers.slack.com/messages/pune"),
                          "#pune",
                          "[#pune](https://gophers.slack.com/messages/pune)",
                          "https://gophers.slack.com/messages/pune")),
                  false),
              new Item(37, 1, List.of(new Text("second Wednesday of the month.")), true),
              new Item(
                  40,
                  1,
                  List.of(
                      new Link(
                          new Target.Email("gophers@example.de", "mailto:gophers@example.de"),
                          "",
                          "<gophers@example.de>",
                          "gophers@example.de"),
                      new Text(".")),
                  true));
      assertThat(links(outline))
          .extracting(l -> l.target().display())
          .contains(
              "https://go.dev/wiki/GoConferences",
              "https://www.meetup.com/golang-users-berlin/",
              "https://www.meetup.com/GoSheffield/");
      assertThat(
              outline.blocks().stream()
                  .filter(b -> b instanceof Item i && !i.continuation() && i.depth() == 1))
          .hasSize(3 + 9); // three table-of-contents entries, nine groups
      assertThat(outline.diagnostics()).extracting(Diagnostic::code).containsOnly("anchor-link");
    }

    @Test
    void readmeWithEmojiFlagsAndBadges() throws IOException {
      Outline outline = read(resource("readme-groups.md"));

      assertThat(outline.blocks())
          .contains(
              new Item(12, 1, List.of(new Text("🇩🇪 Germany")), false),
              new Item(
                  22,
                  1,
                  List.of(
                      new Text("🇧🇷 "),
                      new Link(
                          new Target.Url("https://grupysp.org"),
                          "Grupy-SP",
                          "[Grupy-SP](https://grupysp.org)",
                          "https://grupysp.org"),
                      new Text(" – São Paulo, Brazil.")),
                  false));
      assertThat(links(outline))
          .extracting(l -> l.target().display())
          .contains("pywaw@googlegroups.com", "https://t.me/pythonargentina");
      assertThat(outline.diagnostics()).filteredOn(d -> d.code().equals("image")).hasSize(2);
      // the title's badge names nothing: it is left out of the heading, and said so
      assertThat(outline.blocks()).contains(new Block.Heading(1, 1, "Awesome Python User Groups"));
      assertThat(outline.diagnostics())
          .filteredOn(d -> d.code().equals("heading-badge"))
          .hasSize(1);
    }

    @Test
    void mystSphinxPage() throws IOException {
      Outline outline = read(resource("myst-groups.md"));

      assertThat(outline.title()).isEqualTo("Python Meetups in the Nordics");
      assertThat(headings(outline)).containsExactly("h1 Nordic groups", "h2 Sweden", "h2 Finland");
      assertThat(outline.blocks())
          .contains(
              new Skipped(7, "MyST target"),
              new Skipped(16, "MyST directive fence"),
              new Skipped(17, "MyST directive option"),
              new Item(20, 1, List.of(new Text("meets monthly.")), true),
              new Skipped(29, "MyST directive fence"),
              new Skipped(31, "code block"));
      assertThat(links(outline))
          .extracting(l -> l.target().display())
          .containsExactly(
              "https://pycon.se",
              "https://www.meetup.com/stockholm-python/",
              "https://helsinkipython.fi");
    }

    @Test
    void paragraphPerGroupPage() throws IOException {
      Outline outline = read(resource("paragraph-groups.md"));

      assertThat(outline.blocks()).filteredOn(Paragraph.class::isInstance).hasSize(6);
      assertThat(outline.blocks())
          .contains(
              new Paragraph(
                  10,
                  List.of(
                      new Link(
                          new Target.Url("https://twitter.com/pyladieslagos"),
                          "PyLadies Lagos",
                          "[PyLadies Lagos](https://twitter.com/pyladieslagos)",
                          "https://twitter.com/pyladieslagos"),
                      new Text(","))),
              new Paragraph(11, List.of(new Text("Lagos, Nigeria."))));
      assertThat(outline.diagnostics()).isEmpty();
    }
  }
}

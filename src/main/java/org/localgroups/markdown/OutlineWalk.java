package org.localgroups.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.jspecify.annotations.Nullable;
import org.localgroups.outline.Block;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Diagnostic.Severity;
import org.localgroups.outline.Inline;

/**
 * One reading of one page: walks the commonmark tree and gives every source line exactly one block.
 * A line keeps the first block given to it; lines nothing claimed are explained at the end.
 */
final class OutlineWalk {
  static final Pattern ATTRIBUTE_LINE =
      Pattern.compile("^\\s*\\{:?\\s*[.#:][^{}]*\\}\\s*$|^\\s*\\{:\\s*[\\w-]+=[^{}]*\\}\\s*$");
  private static final Pattern TRAILING_ATTRIBUTES =
      Pattern.compile("\\s*\\{:?\\s*[.#][^{}]*\\}\\s*$");
  private static final Pattern QUOTE_ONLY = Pattern.compile("^\\s*(>\\s*)+$");

  /** Where a block stands: at the top of the page, or inside a list item of some depth. */
  private sealed interface Place permits TopLevel, InItem {}

  private record TopLevel() implements Place {}

  /** Inside the list item of {@code depth} whose marker stands on {@code markerLine}. */
  private record InItem(int depth, int markerLine) implements Place {}

  /**
   * Containers (lists, items, quotes) deeper than this are not descended into: no real page nests
   * so deep.
   */
  static final int MAX_NESTING = 100;

  private final SourceText source;
  private final LinkTargets targets;
  private final @Nullable Block[] blocks;
  private int nesting;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Integer> definitions = new LinkedHashMap<>();
  private final List<String> usedDestinations = new ArrayList<>();
  private Footnotes footnotes = Footnotes.none();

  OutlineWalk(SourceText source, LinkTargets targets, Map<Integer, String> preset) {
    this.source = source;
    this.targets = targets;
    this.blocks = new Block[source.lineCount()];
    preset.forEach((line, reason) -> give(new Block.Skipped(line, reason)));
  }

  /** Reads the document and returns one block per line, in line order. */
  List<Block> walk(Document document) {
    footnotes = Footnotes.of(document, source, targets);
    block(document, new TopLevel());
    reportUnusedDefinitions();
    List<Block> out = new ArrayList<>(blocks.length);
    for (int i = 0; i < blocks.length; i++) {
      Block block = blocks[i];
      out.add(block != null ? block : unclaimed(i + 1));
    }
    return out;
  }

  List<Diagnostic> diagnostics() {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Comparator.comparingInt(Diagnostic::line));
    return sorted;
  }

  private void block(Node node, Place place) {
    if (nesting >= MAX_NESTING) {
      tooDeep(node);
      return;
    }
    nesting++;
    try {
      read(node, place);
    } finally {
      nesting--;
    }
  }

  private void tooDeep(Node node) {
    List<Integer> lines = lines(node);
    skip(lines, "nested too deeply");
    if (!lines.isEmpty()) {
      diagnostics.add(
          new Diagnostic(
              lines.getFirst(),
              0,
              Severity.WARNING,
              "too-deep",
              "blocks nested more than "
                  + MAX_NESTING
                  + " deep on lines "
                  + lines.getFirst()
                  + "-"
                  + lines.getLast()
                  + " are not read"));
    }
  }

  private void read(Node node, Place place) {
    switch (node) {
      case Document d -> children(d, place);
      case BlockQuote q -> children(q, place);
      case ListBlock list -> children(list, place);
      case ListItem item -> listItem(item, place);
      case Paragraph p -> paragraph(p, place);
      case Heading h -> heading(h, place);
      case TableBlock t -> table(t, place);
      case FencedCodeBlock code -> fencedCode(code);
      case IndentedCodeBlock code -> code(lines(code), code.getLiteral(), "code block");
      case HtmlBlock html -> html(html);
      case ThematicBreak rule -> skip(lines(rule), "horizontal rule");
      case LinkReferenceDefinition def -> definition(def);
      case YamlFrontMatterBlock front -> skip(lines(front), "front matter");
      case FootnoteDefinition note -> footnote(note);
      default -> unknown(node);
    }
  }

  private void children(Node parent, Place place) {
    @Nullable Node previous = null;
    for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof ListBlock list
          && previous instanceof ListBlock above
          && underItemAbove(list, above)) {
        block(c, nestedUnder(list, above, place));
      } else {
        block(c, place);
      }
      previous = c;
    }
  }

  /**
   * "1. One" followed by " - sub": the author nested the bullet by two spaces, but CommonMark needs
   * three under "1. " and starts a sibling list. A list right below a list and indented further is
   * read as nested under the last item above, and said so.
   */
  private static boolean underItemAbove(ListBlock list, ListBlock above) {
    List<SourceSpan> spans = list.getSourceSpans();
    List<SourceSpan> aboveSpans = above.getSourceSpans();
    return !spans.isEmpty()
        && !aboveSpans.isEmpty()
        && above.getLastChild() instanceof ListItem
        && spans.getFirst().getLineIndex() == aboveSpans.getLast().getLineIndex() + 1
        && markerIndent(list) > markerIndent(above);
  }

  private static int markerIndent(ListBlock list) {
    return list.getFirstChild() instanceof ListItem item && item.getMarkerIndent() != null
        ? item.getMarkerIndent()
        : 0;
  }

  private Place nestedUnder(ListBlock list, ListBlock above, Place place) {
    int depth = (place instanceof InItem in ? in.depth() : 0) + 1;
    List<Integer> lastItem = lines(above.getLastChild());
    int line = lines(list).getFirst();
    diagnostics.add(
        new Diagnostic(
            line,
            0,
            Severity.INFO,
            "shallow-nesting",
            "list on line "
                + line
                + " is indented under the item above but too little to nest in CommonMark;"
                + " read as nested under it"));
    return new InItem(depth, lastItem.isEmpty() ? line : lastItem.getFirst());
  }

  private void listItem(ListItem item, Place place) {
    int depth = place instanceof InItem in ? in.depth() + 1 : 1;
    List<Integer> lines = lines(item);
    if (lines.isEmpty()) {
      return;
    }
    int marker = lines.getFirst();
    children(item, new InItem(depth, marker));
    if (isFree(marker)) {
      give(new Block.Item(marker, depth, List.of(), false));
    }
  }

  private void paragraph(Paragraph paragraph, Place place) {
    List<Integer> lines = lines(paragraph);
    if (lines.isEmpty()) {
      return;
    }
    InlineReader.Lines content =
        InlineReader.read(paragraph, lines.getFirst(), source, targets, diagnostics, footnotes);
    for (int line : lines) {
      List<Inline> inlines = content.on(line);
      if (ATTRIBUTE_LINE.matcher(source.line(line)).matches()) {
        give(new Block.Skipped(line, "attribute list"));
      } else if (content.continuedFrom().containsKey(line)) {
        give(
            new Block.Skipped(
                line, "link continued from line " + content.continuedFrom().get(line)));
      } else {
        textLine(place, line, inlines);
      }
    }
    content
        .byLine()
        .forEach(
            (line, inlines) -> {
              if (!lines.contains(line)) {
                textLine(
                    place, line,
                    inlines); // a line a span list missed; keep its content rather than lose it
              }
            });
  }

  /** One line of running text, as an item line inside a list and as a paragraph line elsewhere. */
  private void textLine(Place place, int line, List<Inline> inlines) {
    noteLinks(inlines);
    boolean marker = place instanceof InItem in && in.markerLine() == line;
    if (!marker && isBlank(inlines)) {
      String written = source.line(line).strip();
      give(new Block.Skipped(line, written.startsWith("<!--") ? "comment" : "markup without text"));
      return;
    }
    switch (place) {
      case TopLevel top -> give(new Block.Paragraph(line, inlines));
      case InItem in -> give(new Block.Item(line, in.depth(), inlines, line != in.markerLine()));
    }
  }

  private void heading(Heading heading, Place place) {
    List<Integer> lines = lines(heading);
    if (lines.isEmpty()) {
      return;
    }
    InlineReader.Lines content =
        InlineReader.read(heading, lines.getFirst(), source, targets, diagnostics, footnotes);
    boolean setext = lines.size() > 1;
    List<Integer> textLines = setext ? lines.subList(0, lines.size() - 1) : lines;
    if (setext
        && textLines.stream()
            .allMatch(line -> ATTRIBUTE_LINE.matcher(source.line(line)).matches())) {
      // kramdown's "{: .x}" above a "---" rule: CommonMark sees a setext heading, the author an
      // attribute line and a rule
      skip(textLines, "attribute list");
      boolean rule = source.line(lines.getLast()).strip().startsWith("-");
      give(
          new Block.Skipped(
              lines.getLast(), rule ? "horizontal rule" : "setext heading underline"));
      return;
    }
    if (place instanceof InItem) {
      textLines.forEach(line -> textLine(place, line, content.on(line)));
    } else {
      StringBuilder text = new StringBuilder();
      for (int line : textLines) {
        List<Inline> inlines = withoutBadges(line, content.on(line));
        noteLinks(inlines);
        reportHeadingLinks(line, inlines);
        if (!text.isEmpty()) {
          text.append(' ');
        }
        inlines.forEach(i -> text.append(Inline.readable(i)));
      }
      String plain = TRAILING_ATTRIBUTES.matcher(text.toString().strip()).replaceFirst("").strip();
      give(new Block.Heading(lines.getFirst(), heading.getLevel(), plain));
      textLines.stream()
          .skip(1)
          .forEach(line -> give(new Block.Skipped(line, "setext heading continuation")));
    }
    if (setext) {
      give(new Block.Skipped(lines.getLast(), "setext heading underline"));
    }
  }

  /** {@code [![Awesome](badge.svg)](https://awesome.re)}: a link whose whole label is an image. */
  private static final Pattern BADGE =
      Pattern.compile("^\\[\\s*!\\[[^\\]]*\\]\\([^)]*\\)\\s*\\]\\(.*\\)$", Pattern.DOTALL);

  /**
   * A heading's badges (README titles carry "awesome", build and licence badges) name no region:
   * they are left out of its text, and said so.
   */
  private List<Inline> withoutBadges(int line, List<Inline> inlines) {
    List<Inline> kept = new ArrayList<>();
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Link link && BADGE.matcher(link.written()).matches()) {
        diagnostics.add(
            new Diagnostic(
                line,
                0,
                Severity.INFO,
                "heading-badge",
                "badge " + link.written() + " left out of the heading's text"));
      } else {
        kept.add(inline);
      }
    }
    return kept;
  }

  private void reportHeadingLinks(int line, List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Link link) {
        diagnostics.add(
            new Diagnostic(
                line,
                0,
                Severity.INFO,
                "heading-link",
                "link " + link.written() + " in a heading is kept as heading text only"));
      }
    }
  }

  private void table(TableBlock table, Place place) {
    List<Integer> rowLines = new ArrayList<>();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (row instanceof TableRow tableRow && !lines(tableRow).isEmpty()) {
          int line = lines(tableRow).getFirst();
          rowLines.add(line);
          textLine(place, line, row(tableRow, line));
        }
      }
    }
    for (int line : lines(table)) {
      if (!rowLines.contains(line)) {
        give(new Block.Skipped(line, "table delimiter row"));
      }
    }
  }

  private List<Inline> row(TableRow row, int line) {
    List<Inline> cells = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      if (cell instanceof TableCell tableCell) {
        if (!cells.isEmpty()) {
          cells.add(new Inline.Text(" | "));
        }
        cells.addAll(
            InlineReader.read(tableCell, line, source, targets, diagnostics, footnotes)
                .byLine()
                .values()
                .stream()
                .flatMap(List::stream)
                .toList());
      }
    }
    return merged(cells);
  }

  private void fencedCode(FencedCodeBlock code) {
    List<Integer> lines = lines(code);
    String info = code.getInfo() == null ? "" : code.getInfo().strip();
    if (info.startsWith("{") && !lines.isEmpty()) {
      give(new Block.Skipped(lines.getFirst(), DirectiveFences.FENCE));
      if (lines.size() > 1 && code.getClosingFenceLength() != null) {
        give(new Block.Skipped(lines.getLast(), DirectiveFences.FENCE));
      }
      code(
          lines,
          code.getLiteral(),
          "directive " + info.substring(0, info.indexOf('}') + 1) + " (not Markdown)");
      return;
    }
    code(lines, code.getLiteral(), "code block");
  }

  private void code(List<Integer> lines, String literal, String what) {
    skip(lines, "code block");
    List<String> urls = UrlSightings.in(literal);
    if (!urls.isEmpty() && !lines.isEmpty()) {
      diagnostics.add(
          new Diagnostic(
              lines.getFirst(),
              0,
              Severity.INFO,
              "code-block",
              what
                  + " on lines "
                  + lines.getFirst()
                  + "-"
                  + lines.getLast()
                  + " is skipped"
                  + UrlSightings.describe(urls)));
    }
  }

  private void html(HtmlBlock html) {
    List<Integer> lines = lines(html);
    String literal = html.getLiteral() == null ? "" : html.getLiteral();
    if (literal.strip().startsWith("<!--")) {
      skip(lines, "comment");
      return;
    }
    skip(lines, "HTML block");
    if (!lines.isEmpty()) {
      List<String> hrefs = UrlSightings.hrefs(literal);
      diagnostics.add(
          new Diagnostic(
              lines.getFirst(),
              0,
              Severity.WARNING,
              "html-block",
              "HTML block on lines "
                  + lines.getFirst()
                  + "-"
                  + lines.getLast()
                  + " is skipped"
                  + (hrefs.isEmpty()
                      ? ""
                      : "; its links are not imported: " + String.join(", ", hrefs))));
    }
  }

  private void definition(LinkReferenceDefinition def) {
    List<Integer> lines = lines(def);
    skip(lines, "link reference definition");
    if (!lines.isEmpty()) {
      definitions.putIfAbsent(
          "[" + def.getLabel() + "]: " + def.getDestination(), lines.getFirst());
    }
  }

  private void footnote(FootnoteDefinition note) {
    List<Integer> lines = lines(note);
    if (lines.isEmpty()) {
      return;
    }
    int takenBy = footnotes.takenBy(note.getLabel());
    if (takenBy > 0) {
      String reason =
          "footnote [^"
              + note.getLabel()
              + "], read on line "
              + takenBy
              + " where it is referenced";
      for (int line = lines.getFirst(); line <= lines.getLast(); line++) {
        if (isFree(line)) {
          give(new Block.Skipped(line, source.line(line).isBlank() ? "blank line" : reason));
        }
      }
      return;
    }
    children(note, new TopLevel());
    diagnostics.add(
        new Diagnostic(
            lines.getFirst(),
            0,
            Severity.INFO,
            "footnote",
            "footnote [^" + note.getLabel() + "] read as paragraph text"));
    if (isFree(lines.getFirst())) {
      give(new Block.Skipped(lines.getFirst(), "footnote label"));
    }
  }

  private void unknown(Node node) {
    List<Integer> lines = lines(node);
    skip(lines, "unread markup");
    if (!lines.isEmpty()) {
      diagnostics.add(
          new Diagnostic(
              lines.getFirst(),
              0,
              Severity.WARNING,
              "unread",
              node.getClass().getSimpleName() + " on line " + lines.getFirst() + " is not read"));
    }
  }

  private Block unclaimed(int line) {
    String text = source.line(line);
    if (text.isBlank() || QUOTE_ONLY.matcher(text).matches()) {
      return new Block.Skipped(line, "blank line");
    }
    diagnostics.add(
        new Diagnostic(line, 0, Severity.WARNING, "unread", "line not read: " + text.strip()));
    return new Block.Skipped(line, "unread markup");
  }

  private void noteLinks(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Link link) {
        usedDestinations.add(link.written());
      }
    }
  }

  private void reportUnusedDefinitions() {
    definitions.forEach(
        (definition, line) -> {
          String label = definition.substring(1, definition.indexOf("]: "));
          String reference = "[" + label.toLowerCase(Locale.ROOT) + "]";
          boolean used =
              usedDestinations.stream()
                  .anyMatch(w -> w.toLowerCase(Locale.ROOT).contains(reference));
          if (!used) {
            diagnostics.add(
                new Diagnostic(
                    line,
                    0,
                    Severity.INFO,
                    "unused-definition",
                    "link reference definition "
                        + definition
                        + " is never used, so it is not imported"));
          }
        });
  }

  private static boolean isBlank(List<Inline> inlines) {
    return inlines.stream().allMatch(i -> i instanceof Inline.Text t && t.text().isBlank());
  }

  private static List<Inline> merged(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>();
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text t
          && !out.isEmpty()
          && out.getLast() instanceof Inline.Text previous) {
        out.set(out.size() - 1, new Inline.Text(previous.text() + t.text()));
      } else {
        out.add(inline);
      }
    }
    return out;
  }

  private void skip(List<Integer> lines, String reason) {
    lines.forEach(line -> give(new Block.Skipped(line, reason)));
  }

  private boolean isFree(int line) {
    return line >= 1 && line <= blocks.length && blocks[line - 1] == null;
  }

  private void give(Block block) {
    if (isFree(block.line())) {
      blocks[block.line() - 1] = block;
    }
  }

  /** The distinct 1-based lines a node's source spans cover, in order. */
  private static List<Integer> lines(Node node) {
    List<Integer> lines = new ArrayList<>();
    for (SourceSpan span : node.getSourceSpans()) {
      int line = span.getLineIndex() + 1;
      if (lines.isEmpty() || lines.getLast() < line) {
        lines.add(line);
      }
    }
    return lines;
  }
}

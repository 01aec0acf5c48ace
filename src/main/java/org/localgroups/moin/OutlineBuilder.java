package org.localgroups.moin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.localgroups.outline.Block;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Diagnostic.Severity;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Outline;

/** Reads a parsed page for its author's intent: one outline block per source line. */
final class OutlineBuilder {
  static final String TABLE_OF_CONTENTS = "TableOfContents";
  private static final Pattern CATEGORY_LINE = Pattern.compile("\\s*(?:Category\\w+\\s*)+");
  private static final Pattern OLD_MACRO = Pattern.compile("(\\w+)\\((.*)\\)");

  /**
   * One or more literal stars, each followed by blanks; capped so a line of 10k stars stays cheap.
   */
  private static final Pattern LITERAL_STAR =
      Pattern.compile("(?:\\*[ \\t]+){1," + MoinParser.DEFAULT_MAX_NESTING_DEPTH + "}");

  private final MoinPage page;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Diagnostic> diagnostics;

  private OutlineBuilder(MoinPage page) {
    this.page = page;
    this.diagnostics = new ArrayList<>(page.diagnostics());
  }

  static Outline build(MoinPage page, String title) {
    OutlineBuilder builder = new OutlineBuilder(page);
    page.blocks().forEach(builder::block);
    List<Diagnostic> sorted = new ArrayList<>(builder.diagnostics);
    sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return new Outline(title, builder.blocks, sorted, page.lineCount());
  }

  private void block(MoinBlock block) {
    int line = block.span().line();
    switch (block) {
      case MoinBlock.Blank b -> skip(line, "blank line");
      case MoinBlock.Heading h -> blocks.add(new Block.Heading(line, h.level(), h.text()));
      case MoinBlock.ListItem item -> listItem(item);
      case MoinBlock.Paragraph p -> paragraph(p);
      case MoinBlock.HorizontalRule r -> skip(line, "horizontal rule");
      case MoinBlock.Macro m ->
          macroLine(line, m.span().column(), m.name(), "<<" + m.name() + ">>");
      case MoinBlock.ProcessingInstruction pi -> skip(line, "processing instruction");
      case MoinBlock.Comment c -> skip(line, "comment");
      case MoinBlock.CodeBlock code -> {
        int last =
            line + (int) code.span().of(page.source()).chars().filter(c -> c == '\n').count();
        for (int n = line; n <= last; n++) {
          skip(n, "code block");
        }
      }
      case MoinBlock.TableRow row -> tableRow(row);
    }
  }

  private void skip(int line, String reason) {
    blocks.add(new Block.Skipped(line, reason));
  }

  private void macroLine(int line, int column, String name, String written) {
    if (name.equals(TABLE_OF_CONTENTS)) {
      skip(line, "table of contents macro");
      return;
    }
    skip(line, "macro " + written);
    diagnostics.add(
        new Diagnostic(
            line,
            column,
            Severity.INFO,
            "macro-line",
            "The macro " + written + " carries no directory content; the line is skipped."));
  }

  private void listItem(MoinBlock.ListItem item) {
    int line = item.span().line();
    List<Inline> content = inlines(line, item.content());
    int depth = item.depth();
    boolean continuation =
        item.marker() == MoinBlock.Marker.NONE || item.marker() == MoinBlock.Marker.CONTINUATION;
    if (item.marker() == MoinBlock.Marker.BULLET && startsWithLiteralStar(content)) {
      int stars = literalStars(content);
      content = dropLiteralStar(content);
      depth += stars;
      int column = item.content().get(0).span().column();
      diagnostics.add(
          new Diagnostic(
              line,
              column,
              Severity.WARNING,
              "literal-second-star",
              "Only the first * is a bullet in MoinMoin; the next * shows as text. Read as a nested item."));
    }
    if (item.marker() == MoinBlock.Marker.DEFINITION) {
      content = definition(line, item.term(), content);
    }
    content = trimEnd(content);
    if (content.isEmpty()) {
      skip(line, "empty list item");
      return;
    }
    blocks.add(new Block.Item(line, depth, content, continuation));
  }

  private List<Inline> definition(int line, String term, List<Inline> content) {
    String shownTerm = term;
    if (term.startsWith("*")) {
      shownTerm = term.substring(1).strip();
      diagnostics.add(
          new Diagnostic(
              line,
              0,
              Severity.INFO,
              "bullet-definition",
              "MoinMoin reads \" * term:: text\" as a definition whose term is \"" + term + "\"."));
    }
    List<Inline> withTerm = new ArrayList<>();
    withTerm.add(new Inline.Text(content.isEmpty() ? shownTerm + ":" : shownTerm + ": "));
    withTerm.addAll(content);
    return withTerm;
  }

  private void paragraph(MoinBlock.Paragraph p) {
    int line = p.span().line();
    String text = p.span().of(page.source());
    if (CATEGORY_LINE.matcher(text).matches()) {
      skip(line, "category line");
      return;
    }
    String oldMacro = oldMacroName(p);
    if (oldMacro != null) {
      diagnostics.add(
          new Diagnostic(
              line,
              1,
              Severity.WARNING,
              "old-macro-syntax",
              "[["
                  + oldMacro
                  + "()]] is MoinMoin 1.5 macro syntax; 1.9 shows a link to a page of that name."));
      macroLine(line, 1, oldMacro, text.strip());
      return;
    }
    List<Inline> content = trimEnd(inlines(line, p.content()));
    if (startsWithLiteralStar(content)) {
      diagnostics.add(
          new Diagnostic(
              line,
              1,
              Severity.WARNING,
              "unindented-bullet",
              "A * at column 0 is no bullet in MoinMoin (it needs a blank before it); shown as text, read as an item."));
      blocks.add(
          new Block.Item(line, literalStars(content), trimEnd(dropLiteralStar(content)), false));
      return;
    }
    blocks.add(new Block.Paragraph(line, content));
  }

  /** The name of an old-style {@code [[Name()]]} macro standing alone on the line, else null. */
  private static @Nullable String oldMacroName(MoinBlock.Paragraph p) {
    List<MoinInline> content =
        p.content().stream()
            .filter(i -> !(i instanceof MoinInline.Text t && t.text().isBlank()))
            .toList();
    if (content.size() == 1
        && content.get(0) instanceof MoinInline.BracketLink link
        && link.label().isEmpty()) {
      var m = OLD_MACRO.matcher(link.target());
      if (m.matches() && Character.isUpperCase(link.target().charAt(0))) {
        return m.group(1);
      }
    }
    return null;
  }

  private void tableRow(MoinBlock.TableRow row) {
    int line = row.span().line();
    List<Inline> content = new ArrayList<>();
    for (MoinBlock.TableCell cell : row.cells()) {
      if (!content.isEmpty()) {
        content.add(new Inline.Text(" | "));
      }
      content.addAll(inlines(line, cell.content()));
    }
    content = trimEnd(merge(content));
    if (content.isEmpty()) {
      skip(line, "empty table row");
      return;
    }
    blocks.add(new Block.Paragraph(line, content));
  }

  private List<Inline> inlines(int line, List<MoinInline> content) {
    return InlineIntent.read(page.source(), line, content, diagnostics);
  }

  private static boolean startsWithLiteralStar(List<Inline> content) {
    return !content.isEmpty()
        && content.get(0) instanceof Inline.Text t
        && LITERAL_STAR.matcher(t.text()).lookingAt();
  }

  private static int literalStars(List<Inline> content) {
    var m = LITERAL_STAR.matcher(((Inline.Text) content.get(0)).text());
    m.lookingAt();
    return (int) m.group().chars().filter(c -> c == '*').count();
  }

  private static List<Inline> dropLiteralStar(List<Inline> content) {
    Inline.Text first = (Inline.Text) content.get(0);
    var m = LITERAL_STAR.matcher(first.text());
    m.lookingAt();
    String rest = first.text().substring(m.end());
    List<Inline> out = new ArrayList<>();
    if (!rest.isEmpty()) {
      out.add(new Inline.Text(rest));
    }
    out.addAll(content.subList(1, content.size()));
    return out;
  }

  /** Trailing blanks of a line carry nothing; the last text loses them (and vanishes if empty). */
  private static List<Inline> trimEnd(List<Inline> content) {
    if (content.isEmpty() || !(content.get(content.size() - 1) instanceof Inline.Text last)) {
      return content;
    }
    String trimmed = last.text().stripTrailing();
    List<Inline> out = new ArrayList<>(content.subList(0, content.size() - 1));
    if (!trimmed.isEmpty()) {
      out.add(new Inline.Text(trimmed));
    }
    return out;
  }

  private static List<Inline> merge(List<Inline> content) {
    List<Inline> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Inline inline : content) {
      if (inline instanceof Inline.Text t) {
        text.append(t.text());
        continue;
      }
      if (!text.isEmpty()) {
        out.add(new Inline.Text(text.toString()));
        text.setLength(0);
      }
      out.add(inline);
    }
    if (!text.isEmpty()) {
      out.add(new Inline.Text(text.toString()));
    }
    return out;
  }
}

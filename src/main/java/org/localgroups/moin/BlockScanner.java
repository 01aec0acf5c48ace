package org.localgroups.moin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Diagnostic.Severity;

/**
 * Reads a page line by line into blocks, as MoinMoin 1.9's {@code text_moin_wiki} does. One use per
 * parse.
 */
final class BlockScanner {
  /** Prefixes MoinMoin hides anywhere on a page (P 1446-1470). */
  private static final List<String> HIDDEN_PREFIXES =
      List.of(
          "#format",
          "#refresh",
          "#redirect",
          "#deprecated",
          "#pragma",
          "#form",
          "#acl",
          "#language");

  private static final List<String> PI_VERBS =
      List.of("format", "acl", "language", "pragma", "redirect", "refresh", "deprecated", "form");

  private static final int MAX_HEADING_LEVEL = 5;

  private final String source;
  private final List<Line> lines;
  private final IndentStack indents;
  private final int maxNestingDepth;
  private final List<MoinBlock> blocks = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private boolean nestingReported;

  BlockScanner(String source, int maxNestingDepth) {
    this.source = source;
    this.lines = Line.split(source);
    this.maxNestingDepth = maxNestingDepth;
    this.indents = new IndentStack(maxNestingDepth);
  }

  MoinPage scan() {
    boolean piZone = true;
    int n = 0;
    while (n < lines.size()) {
      Line line = lines.get(n);
      if (piZone && line.length() > 0 && line.charAt(0) == '#' && !line.text().equals("#")) {
        blocks.add(instruction(line, true));
        n++;
        continue;
      }
      piZone = false;
      int codeEnd = codeBlockEnd(n);
      if (codeEnd >= 0) {
        n = codeEnd + 1;
        continue;
      }
      blocks.add(block(line));
      n++;
    }
    return new MoinPage(source, blocks, diagnostics, lines.size());
  }

  private MoinBlock instruction(Line line, boolean atTop) {
    String text = line.text();
    if (text.startsWith("##")) {
      return new MoinBlock.Comment(line.span(), text.substring(2));
    }
    int space = 1;
    while (space < text.length() && !MoinSyntax.isSpace(text.charAt(space))) {
      space++;
    }
    String verb = text.substring(1, space).toLowerCase(Locale.ROOT);
    String args = text.substring(space).strip();
    if (!PI_VERBS.contains(verb)) {
      diagnostics.add(
          new Diagnostic(
              line.number(),
              1,
              Severity.WARNING,
              "pi-hides-line",
              atTop
                  ? "MoinMoin removes every leading line that starts with #, so this line is not shown."
                  : "MoinMoin hides any line starting with an instruction prefix such as #form, so this one is not shown."));
    }
    return new MoinBlock.ProcessingInstruction(line.span(), verb, args);
  }

  /** If a code block opens at line {@code n}, adds it and returns its last line index; else -1. */
  private int codeBlockEnd(int n) {
    Line open = lines.get(n);
    int b = open.leadingBlanks();
    int braces = 0;
    while (b + braces < open.length() && open.charAt(b + braces) == '{') {
      braces++;
    }
    if (braces < 3) {
      return -1;
    }
    String closer = "}".repeat(braces);
    String rest = open.text().substring(b + braces);
    if (rest.contains(closer)) {
      return -1;
    }
    if (b == 0) {
      indents.moveTo(0);
    }
    int last = n + 1;
    while (last < lines.size() && !lines.get(last).text().contains(closer)) {
      last++;
    }
    boolean closed = last < lines.size();
    if (!closed) {
      last = lines.size() - 1;
      diagnostics.add(
          new Diagnostic(
              open.number(),
              b + 1,
              Severity.WARNING,
              "unclosed-code-block",
              "This {{{ block is never closed, so the rest of the page is shown as code."));
    }
    Line end = lines.get(last);
    SourceSpan span = new SourceSpan(open.number(), 1, open.start(), end.end() - open.start());
    int bodyStart = n + 1 < lines.size() ? lines.get(n + 1).start() : open.end();
    int bodyEnd = closed ? end.start() : end.end();
    String body = bodyStart < bodyEnd ? source.substring(bodyStart, bodyEnd) : "";
    blocks.add(new MoinBlock.CodeBlock(span, rest.strip(), body, closed));
    return last;
  }

  private MoinBlock block(Line line) {
    if (line.isBlankLine()) {
      return new MoinBlock.Blank(line.span());
    }
    String text = line.text();
    if (isHidden(text)) {
      return instruction(line, false);
    }
    int width = line.indentWidth();
    if (width == 0) {
      indents.moveTo(0);
      MoinBlock special = columnZeroBlock(line);
      if (special != null) {
        return special;
      }
    }
    int b = line.leadingBlanks();
    if (text.startsWith("||", b)) {
      if (width > 0) {
        indents.moveTo(0);
      }
      return TableRows.read(line, b, diagnostics);
    }
    if (width == 0) {
      return new MoinBlock.Paragraph(
          line.span(), new InlineScanner(line, diagnostics).scan(0, line.length()));
    }
    return ListItems.read(line, b, width, depthFor(line, width), diagnostics);
  }

  private static boolean isHidden(String text) {
    if (text.startsWith("##")) {
      return true;
    }
    String lower = text.substring(0, Math.min(text.length(), 12)).toLowerCase(Locale.ROOT);
    return HIDDEN_PREFIXES.stream().anyMatch(lower::startsWith);
  }

  private int depthFor(Line line, int width) {
    if (!indents.moveTo(width) && !nestingReported) {
      nestingReported = true;
      diagnostics.add(
          new Diagnostic(
              line.number(),
              1,
              Severity.WARNING,
              "nesting-too-deep",
              "Lists nest deeper than "
                  + maxNestingDepth
                  + " levels here; deeper lines are read at that level."));
    }
    return indents.depth();
  }

  private @Nullable MoinBlock columnZeroBlock(Line line) {
    char first = line.charAt(0);
    if (first == '=') {
      return Headings.read(line, MAX_HEADING_LEVEL, diagnostics);
    }
    if (first == '-' && isRule(line.text())) {
      return new MoinBlock.HorizontalRule(line.span());
    }
    if (first == '<') {
      return macroLine(line);
    }
    return null;
  }

  private static boolean isRule(String text) {
    String stripped = text.stripTrailing();
    return stripped.length() >= 4 && stripped.chars().allMatch(c -> c == '-');
  }

  /**
   * A line that is only {@code <<Name>>} or {@code <<Name(args)>>}, args ending at the first {@code
   * )>>}.
   */
  private static @Nullable MoinBlock macroLine(Line line) {
    String text = line.text().stripTrailing();
    if (!text.startsWith("<<") || !text.endsWith(">>")) {
      return null;
    }
    int nameEnd = 2;
    while (nameEnd < text.length() && MoinSyntax.isWordChar(text.charAt(nameEnd))) {
      nameEnd++;
    }
    if (nameEnd == 2) {
      return null;
    }
    String name = text.substring(2, nameEnd);
    if (nameEnd == text.length() - 2) {
      return new MoinBlock.Macro(line.span(), name, "");
    }
    if (text.charAt(nameEnd) == '(' && text.indexOf(")>>", nameEnd) == text.length() - 3) {
      return new MoinBlock.Macro(line.span(), name, text.substring(nameEnd + 1, text.length() - 3));
    }
    return null;
  }
}

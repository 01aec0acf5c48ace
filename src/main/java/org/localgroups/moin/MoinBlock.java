package org.localgroups.moin;

import java.util.List;

/**
 * One block of a MoinMoin page. Every block but {@link CodeBlock} covers exactly one source line; a
 * code block covers its lines from the opening to the closing braces.
 */
public sealed interface MoinBlock {
  SourceSpan span();

  /** The list marker of a {@link ListItem}. */
  enum Marker {
    /** {@code * x} */
    BULLET,
    /** {@code 1. x}, {@code a. x}, {@code i. x} */
    NUMBER,
    /** {@code . x}, an item without a bullet */
    NONE,
    /** {@code term:: text} */
    DEFINITION,
    /**
     * an indented line without a marker: continues the item at its width, or opens a bullet-less
     * one deeper
     */
    CONTINUATION
  }

  /** A line with nothing but blanks. */
  record Blank(SourceSpan span) implements MoinBlock {}

  /**
   * A heading line. {@code valid} is false for a near-heading MoinMoin shows as plain text
   * (trailing blank, unequal {@code =} runs, no blanks around the text); {@code text} is literal
   * and trimmed.
   */
  record Heading(SourceSpan span, int level, String text, boolean valid) implements MoinBlock {}

  /**
   * An indented list line.
   *
   * @param indent leading blanks with tabs expanded to 8 columns
   * @param depth 1-based nesting from MoinMoin's indentation stack
   * @param term the definition term for {@link Marker#DEFINITION}, else ""
   * @param content inline content after the marker (after the {@code ::} for definitions)
   */
  record ListItem(
      SourceSpan span, int indent, Marker marker, int depth, String term, List<MoinInline> content)
      implements MoinBlock {
    public ListItem {
      content = List.copyOf(content);
    }
  }

  /** A line of running text at column 0. */
  record Paragraph(SourceSpan span, List<MoinInline> content) implements MoinBlock {
    public Paragraph {
      content = List.copyOf(content);
    }
  }

  /** A line of four or more dashes. */
  record HorizontalRule(SourceSpan span) implements MoinBlock {}

  /**
   * A line holding only a macro call, e.g. {@code <<TableOfContents>>}; {@code args} is "" without
   * parentheses.
   */
  record Macro(SourceSpan span, String name, String args) implements MoinBlock {}

  /** A leading {@code #verb args} line MoinMoin removes from the page. */
  record ProcessingInstruction(SourceSpan span, String verb, String args) implements MoinBlock {}

  /** A {@code ##} line at column 0, hidden everywhere on the page. */
  record Comment(SourceSpan span, String text) implements MoinBlock {}

  /**
   * A {@code {{{ ... }}}} block whose contents are not parsed.
   *
   * @param opener what follows the braces on the first line, e.g. {@code #!python}
   * @param closed false when the page ended before the closing braces
   */
  record CodeBlock(SourceSpan span, String opener, String body, boolean closed)
      implements MoinBlock {}

  /** A table row {@code ||a||b||}; each cell's inlines. */
  record TableRow(SourceSpan span, List<TableCell> cells) implements MoinBlock {
    public TableRow {
      cells = List.copyOf(cells);
    }
  }

  /** One cell of a {@link TableRow}; its span is the text between the bars. */
  record TableCell(SourceSpan span, List<MoinInline> content) {
    public TableCell {
      content = List.copyOf(content);
    }
  }
}

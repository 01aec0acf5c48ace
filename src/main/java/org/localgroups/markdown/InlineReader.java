package org.localgroups.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.jspecify.annotations.Nullable;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Diagnostic.Severity;
import org.localgroups.outline.Inline;

/**
 * Reads the inline content of one commonmark block into outline inlines, line by line: each piece
 * goes to the source line it starts on, so soft and hard line breaks split the content.
 */
final class InlineReader {
  private static final int MAX_NESTING = 100;

  /** How many inline nodes after {@code <a href>} are searched for its {@code </a>}. */
  private static final int ANCHOR_REACH = 64;

  private static final Pattern ANCHOR_OPEN =
      Pattern.compile("(?is)^<a\\s[^>]*?href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))[^>]*>$");
  private static final Pattern ANCHOR_CLOSE = Pattern.compile("(?i)^</a\\s*>$");
  private static final Pattern MYST_ROLE = Pattern.compile("\\{[\\w:.-]+\\}$");
  private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)^<br\\s*/?>$");

  /**
   * The content of a block by 1-based line.
   *
   * @param byLine inlines per line, in reading order, adjacent texts merged
   * @param continuedFrom lines that hold nothing but the rest of a link begun on an earlier line,
   *     to that line
   */
  record Lines(SortedMap<Integer, List<Inline>> byLine, Map<Integer, Integer> continuedFrom) {
    List<Inline> on(int line) {
      return byLine.getOrDefault(line, List.of());
    }
  }

  private final SourceText source;
  private final LinkTargets targets;
  private final List<Diagnostic> diagnostics;
  private final Footnotes footnotes;
  private final SortedMap<Integer, List<Inline>> byLine = new TreeMap<>();
  private final Map<Integer, Integer> continuedFrom = new HashMap<>();
  private int currentLine;
  private int nesting;

  private InlineReader(
      SourceText source,
      LinkTargets targets,
      List<Diagnostic> diagnostics,
      Footnotes footnotes,
      int firstLine) {
    this.source = source;
    this.targets = targets;
    this.diagnostics = diagnostics;
    this.footnotes = footnotes;
    this.currentLine = firstLine;
  }

  /** Reads the children of {@code block}, whose first line is {@code firstLine}. */
  static Lines read(
      Node block,
      int firstLine,
      SourceText source,
      LinkTargets targets,
      List<Diagnostic> diagnostics,
      Footnotes footnotes) {
    InlineReader reader = new InlineReader(source, targets, diagnostics, footnotes, firstLine);
    reader.children(block);
    reader.continuedFrom.keySet().removeAll(reader.byLine.keySet());
    return new Lines(reader.byLine, reader.continuedFrom);
  }

  private void children(Node parent) {
    @Nullable Node child = parent.getFirstChild();
    while (child != null) {
      child = inline(child);
    }
  }

  /** Reads one inline node and returns the next one to read. */
  private @Nullable Node inline(Node node) {
    int line = lineOf(node);
    switch (node) {
      case Text text -> add(line, text.getLiteral());
      case Code code -> {
        dropRoleBefore(line);
        add(line, code.getLiteral());
      }
      case SoftLineBreak ignored -> currentLine++;
      case HardLineBreak ignored -> currentLine++;
      case FootnoteReference ref -> footnote(ref, line);
      case Link link -> link(link, line);
      case Image image -> image(image, line);
      case HtmlInline html -> {
        return html(html, line);
      }
      default -> nested(node, line);
    }
    return next(node);
  }

  /** {@code [^2]}: the footnote's text, in parentheses, where it is first referenced. */
  private void footnote(FootnoteReference ref, int line) {
    List<Inline> text = footnotes.at(ref.getLabel(), line);
    if (text.isEmpty()) {
      return;
    }
    diagnostics.add(
        new Diagnostic(
            line,
            columnOf(ref),
            Severity.INFO,
            "footnote",
            "footnote [^" + ref.getLabel() + "] read here, in parentheses"));
    add(line, " (");
    for (Inline inline : text) {
      switch (inline) {
        case Inline.Text t -> add(line, t.text());
        case Inline.Link l -> add(line, l);
      }
    }
    add(line, ")");
  }

  /** Emphasis and other containers: read through, but not deeper than a real page would nest. */
  private void nested(Node node, int line) {
    if (nesting >= MAX_NESTING) {
      add(line, source.slice(node.getSourceSpans()));
      return;
    }
    nesting++;
    children(node);
    nesting--;
  }

  private static @Nullable Node next(Node node) {
    return node.getNext();
  }

  private void link(Link link, int line) {
    String written = source.slice(link.getSourceSpans());
    String label = written.startsWith("[") ? label(link) : "";
    int column = columnOf(link);
    reportImages(link, line);
    add(
        line,
        new Inline.Link(
            targets.target(link.getDestination(), line, column, diagnostics),
            label,
            written,
            LinkTargets.writtenTarget(written, link.getDestination())));
    markContinued(link, line);
  }

  private void image(Image image, int line) {
    reportImage(image, line);
    add(line, label(image));
    markContinued(image, line);
  }

  private void reportImage(Image image, int line) {
    diagnostics.add(
        new Diagnostic(
            line,
            columnOf(image),
            Severity.INFO,
            "image",
            "image " + image.getDestination() + " read as its alt text \"" + label(image) + "\""));
  }

  /** Images inside a link label (badges, logos) are read as alt text too, and said so. */
  private void reportImages(Node parent, int line) {
    for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Image image) {
        reportImage(image, line);
      } else {
        reportImages(c, line);
      }
    }
  }

  /**
   * Inline HTML: a link tag pair becomes a link, a line break a space; other tags are dropped,
   * their text kept.
   */
  private @Nullable Node html(HtmlInline html, int line) {
    String tag = html.getLiteral().strip();
    int column = columnOf(html);
    if (tag.startsWith("<!--")) {
      diagnostics.add(
          new Diagnostic(line, column, Severity.INFO, "comment", "HTML comment dropped: " + tag));
      return next(html);
    }
    if (LINE_BREAK_TAG.matcher(tag).matches()) {
      add(line, " ");
      return next(html);
    }
    Matcher anchor = ANCHOR_OPEN.matcher(tag);
    if (anchor.matches()) {
      @Nullable Node close = html.getNext();
      StringBuilder label = new StringBuilder();
      int seen = 0;
      while (close != null
          && !(close instanceof HtmlInline h
              && ANCHOR_CLOSE.matcher(h.getLiteral().strip()).matches())) {
        if (++seen > ANCHOR_REACH
            || (close instanceof HtmlInline h
                && ANCHOR_OPEN.matcher(h.getLiteral().strip()).matches())) {
          close = null; // no closing tag near: the tag is dropped like any other
          break;
        }
        label.append(textOf(close));
        close = close.getNext();
      }
      if (close != null) {
        String href =
            anchor.group(1) != null
                ? anchor.group(1)
                : anchor.group(2) != null ? anchor.group(2) : anchor.group(3);
        String written = writtenBetween(html, close);
        add(
            line,
            new Inline.Link(
                targets.target(href, line, column, diagnostics),
                label.toString().strip(),
                written,
                href.strip()));
        diagnostics.add(
            new Diagnostic(
                line,
                column,
                Severity.INFO,
                "inline-html",
                "inline HTML link " + written + " read as a link"));
        return next(close);
      }
    }
    diagnostics.add(
        new Diagnostic(
            line,
            column,
            Severity.INFO,
            "inline-html",
            "inline HTML " + tag + " dropped, the text around it kept"));
    return next(html);
  }

  private String writtenBetween(Node first, Node last) {
    List<SourceSpan> from = first.getSourceSpans();
    List<SourceSpan> to = last.getSourceSpans();
    if (from.isEmpty() || to.isEmpty()) {
      return textOf(first);
    }
    SourceSpan a = from.getFirst();
    SourceSpan b = to.getLast();
    if (a.getLineIndex() == b.getLineIndex()) {
      return source.slice(
          List.of(
              SourceSpan.of(
                  a.getLineIndex(),
                  a.getColumnIndex(),
                  a.getInputIndex(),
                  b.getColumnIndex() + b.getLength() - a.getColumnIndex())));
    }
    return source.slice(List.of(a)) + "…" + source.slice(List.of(b));
  }

  private void markContinued(Node node, int line) {
    for (SourceSpan span : node.getSourceSpans()) {
      int spanLine = span.getLineIndex() + 1;
      if (spanLine > line) {
        continuedFrom.putIfAbsent(spanLine, line);
        currentLine = Math.max(currentLine, spanLine);
      }
    }
  }

  private int lineOf(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (!spans.isEmpty()) {
      currentLine = spans.getFirst().getLineIndex() + 1;
    }
    return currentLine;
  }

  private static int columnOf(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.getFirst().getColumnIndex() + 1;
  }

  /**
   * The visible text of a link label or image description, markup removed, line breaks as spaces.
   */
  static String label(Node node) {
    return childText(node, 0).strip();
  }

  private static String textOf(Node node) {
    return textOf(node, 0);
  }

  private static String textOf(Node node, int depth) {
    return switch (node) {
      case Text t -> t.getLiteral();
      case Code c -> c.getLiteral();
      case SoftLineBreak ignored -> " ";
      case HardLineBreak ignored -> " ";
      case HtmlInline ignored -> "";
      case FootnoteReference ignored -> "";
      default -> depth < MAX_NESTING ? childText(node, depth + 1) : "";
    };
  }

  private static String childText(Node node, int depth) {
    StringBuilder out = new StringBuilder();
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      out.append(textOf(c, depth));
    }
    return out.toString();
  }

  /**
   * A MyST role such as {doc}`page` is written as {name} right before a code span: keep only the
   * span.
   */
  private void dropRoleBefore(int line) {
    List<Inline> inlines = byLine.get(line);
    if (inlines != null
        && !inlines.isEmpty()
        && inlines.getLast() instanceof Inline.Text previous) {
      Matcher role = MYST_ROLE.matcher(previous.text());
      if (role.find()) {
        String rest = previous.text().substring(0, role.start());
        if (rest.isEmpty()) {
          inlines.removeLast();
        } else {
          inlines.set(inlines.size() - 1, new Inline.Text(rest));
        }
      }
    }
  }

  private void add(int line, String text) {
    if (text.isEmpty()) {
      return;
    }
    List<Inline> inlines = byLine.computeIfAbsent(line, l -> new ArrayList<>());
    if (!inlines.isEmpty() && inlines.getLast() instanceof Inline.Text previous) {
      inlines.set(inlines.size() - 1, new Inline.Text(previous.text() + text));
    } else {
      inlines.add(new Inline.Text(text));
    }
  }

  private void add(int line, Inline.Link link) {
    byLine.computeIfAbsent(line, l -> new ArrayList<>()).add(link);
  }
}

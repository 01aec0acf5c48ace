package org.localgroups.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Inline;

/**
 * The footnotes of one page, read into the line that refers to them: on a list page {@code [Utrecht
 * Haskell](...)[^2]} with {@code [^2]: Currently on a break.} says something of that group, so its
 * text belongs on the group's line, in parentheses. A definition that comes before any reference to
 * it is read where it stands instead; either way its text is read exactly once. One instance per
 * read; not thread-safe.
 */
final class Footnotes {
  private final Map<String, List<Inline>> texts;
  private final Map<String, Integer> takenBy = new HashMap<>();
  private final Set<String> readInPlace = new HashSet<>();

  private Footnotes(Map<String, List<Inline>> texts) {
    this.texts = texts;
  }

  static Footnotes none() {
    return new Footnotes(Map.of());
  }

  /**
   * Reads the text of every top-level footnote definition of the page, in one line of inlines each.
   */
  static Footnotes of(Document document, SourceText source, LinkTargets targets) {
    Map<String, List<Inline>> texts = new HashMap<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      // only a footnote of plain paragraphs fits in parentheses; one holding a list or code is read
      // where it stands
      if (node instanceof FootnoteDefinition definition && onlyParagraphs(definition)) {
        texts.putIfAbsent(definition.getLabel(), text(definition, source, targets));
      }
    }
    return new Footnotes(texts);
  }

  private static boolean onlyParagraphs(FootnoteDefinition definition) {
    for (Node child = definition.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof Paragraph)) {
        return false;
      }
    }
    return true;
  }

  private static List<Inline> text(
      FootnoteDefinition definition, SourceText source, LinkTargets targets) {
    List<Inline> out = new ArrayList<>();
    // the links' own diagnostics are given where the definition is read, not here
    List<Diagnostic> unused = new ArrayList<>();
    for (Node child = definition.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph paragraph && !paragraph.getSourceSpans().isEmpty()) {
        SourceSpan first = paragraph.getSourceSpans().getFirst();
        for (List<Inline> line :
            InlineReader.read(paragraph, first.getLineIndex() + 1, source, targets, unused, none())
                .byLine()
                .values()) {
          if (!out.isEmpty()) {
            out.add(new Inline.Text(" "));
          }
          out.addAll(line);
        }
      }
    }
    return out;
  }

  /**
   * What to read at a reference {@code [^label]} on {@code line}: the footnote's text the first
   * time, nothing when it was read already or the page does not define it.
   */
  List<Inline> at(String label, int line) {
    List<Inline> text = texts.getOrDefault(label, List.of());
    if (text.isEmpty() || readInPlace.contains(label) || takenBy.containsKey(label)) {
      return List.of();
    }
    takenBy.put(label, line);
    return text;
  }

  /**
   * The line whose reference took the footnote's text, or 0 when none did (it is read where it
   * stands).
   */
  int takenBy(String label) {
    int line = takenBy.getOrDefault(label, 0);
    if (line == 0) {
      readInPlace.add(label);
    }
    return line;
  }
}

package org.localgroups.moin;

import java.util.List;
import org.localgroups.outline.Diagnostic;

/**
 * Indented lines (P 219-233, 932-1060). Markers are tried in MoinMoin's order: definition {@code
 * term::} first, then {@code *}, numbers, {@code .}; a line without a marker continues.
 */
final class ListItems {
  private ListItems() {}

  static MoinBlock read(Line line, int b, int width, int depth, List<Diagnostic> diagnostics) {
    String text = line.text();
    InlineScanner scanner = new InlineScanner(line, diagnostics);
    int definition = definitionMark(text, b);
    if (definition >= 0) {
      String term = text.substring(b, definition).strip();
      int content = skipBlanks(text, definition + 2);
      return item(
          line,
          width,
          MoinBlock.Marker.DEFINITION,
          depth,
          term,
          scanner.scan(content, text.length()));
    }
    char first = text.charAt(b);
    if (first == '*') {
      int content = skipBlanks(text, b + 1);
      return item(
          line, width, MoinBlock.Marker.BULLET, depth, "", scanner.scan(content, text.length()));
    }
    int number = numberEnd(text, b);
    if (number > 0) {
      int content = skipBlanks(text, number);
      return item(
          line, width, MoinBlock.Marker.NUMBER, depth, "", scanner.scan(content, text.length()));
    }
    if (first == '.' && (b + 1 == text.length() || Line.isBlank(text.charAt(b + 1)))) {
      int content = skipBlanks(text, b + 1);
      return item(
          line, width, MoinBlock.Marker.NONE, depth, "", scanner.scan(content, text.length()));
    }
    return item(
        line, width, MoinBlock.Marker.CONTINUATION, depth, "", scanner.scan(b, text.length()));
  }

  private static MoinBlock item(
      Line line,
      int width,
      MoinBlock.Marker marker,
      int depth,
      String term,
      List<MoinInline> content) {
    return new MoinBlock.ListItem(line.span(), width, marker, depth, term, content);
  }

  /** Index of the first {@code ::} followed by a blank or the line end, or -1. */
  private static int definitionMark(String text, int from) {
    for (int at = text.indexOf("::", from); at >= 0; at = text.indexOf("::", at + 1)) {
      if (at + 2 == text.length() || MoinSyntax.isSpace(text.charAt(at + 2))) {
        return at;
      }
    }
    return -1;
  }

  /**
   * End of {@code 1.}, {@code a.}, {@code i.} ... (optional {@code #start}) plus a blank, or -1.
   */
  private static int numberEnd(String text, int b) {
    int k = b;
    while (k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
      k++;
    }
    if (k == b && k < text.length() && "aAiI".indexOf(text.charAt(k)) >= 0) {
      k++;
    }
    if (k == b || k >= text.length() || text.charAt(k) != '.') {
      return -1;
    }
    k++;
    if (k < text.length() && text.charAt(k) == '#') {
      int digits = k + 1;
      while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
        digits++;
      }
      k = digits > k + 1 ? digits : k;
    }
    if (k < text.length() && !Line.isBlank(text.charAt(k))) {
      return -1;
    }
    return k;
  }

  private static int skipBlanks(String text, int from) {
    int i = from;
    while (i < text.length() && Line.isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }
}

package org.localgroups.moin;

import java.util.ArrayList;
import java.util.List;

/** One source line without its terminator ({@code \n} or {@code \r\n}, as MoinMoin splits). */
record Line(int number, int start, int end, String source) {

  static List<Line> split(String source) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    while (start < source.length()) {
      int nl = source.indexOf('\n', start);
      int next = nl < 0 ? source.length() : nl + 1;
      int end = nl < 0 ? source.length() : nl;
      if (nl >= 0 && end > start && source.charAt(end - 1) == '\r') {
        end--;
      }
      lines.add(new Line(number++, start, end, source));
      start = next;
    }
    return lines;
  }

  String text() {
    return source.substring(start, end);
  }

  int length() {
    return end - start;
  }

  char charAt(int offset) {
    return source.charAt(start + offset);
  }

  SourceSpan span() {
    return span(0, length());
  }

  /** Span of {@code length} chars from {@code offset} within this line. */
  SourceSpan span(int offset, int length) {
    return new SourceSpan(number, offset + 1, start + offset, length);
  }

  /** Count of leading blanks and tabs. */
  int leadingBlanks() {
    int i = 0;
    while (i < length() && isBlank(charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Width of the leading blanks with tabs expanded to 8 columns, as MoinMoin measures indentation.
   */
  int indentWidth() {
    int width = 0;
    for (int i = 0; i < length() && isBlank(charAt(i)); i++) {
      width = charAt(i) == '\t' ? (width / 8 + 1) * 8 : width + 1;
    }
    return width;
  }

  boolean isBlankLine() {
    for (int i = 0; i < length(); i++) {
      if (!Character.isWhitespace(charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}

package org.localgroups.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.SourceSpan;

/**
 * The page as lines, with the offsets commonmark's source spans refer to. Lines end at {@code \n},
 * {@code \r\n} or {@code \r}, as in CommonMark; a final line terminator does not open another line.
 */
final class SourceText {
  private final String text;
  private final List<String> lines;
  private final int[] starts;

  private SourceText(String text, List<String> lines, int[] starts) {
    this.text = text;
    this.lines = lines;
    this.starts = starts;
  }

  static SourceText of(String text) {
    List<String> lines = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        starts.add(start);
        i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
      starts.add(start);
    }
    return new SourceText(
        text, List.copyOf(lines), starts.stream().mapToInt(Integer::intValue).toArray());
  }

  int lineCount() {
    return lines.size();
  }

  /** The 1-based line, or "" when out of range. */
  String line(int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
  }

  /** The source text a node was written as, its lines joined by a newline. */
  String slice(List<SourceSpan> spans) {
    StringBuilder out = new StringBuilder();
    for (SourceSpan span : spans) {
      String line = line(span.getLineIndex() + 1);
      int from = Math.min(Math.max(span.getColumnIndex(), 0), line.length());
      int to = Math.min(from + Math.max(span.getLength(), 0), line.length());
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(line, from, to);
    }
    return out.toString();
  }

  /**
   * This text with the given 1-based lines overwritten by spaces, so that offsets stay the same.
   */
  String blanking(java.util.Set<Integer> blankLines) {
    if (blankLines.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int line : blankLines) {
      int from = starts[line - 1];
      int to = from + lines.get(line - 1).length();
      java.util.Arrays.fill(chars, from, to, ' ');
    }
    return new String(chars);
  }
}

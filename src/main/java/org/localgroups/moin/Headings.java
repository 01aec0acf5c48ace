package org.localgroups.moin;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Diagnostic.Severity;

/**
 * Heading lines (P 327-331): {@code =}xn, a blank, text, a blank, {@code =}xn at column 0, nothing
 * after. Near-headings (trailing blank, unequal runs, no blanks) are kept as invalid headings.
 */
final class Headings {
  private Headings() {}

  static @Nullable MoinBlock read(Line line, int maxLevel, List<Diagnostic> diagnostics) {
    String text = line.text();
    String trimmed = text.stripTrailing();
    int open = run(trimmed, 0);
    int close = 0;
    while (close < trimmed.length() - open && trimmed.charAt(trimmed.length() - 1 - close) == '=') {
      close++;
    }
    if (close == 0) {
      return null;
    }
    String inner = trimmed.substring(open, trimmed.length() - close);
    String headingText = inner.strip();
    if (headingText.isEmpty()) {
      return null;
    }
    String problem = problem(text, trimmed, open, close, inner);
    int level = Math.min(open, maxLevel);
    if (problem != null) {
      diagnostics.add(
          new Diagnostic(
              line.number(),
              1,
              Severity.WARNING,
              "heading-not-rendered",
              "MoinMoin shows this heading as plain text: " + problem + "."));
    } else if (open > maxLevel) {
      diagnostics.add(
          new Diagnostic(
              line.number(),
              1,
              Severity.INFO,
              "heading-level-capped",
              "MoinMoin caps heading levels at " + maxLevel + "."));
    }
    return new MoinBlock.Heading(line.span(), level, headingText, problem == null);
  }

  private static int run(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == '=') {
      i++;
    }
    return i - from;
  }

  private static @Nullable String problem(
      String text, String trimmed, int open, int close, String inner) {
    if (open != close) {
      return "the = runs differ (" + open + " and " + close + ")";
    }
    if (inner.length() < 2
        || !MoinSyntax.isSpace(inner.charAt(0))
        || !MoinSyntax.isSpace(inner.charAt(inner.length() - 1))) {
      return "the text needs a blank on each side";
    }
    if (!trimmed.equals(text)) {
      return "blanks follow the closing =";
    }
    return null;
  }
}

package org.localgroups.moin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Diagnostic.Severity;

/**
 * Tokenizes the inline content of one line the way MoinMoin 1.9's scanning regex does (for the
 * rules a user-group page needs). One instance per line; every search is cached so a line costs
 * linear time.
 */
final class InlineScanner {
  private final Line line;
  private final String text;
  private final List<Diagnostic> diagnostics;
  private final Finder linkClose;
  private final Finder macroArgsClose;
  private final Finder codeClose;
  private final Finder backtick;
  private int @Nullable [] bars;
  private boolean unclosedLinkReported;

  InlineScanner(Line line, List<Diagnostic> diagnostics) {
    this.line = line;
    this.text = line.text();
    this.diagnostics = diagnostics;
    this.linkClose = new Finder(text, "]]");
    this.macroArgsClose = new Finder(text, ")>>");
    this.codeClose = new Finder(text, "}}}");
    this.backtick = new Finder(text, "`");
  }

  /** Inlines covering {@code [from, to)} of the line exactly. */
  List<MoinInline> scan(int from, int to) {
    List<MoinInline> out = new ArrayList<>();
    int textStart = from;
    int i = from;
    while (i < to) {
      Token token = tokenAt(i, to);
      if (token == null) {
        i++;
        continue;
      }
      if (textStart < i) {
        out.add(
            new MoinInline.Text(line.span(textStart, i - textStart), text.substring(textStart, i)));
      }
      out.add(token.node());
      i = token.end();
      textStart = i;
    }
    if (textStart < to) {
      out.add(
          new MoinInline.Text(line.span(textStart, to - textStart), text.substring(textStart, to)));
    }
    return out;
  }

  private record Token(MoinInline node, int end) {}

  private @Nullable Token tokenAt(int i, int to) {
    char c = text.charAt(i);
    return switch (c) {
      case '[' -> bracketLink(i, to);
      case '<' -> macro(i, to);
      case '{' -> braceCode(i, to);
      case '`' -> backtickCode(i, to);
      case '\'' -> emphasis(i, to);
      case '_' -> underline(i, to);
      case '!' -> bangWord(i, to);
      default -> wordStart(i, to);
    };
  }

  private @Nullable Token bracketLink(int i, int to) {
    if (i + 1 >= to || text.charAt(i + 1) != '[') {
      return null;
    }
    int close = linkClose.next(i + 2);
    if (close < 0 || close + 2 > to) {
      if (!unclosedLinkReported) {
        unclosedLinkReported = true;
        diagnostics.add(
            new Diagnostic(
                line.number(),
                i + 1,
                Severity.WARNING,
                "unclosed-link",
                "This [[ has no ]] after it on the line, so MoinMoin shows it as text."));
      }
      return null;
    }
    int barCount = barsIn(i + 2, close);
    if (barCount >= 3) {
      diagnostics.add(
          new Diagnostic(
              line.number(),
              i + 1,
              Severity.WARNING,
              "link-too-many-parts",
              "A [[...]] with four or more |-separated parts is no link in MoinMoin; it shows as text."));
      return null;
    }
    String[] parts = text.substring(i + 2, close).split("\\|", -1);
    String target = parts[0].strip();
    if (target.isEmpty()) {
      return null;
    }
    String label = parts.length > 1 ? parts[1].strip() : "";
    String params = parts.length > 2 ? parts[2].strip() : "";
    int end = close + 2;
    return new Token(new MoinInline.BracketLink(line.span(i, end - i), target, label, params), end);
  }

  private int barsIn(int from, int to) {
    if (bars == null) {
      int[] found = new int[16];
      int n = 0;
      for (int k = text.indexOf('|'); k >= 0; k = text.indexOf('|', k + 1)) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = k;
      }
      bars = Arrays.copyOf(found, n);
    }
    return insertionPoint(bars, to) - insertionPoint(bars, from);
  }

  private static int insertionPoint(int[] sorted, int key) {
    int at = Arrays.binarySearch(sorted, key);
    return at >= 0 ? at : -at - 1;
  }

  private @Nullable Token macro(int i, int to) {
    if (i + 1 >= to || text.charAt(i + 1) != '<') {
      return null;
    }
    int nameEnd = i + 2;
    while (nameEnd < to && MoinSyntax.isWordChar(text.charAt(nameEnd))) {
      nameEnd++;
    }
    if (nameEnd == i + 2 || nameEnd >= to) {
      return null;
    }
    String name = text.substring(i + 2, nameEnd);
    if (text.startsWith(">>", nameEnd) && nameEnd + 2 <= to) {
      return new Token(new MoinInline.Macro(line.span(i, nameEnd + 2 - i), name, ""), nameEnd + 2);
    }
    if (text.charAt(nameEnd) == '(') {
      int close = macroArgsClose.next(nameEnd + 1);
      if (close >= 0 && close + 3 <= to) {
        String args = text.substring(nameEnd + 1, close);
        return new Token(new MoinInline.Macro(line.span(i, close + 3 - i), name, args), close + 3);
      }
    }
    return null;
  }

  private @Nullable Token braceCode(int i, int to) {
    if (!text.startsWith("{{{", i) || i + 3 > to) {
      return null;
    }
    int close = codeClose.next(i + 3);
    if (close < 0 || close + 3 > to) {
      return null;
    }
    return new Token(
        new MoinInline.Code(line.span(i, close + 3 - i), text.substring(i + 3, close)), close + 3);
  }

  private @Nullable Token backtickCode(int i, int to) {
    int close = backtick.next(i + 1);
    if (close < 0 || close + 1 > to) {
      return null;
    }
    return new Token(
        new MoinInline.Code(line.span(i, close + 1 - i), text.substring(i + 1, close)), close + 1);
  }

  private @Nullable Token emphasis(int i, int to) {
    int run = 0;
    while (i + run < to && text.charAt(i + run) == '\'' && run < 5) {
      run++;
    }
    MoinInline.Style style;
    int length;
    if (run == 5) {
      style = MoinInline.Style.BOLD_ITALIC;
      length = 5;
    } else if (run >= 3) {
      style = MoinInline.Style.BOLD;
      length = 3;
    } else if (run == 2) {
      style = MoinInline.Style.ITALIC;
      length = 2;
    } else {
      return null;
    }
    return new Token(new MoinInline.Emphasis(line.span(i, length), style), i + length);
  }

  private @Nullable Token underline(int i, int to) {
    if (i + 1 >= to || text.charAt(i + 1) != '_') {
      return null;
    }
    return new Token(new MoinInline.Emphasis(line.span(i, 2), MoinInline.Style.UNDERLINE), i + 2);
  }

  private @Nullable Token bangWord(int i, int to) {
    if ((i > 0 && !mayPrecedeWikiWord(text.charAt(i - 1))) || i + 1 >= to) {
      return null;
    }
    int end = camelCaseEnd(i + 1, to);
    if (end < 0) {
      return null;
    }
    return new Token(new MoinInline.Text(line.span(i, end - i), text.substring(i + 1, end)), end);
  }

  private @Nullable Token wordStart(int i, int to) {
    char c = text.charAt(i);
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    if (!MoinSyntax.isWordChar(before)) {
      Token url = url(i, to);
      if (url != null) {
        return url;
      }
    }
    if (MoinSyntax.isEmailLocalChar(c) && !MoinSyntax.isEmailLocalChar(before)) {
      Token email = email(i, to);
      if (email != null) {
        return email;
      }
    }
    if (MoinSyntax.isUpper(c) && !MoinSyntax.isWordChar(before)) {
      Token interwiki = interwiki(i, to);
      if (interwiki != null) {
        return interwiki;
      }
    }
    if (MoinSyntax.isUpper(c) && mayPrecedeWikiWord(before)) {
      int end = camelCaseEnd(i, to);
      if (end > 0) {
        return new Token(
            new MoinInline.WikiWord(line.span(i, end - i), text.substring(i, end)), end);
      }
    }
    return null;
  }

  private @Nullable Token url(int i, int to) {
    int j = i;
    while (j < to
        && j - i <= MoinSyntax.LONGEST_SCHEME
        && text.charAt(j) >= 'a'
        && text.charAt(j) <= 'z') {
      j++;
    }
    if (j == i
        || j + 1 >= to
        || text.charAt(j) != ':'
        || !MoinSyntax.URL_SCHEMES.contains(text.substring(i, j))
        || MoinSyntax.isSpace(text.charAt(j + 1))) {
      return null;
    }
    int end = urlEnd(j + 1, to);
    return new Token(new MoinInline.Url(line.span(i, end - i), text.substring(i, end)), end);
  }

  /** End of a bare URL or interwiki page whose first non-blank char is at {@code first}. */
  private int urlEnd(int first, int to) {
    int space = first;
    while (space < to && !MoinSyntax.isSpace(text.charAt(space))) {
      space++;
    }
    int end = space;
    while (end > first + 1
        && MoinSyntax.URL_TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  private @Nullable Token email(int i, int to) {
    int at = i;
    while (at < to && MoinSyntax.isEmailLocalChar(text.charAt(at))) {
      at++;
    }
    if (at == i || at >= to || text.charAt(at) != '@') {
      return null;
    }
    int labels = 0;
    int end = at;
    int k = at + 1;
    while (true) {
      int labelEnd = k;
      while (labelEnd < to && MoinSyntax.isDomainChar(text.charAt(labelEnd))) {
        labelEnd++;
      }
      if (labelEnd == k) {
        break;
      }
      labels++;
      end = labelEnd;
      if (labelEnd + 1 < to && text.charAt(labelEnd) == '.') {
        k = labelEnd + 1;
      } else {
        break;
      }
    }
    if (labels < 2) {
      return null;
    }
    return new Token(new MoinInline.Email(line.span(i, end - i), text.substring(i, end)), end);
  }

  private @Nullable Token interwiki(int i, int to) {
    int j = i + 1;
    while (j < to && isAsciiLetter(text.charAt(j))) {
      j++;
    }
    if (j == i + 1
        || j + 1 >= to
        || text.charAt(j) != ':'
        || !MoinSyntax.INTERWIKI.contains(text.substring(i, j))) {
      return null;
    }
    char first = text.charAt(j + 1);
    if (MoinSyntax.isSpace(first) || "'\":<|".indexOf(first) >= 0) {
      return null;
    }
    int end = urlEnd(j + 1, to);
    String page = text.substring(j + 1, end);
    return new Token(
        new MoinInline.Interwiki(line.span(i, end - i), text.substring(i, j), page), end);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** MoinMoin's look-behind {@code (?<![u l /])}; digits count as lower case. */
  private static boolean mayPrecedeWikiWord(char before) {
    return !Character.isLetter(before) && !MoinSyntax.isLowerOrDigit(before) && before != '/';
  }

  /**
   * End of a CamelCase word starting at {@code i}, or -1: two or more humps, no letter or slash
   * after.
   */
  private int camelCaseEnd(int i, int to) {
    int k = i;
    int humps = 0;
    while (k + 1 < to
        && MoinSyntax.isUpper(text.charAt(k))
        && MoinSyntax.isLowerOrDigit(text.charAt(k + 1))) {
      k += 2;
      while (k < to && MoinSyntax.isLowerOrDigit(text.charAt(k))) {
        k++;
      }
      humps++;
    }
    if (humps < 2) {
      return -1;
    }
    if (k < to && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '/')) {
      return -1;
    }
    return k;
  }
}

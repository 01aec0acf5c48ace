package org.localgroups.moin;

import java.util.Set;

/**
 * Character classes and name sets of MoinMoin 1.9 ({@code config/__init__.py}, {@code
 * intermap.txt}).
 */
final class MoinSyntax {
  /** {@code url_schemas} of MoinMoin 1.9 config. */
  static final Set<String> URL_SCHEMES =
      Set.of(
          "http", "https", "ftp", "file", "mailto", "nntp", "news", "ssh", "telnet", "irc", "ircs",
          "xmpp", "mumble", "webcal", "ed2k", "apt", "rootz", "gopher", "notes", "rtp", "rtsp",
          "rtcp", "tel");

  static final int LONGEST_SCHEME = 6;

  /**
   * A subset of the stock intermap: the keys a user-group page plausibly uses. Keys are
   * case-sensitive.
   */
  static final Set<String> INTERWIKI =
      Set.of(
          "WikiPedia",
          "MoinMoin",
          "MoinSrc",
          "Wiki",
          "Google",
          "MeatBall",
          "WikiWikiWeb",
          "PythonInfo",
          "Self",
          "Home",
          "Sourceforge",
          "Foldoc",
          "Jargon",
          "JspWiki",
          "Squeak",
          "Zope",
          "ZWiki");

  /** Chars a bare URL may not end with when blanks or the line end follow ({@code "'}]|:,.)?!}). */
  static final String URL_TRAILING_PUNCTUATION = "\"'}]|:,.)?!";

  private MoinSyntax() {}

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isUpper(char c) {
    return Character.isUpperCase(c);
  }

  /** MoinMoin's {@code chars_lower} counts digits as lower case. */
  static boolean isLowerOrDigit(char c) {
    return Character.isLowerCase(c) || Character.isDigit(c);
  }

  static boolean isEmailLocalChar(char c) {
    return isWordChar(c) || c == '-' || c == '.' || c == '+';
  }

  static boolean isDomainChar(char c) {
    return isWordChar(c) || c == '-';
  }
}

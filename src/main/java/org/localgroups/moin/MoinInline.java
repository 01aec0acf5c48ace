package org.localgroups.moin;

/**
 * Inline syntax of one line, as MoinMoin 1.9 tokenizes it. The spans of a line's inlines are
 * contiguous and cover the line's content exactly, so the source can be printed back from them.
 */
public sealed interface MoinInline {
  SourceSpan span();

  /** Emphasis markers; MoinMoin toggles them, so an unclosed marker carries on. */
  enum Style {
    ITALIC,
    BOLD,
    BOLD_ITALIC,
    UNDERLINE
  }

  /**
   * Literal text; {@code text} differs from the source only for a {@code !Word} escape (the {@code
   * !} is dropped).
   */
  record Text(SourceSpan span, String text) implements MoinInline {}

  /** An emphasis toggle such as {@code ''} or {@code '''}. */
  record Emphasis(SourceSpan span, Style style) implements MoinInline {}

  /** Inline code, {@code {{{x}}}} or a backtick pair; contents are not parsed. */
  record Code(SourceSpan span, String text) implements MoinInline {}

  /** An inline macro such as {@code <<BR>>}; {@code args} is "" without parentheses. */
  record Macro(SourceSpan span, String name, String args) implements MoinInline {}

  /**
   * A bracket link {@code [[target|label|params]]}, parts trimmed as MoinMoin does. The label is
   * never scanned for markup; "" when absent.
   */
  record BracketLink(SourceSpan span, String target, String label, String params)
      implements MoinInline {}

  /** A bare URL with a known scheme, cut by MoinMoin's end rules. */
  record Url(SourceSpan span, String url) implements MoinInline {}

  /** A bare e-mail address {@code name@host.tld}. */
  record Email(SourceSpan span, String address) implements MoinInline {}

  /** A bare interwiki reference {@code WikiPedia:Python} whose wiki is in the stock intermap. */
  record Interwiki(SourceSpan span, String wiki, String page) implements MoinInline {}

  /** A CamelCase word MoinMoin would link to a page. */
  record WikiWord(SourceSpan span, String name) implements MoinInline {}
}

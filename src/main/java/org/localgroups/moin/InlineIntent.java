package org.localgroups.moin;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Diagnostic.Severity;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Target;
import org.localgroups.text.HiddenAddresses;

/**
 * Turns a line's syntax inlines into outline inlines: markup dropped, links resolved to what the
 * author meant (swapped, triple-bracket, single-bracket, obfuscated), adjacent texts merged.
 */
final class InlineIntent {
  private final String source;
  private final int line;
  private final List<Diagnostic> diagnostics;
  private final List<Inline> out = new ArrayList<>();
  private final StringBuilder pendingText = new StringBuilder();
  private int pendingTextColumn;

  /**
   * Chars to drop from the start of the next text: the stray {@code ]} after a link that ate it.
   */
  private int skipNext;

  private InlineIntent(String source, int line, List<Diagnostic> diagnostics) {
    this.source = source;
    this.line = line;
    this.diagnostics = diagnostics;
  }

  /** Outline inlines of one line; {@code source} is the page text the spans point into. */
  static List<Inline> read(
      String source, int line, List<MoinInline> inlines, List<Diagnostic> diagnostics) {
    InlineIntent intent = new InlineIntent(source, line, diagnostics);
    for (int i = 0; i < inlines.size(); i++) {
      intent.add(inlines.get(i), i + 1 < inlines.size() ? inlines.get(i + 1) : null);
    }
    return intent.finish();
  }

  private void add(MoinInline inline, @Nullable MoinInline next) {
    int column = inline.span().column();
    switch (inline) {
      case MoinInline.Text t -> text(t.text(), column);
      case MoinInline.Code c -> text(c.text(), column);
      case MoinInline.WikiWord w -> text(w.name(), column);
      case MoinInline.Emphasis e -> {}
      case MoinInline.Macro m -> macro(m);
      case MoinInline.BracketLink b -> bracketLink(b, next);
      case MoinInline.Url u -> url(u, next);
      case MoinInline.Email e ->
          link(
              new Target.Email(e.address(), "mailto:" + e.address()), "", e.address(), e.address());
      case MoinInline.Interwiki w -> {
        String page = w.wiki() + ":" + w.page();
        LinkIntent.interwiki(page, line, column, diagnostics);
        link(new Target.Page(page), "", page, page);
      }
    }
  }

  private void text(String text, int column) {
    String kept = text;
    if (skipNext > 0) {
      int drop = Math.min(skipNext, kept.length());
      kept = kept.substring(drop);
      column += drop;
      skipNext = 0;
    }
    if (pendingText.isEmpty()) {
      pendingTextColumn = column;
    }
    pendingText.append(kept);
  }

  private void macro(MoinInline.Macro m) {
    if (m.name().equals("BR")) {
      // a forced line break still separates words when read as one line
      if (!pendingText.isEmpty()
          && !MoinSyntax.isSpace(pendingText.charAt(pendingText.length() - 1))) {
        pendingText.append(' ');
      }
    } else {
      diagnostics.add(
          new Diagnostic(
              line,
              m.span().column(),
              Severity.INFO,
              "inline-macro",
              "The macro <<" + m.name() + ">> inside a line is dropped from the text."));
    }
  }

  private void bracketLink(MoinInline.BracketLink b, @Nullable MoinInline next) {
    int column = b.span().column();
    String written = b.span().of(source);
    String target = b.target();
    if (target.startsWith("[")) {
      target = target.replaceFirst("^\\[+", "").strip();
      if (next instanceof MoinInline.Text t && t.text().startsWith("]")) {
        skipNext = 1;
        written = written + "]";
      }
      diagnostics.add(
          new Diagnostic(
              line,
              column,
              Severity.WARNING,
              "triple-bracket-link",
              "Triple brackets: MoinMoin links to a page named \"["
                  + target
                  + "\" and shows a stray ]."));
      if (target.isEmpty()) {
        text(written, column);
        return;
      }
    }
    LinkIntent.Resolved resolved = LinkIntent.bracket(target, b.label(), line, column, diagnostics);
    link(resolved.target(), resolved.label(), written, resolved.writtenTarget());
  }

  private void url(MoinInline.Url u, @Nullable MoinInline next) {
    int column = u.span().column();
    Target target = LinkIntent.external(u.url(), line, column, diagnostics);
    String written = u.url();
    String label = "";
    boolean bracketBefore =
        pendingText.length() > 0
            && pendingText.charAt(pendingText.length() - 1) == '['
            && (pendingText.length() < 2 || pendingText.charAt(pendingText.length() - 2) != '[');
    if (bracketBefore && next instanceof MoinInline.Text t) {
      int close = t.text().indexOf(']');
      if (close == 0) {
        pendingText.setLength(pendingText.length() - 1);
        skipNext = 1;
        written = "[" + written + "]";
        diagnostics.add(
            new Diagnostic(
                line,
                column - 1,
                Severity.INFO,
                "single-bracket-link",
                "Single brackets are literal in MoinMoin; the URL inside is linked and the brackets are shown."));
      } else if (close > 0 && MoinSyntax.isSpace(t.text().charAt(0))) {
        pendingText.setLength(pendingText.length() - 1);
        skipNext = close + 1;
        label = t.text().substring(0, close).strip();
        written = "[" + written + t.text().substring(0, close + 1);
        diagnostics.add(
            new Diagnostic(
                line,
                column - 1,
                Severity.WARNING,
                "old-style-link",
                "[url label] is MoinMoin 1.5 syntax; 1.9 shows the brackets and the label as text."));
      }
    }
    link(target, label, written, u.url());
  }

  private void link(Target target, String label, String written, String writtenTarget) {
    flushText();
    out.add(new Inline.Link(target, label, written, writtenTarget));
  }

  private void flushText() {
    if (pendingText.isEmpty()) {
      return;
    }
    String text = pendingText.toString();
    pendingText.setLength(0);
    int from = 0;
    for (HiddenAddresses.Found found : HiddenAddresses.findAll(text)) {
      if (found.start() > from) {
        out.add(new Inline.Text(text.substring(from, found.start())));
      }
      String written = text.substring(found.start(), found.end());
      out.add(
          new Inline.Link(
              new Target.Email(found.address(), "mailto:" + found.address()),
              "",
              written,
              written));
      diagnostics.add(
          new Diagnostic(
              line,
              pendingTextColumn + found.start(),
              Severity.WARNING,
              "obfuscated-email",
              "\""
                  + written
                  + "\" is an address spelled out against spam; MoinMoin shows it as text."));
      from = found.end();
    }
    if (from < text.length()) {
      out.add(new Inline.Text(text.substring(from)));
    }
  }

  private List<Inline> finish() {
    flushText();
    return List.copyOf(out);
  }
}

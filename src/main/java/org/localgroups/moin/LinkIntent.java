package org.localgroups.moin;

import java.util.List;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Diagnostic.Severity;
import org.localgroups.outline.Target;

/** What a link's author meant, and where MoinMoin would do something else. */
final class LinkIntent {
  private LinkIntent() {}

  /**
   * The target of a bracket link {@code [[target|label]]}; {@code label} is the written label and
   * {@code writtenTarget} the part the target was read from, as written (the label's part when
   * swapped).
   */
  record Resolved(Target target, String label, String writtenTarget) {}

  static Resolved bracket(
      String target, String label, int line, int column, List<Diagnostic> diagnostics) {
    if (hasScheme(target)) {
      return new Resolved(external(target, line, column, diagnostics), label, target);
    }
    if (hasScheme(label)) {
      diagnostics.add(
          new Diagnostic(
              line,
              column,
              Severity.WARNING,
              "swapped-link",
              "Label and URL are swapped; MoinMoin links to a wiki page \""
                  + target
                  + "\" and shows the URL as text."));
      return new Resolved(external(label, line, column, diagnostics), target, label);
    }
    int colon = target.indexOf(':');
    if (colon > 0) {
      String prefix = target.substring(0, colon);
      if (MoinSyntax.INTERWIKI.contains(prefix)) {
        interwiki(target, line, column, diagnostics);
      } else if (prefix.equals("attachment") || prefix.equals("drawing")) {
        diagnostics.add(
            new Diagnostic(
                line,
                column,
                Severity.INFO,
                "attachment-link",
                "This links to a file attached to the wiki page; it has no URL of its own here."));
      }
    }
    return new Resolved(new Target.Page(target), label, target);
  }

  static void interwiki(String target, int line, int column, List<Diagnostic> diagnostics) {
    diagnostics.add(
        new Diagnostic(
            line,
            column,
            Severity.INFO,
            "interwiki-link",
            "\""
                + target
                + "\" is an interwiki link; it is kept as a page name, not resolved to a URL."));
  }

  /**
   * A target with a URL scheme: an e-mail for {@code mailto:}, else a URL, repaired when {@code //}
   * is missing.
   */
  static Target external(String written, int line, int column, List<Diagnostic> diagnostics) {
    int colon = written.indexOf(':');
    String scheme = written.substring(0, colon);
    String rest = written.substring(colon + 1);
    if (scheme.equals("mailto")) {
      int query = rest.indexOf('?');
      String address = (query < 0 ? rest : rest.substring(0, query)).strip();
      return address.isEmpty() ? new Target.Url(written) : new Target.Email(address, written);
    }
    if ((scheme.equals("http") || scheme.equals("https")) && !rest.startsWith("//")) {
      String repaired = scheme + "://" + stripSlashes(rest);
      diagnostics.add(
          new Diagnostic(
              line,
              column,
              Severity.WARNING,
              "url-missing-slashes",
              "\""
                  + written
                  + "\" lacks // after the scheme; MoinMoin emits it unchanged, read as "
                  + repaired
                  + "."));
      return new Target.Url(repaired);
    }
    if (written.contains("/%20")) {
      diagnostics.add(
          new Diagnostic(
              line,
              column,
              Severity.INFO,
              "url-with-encoded-label",
              "The URL ends in words with encoded blanks (%20), likely a label pasted into it; kept verbatim."));
    }
    return new Target.Url(written);
  }

  private static String stripSlashes(String rest) {
    int i = 0;
    while (i < rest.length() && rest.charAt(i) == '/') {
      i++;
    }
    return rest.substring(i);
  }

  /** True when {@code text} starts with a MoinMoin URL scheme and a colon. */
  static boolean hasScheme(String text) {
    int colon = text.indexOf(':');
    return colon > 0
        && colon <= MoinSyntax.LONGEST_SCHEME
        && MoinSyntax.URL_SCHEMES.contains(text.substring(0, colon))
        && colon + 1 < text.length();
  }
}

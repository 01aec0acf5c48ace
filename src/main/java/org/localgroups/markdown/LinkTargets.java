package org.localgroups.markdown;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Diagnostic.Severity;
import org.localgroups.outline.Target;
import org.localgroups.text.HiddenAddresses;

/**
 * Turns a link destination as commonmark read it into a {@link Target}, resolving relative links.
 */
final class LinkTargets {
  private static final Pattern SCHEME =
      Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

  /**
   * {@code http:host/path}: a web address whose {@code //} was left out (wikis and hand-edited
   * pages do it).
   */
  private static final Pattern WEB_WITHOUT_SLASHES =
      Pattern.compile("(?i)^(https?):(?!//)([\\w-]+(?:\\.[\\w-]+)+.*)", Pattern.DOTALL);

  /** An e-mail address written as a link destination without {@code mailto:}. */
  private static final Pattern ADDRESS =
      Pattern.compile("^[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}$");

  /**
   * {@code [label](<dest> "title")}: an inline link (or image), its destination as written in group
   * 1.
   */
  private static final Pattern INLINE_LINK =
      Pattern.compile("(?s)^!?\\[.*\\]\\(\\s*(<[^>]*>|\\S*)(?:\\s+.*)?\\)$");

  private final String baseUrl;

  LinkTargets(String baseUrl) {
    this.baseUrl = baseUrl.strip();
  }

  /**
   * The destination of a commonmark link exactly as written: the inside of {@code <dest>}, the
   * destination of {@code [label](dest)} without its {@code <>}, or, for a reference link, the
   * destination its definition gives; a bare URL or address (GFM autolink) as it stands.
   *
   * @param written the link's source
   * @param destination the destination commonmark read (of the definition, for a reference link)
   */
  static String writtenTarget(String written, String destination) {
    if (written.startsWith("<") && written.endsWith(">")) {
      return written.substring(1, written.length() - 1).strip();
    }
    if (!written.startsWith("[") && !written.startsWith("![")) {
      return written;
    }
    var inline = INLINE_LINK.matcher(written);
    if (inline.matches()) {
      return inline.group(1).replaceAll("^<|>$", "").strip();
    }
    return destination.strip();
  }

  /**
   * The target of {@code destination}; a relative one that cannot be resolved becomes a page, with
   * a warning.
   */
  Target target(String destination, int line, int column, List<Diagnostic> diagnostics) {
    String dest = destination.strip();
    if (dest.regionMatches(true, 0, "mailto:", 0, 7)) {
      String address = dest.substring(7);
      int query = address.indexOf('?');
      return new Target.Email(query >= 0 ? address.substring(0, query) : address, dest);
    }
    var web = WEB_WITHOUT_SLASHES.matcher(dest);
    if (web.matches()) {
      diagnostics.add(
          new Diagnostic(
              line,
              column,
              Severity.INFO,
              "repaired-url",
              "link "
                  + dest
                  + " lacks '//' after its scheme; read as "
                  + web.group(1)
                  + "://"
                  + web.group(2)));
      return new Target.Url(web.group(1) + "://" + web.group(2));
    }
    if (ADDRESS.matcher(dest).matches()) {
      // commonmark reads it as a relative link; its author meant an address
      return new Target.Email(dest, "mailto:" + dest);
    }
    var hidden = HiddenAddresses.whole(dest);
    if (hidden.isPresent()) {
      return new Target.Email(hidden.get(), "mailto:" + hidden.get());
    }
    if (SCHEME.matcher(dest).matches()) {
      return new Target.Url(dest);
    }
    if (dest.startsWith("//")) {
      return new Target.Url("https:" + dest);
    }
    if (dest.startsWith("#")) {
      // a table-of-contents link to a heading of this same page: no group lives there
      diagnostics.add(
          new Diagnostic(
              line,
              column,
              Severity.INFO,
              "anchor-link",
              "link to " + dest + " points into this page; kept as a page reference"));
      return new Target.Page(dest);
    }
    if (!baseUrl.isEmpty()) {
      try {
        URI resolved = URI.create(baseUrl).resolve(dest);
        if (resolved.isAbsolute()) {
          return new Target.Url(resolved.toString());
        }
      } catch (IllegalArgumentException e) {
        diagnostics.add(
            new Diagnostic(
                line,
                column,
                Severity.WARNING,
                "relative-link",
                "relative link "
                    + dest
                    + " could not be resolved against "
                    + baseUrl
                    + ": "
                    + e.getMessage()));
        return new Target.Page(dest);
      }
    }
    diagnostics.add(
        new Diagnostic(
            line,
            column,
            Severity.WARNING,
            "relative-link",
            "relative link " + dest + " not resolved (use --base-url)"));
    return new Target.Page(dest);
  }
}

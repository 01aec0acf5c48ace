package org.localgroups.markdown;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Diagnostic.Severity;
import org.localgroups.outline.Target;

/** Turns a link destination as commonmark read it into a {@link Target}, resolving relative links. */
final class LinkTargets {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

  private final String baseUrl;

  LinkTargets(String baseUrl) {
    this.baseUrl = baseUrl.strip();
  }

  /** The target of {@code destination}; a relative one that cannot be resolved becomes a page, with a warning. */
  Target target(String destination, int line, int column, List<Diagnostic> diagnostics) {
    String dest = destination.strip();
    if (dest.regionMatches(true, 0, "mailto:", 0, 7)) {
      String address = dest.substring(7);
      int query = address.indexOf('?');
      return new Target.Email(query >= 0 ? address.substring(0, query) : address, dest);
    }
    if (SCHEME.matcher(dest).matches()) {
      return new Target.Url(dest);
    }
    if (dest.startsWith("//")) {
      return new Target.Url("https:" + dest);
    }
    if (dest.startsWith("#")) {
      // a table-of-contents link to a heading of this same page: no group lives there
      diagnostics.add(new Diagnostic(line, column, Severity.INFO, "anchor-link",
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
        diagnostics.add(new Diagnostic(line, column, Severity.WARNING, "relative-link",
            "relative link " + dest + " could not be resolved against " + baseUrl + ": " + e.getMessage()));
        return new Target.Page(dest);
      }
    }
    diagnostics.add(new Diagnostic(line, column, Severity.WARNING, "relative-link",
        "relative link " + dest + " not resolved (use --base-url)"));
    return new Target.Page(dest);
  }
}

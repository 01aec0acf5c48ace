package org.localgroups.importer;

import java.util.HashSet;
import java.util.Set;
import org.localgroups.text.Fold;

/** Stable URL slugs from names: ASCII, lowercase, dash-separated, unique within one import. */
final class Slugs {
  static final int MAX_LENGTH = 60;
  private final Set<String> taken = new HashSet<>();

  /** The slug for a name, or the first free one among the alternatives, then numbered. */
  String claim(String name, String... qualifiers) {
    String base = of(name);
    if (base.isEmpty()) {
      base = "item";
    }
    if (taken.add(base)) {
      return base;
    }
    for (String q : qualifiers) {
      String qs = of(q);
      if (!qs.isEmpty()) {
        String candidate = truncate(qs + "-" + base);
        if (taken.add(candidate)) {
          return candidate;
        }
      }
    }
    for (int i = 2; ; i++) {
      String candidate = base + "-" + i;
      if (taken.add(candidate)) {
        return candidate;
      }
    }
  }

  /** The slug of a text: its {@link Fold#asciiWords folded ASCII words}, at most {@link #MAX_LENGTH} long. */
  static String of(String text) {
    return truncate(Fold.asciiWords(text));
  }

  private static String truncate(String slug) {
    if (slug.length() <= MAX_LENGTH) {
      return slug;
    }
    String cut = slug.substring(0, MAX_LENGTH);
    int dash = cut.lastIndexOf('-');
    return dash > 20 ? cut.substring(0, dash) : cut;
  }
}

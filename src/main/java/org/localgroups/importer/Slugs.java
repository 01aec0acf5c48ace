package org.localgroups.importer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

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

  static String of(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    folded = folded.replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l")
        .replace("æ", "ae").replace("Æ", "ae").replace("ı", "i").replace("İ", "i");
    String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return truncate(slug);
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

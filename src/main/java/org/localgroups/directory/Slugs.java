package org.localgroups.directory;

import java.util.HashSet;
import java.util.Set;
import org.localgroups.text.Fold;

/**
 * URL slugs from names: the ASCII of the one fold, lowercase, dash-separated, at most {@link
 * #MAX_LENGTH} long, and unique among those already taken (by one import, or by everything stored).
 */
public final class Slugs {
  public static final int MAX_LENGTH = 60;
  private final Set<String> taken;

  /** Nothing taken yet. */
  public Slugs() {
    this(Set.of());
  }

  /** These slugs taken already (a copy is kept). */
  public Slugs(Set<String> taken) {
    this.taken = new HashSet<>(taken);
  }

  /** Whether a slug is free. */
  public boolean isFree(String slug) {
    return !taken.contains(slug);
  }

  /** Takes a slug known to be free (or already this entity's own); returns it. */
  public String take(String slug) {
    taken.add(slug);
    return slug;
  }

  /** The slug for a name, or the first free one among the alternatives, then numbered. */
  public String claim(String name, String... qualifiers) {
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

  /**
   * The slug of a text: its {@link Fold#asciiWords folded ASCII words}, at most {@link #MAX_LENGTH}
   * long.
   */
  public static String of(String text) {
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

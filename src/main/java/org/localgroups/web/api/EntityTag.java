package org.localgroups.web.api;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A group's revision as an HTTP entity tag (RFC 9110 §8.8.3): {@code "r1234"}, strong, so that
 * {@code If-Match} can name the revision an edit started from.
 */
final class EntityTag {
  private EntityTag() {}

  static String of(long revision) {
    return "\"r" + revision + "\"";
  }

  /**
   * The revision one tag names: {@code "r1234"} (quotes required, as RFC 9110 writes them); empty
   * for anything else, a list or {@code *} included.
   */
  static OptionalLong revision(String tag) {
    String t = tag.strip();
    if (!t.matches("\"r[1-9][0-9]{0,17}\"")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(t.substring(2, t.length() - 1)));
  }

  /**
   * Whether an {@code If-None-Match} header matches this revision's tag: {@code *}, or one of its
   * comma-separated tags, weak ones compared weakly as RFC 9110 §13.1.2 asks.
   */
  static boolean noneMatchHits(@Nullable String header, long revision) {
    if (header == null) {
      return false;
    }
    String mine = of(revision);
    for (String item : header.split(",")) {
      String t = item.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals("*") || t.equals(mine)) {
        return true;
      }
    }
    return false;
  }
}

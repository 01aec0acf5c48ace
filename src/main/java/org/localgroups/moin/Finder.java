package org.localgroups.moin;

/**
 * Finds the next occurrence of a fixed string, remembering the answer so that a scan moving left to
 * right pays for each char only once (this is what keeps 100k unclosed {@code [[} linear).
 */
final class Finder {
  private static final int UNKNOWN = -2;
  private final String text;
  private final String needle;
  private int cached = UNKNOWN;
  private int cachedFrom = -1;

  Finder(String text, String needle) {
    this.text = text;
    this.needle = needle;
  }

  /** Index of the first occurrence at or after {@code from}, or -1. */
  int next(int from) {
    if (cached == -1 && from >= cachedFrom) {
      return -1;
    }
    if (cached >= from && from >= cachedFrom) {
      return cached;
    }
    cached = text.indexOf(needle, from);
    cachedFrom = from;
    return cached;
  }
}

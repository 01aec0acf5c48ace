package org.localgroups.moin;

import java.util.Arrays;

/**
 * MoinMoin's list indentation stack: a deeper indent opens a level, a shallower one closes every
 * deeper level and opens a new one when it lands between two widths.
 */
final class IndentStack {
  private final int limit;
  private int[] widths = new int[8];
  private int size;

  IndentStack(int limit) {
    this.limit = limit;
  }

  /**
   * Moves to {@code width} (0 closes everything); returns false when the nesting limit stopped a
   * new level.
   */
  boolean moveTo(int width) {
    while (size > 0 && width < widths[size - 1]) {
      size--;
    }
    if (width == 0 || (size > 0 && width == widths[size - 1])) {
      return true;
    }
    if (size == limit) {
      return false;
    }
    if (size == widths.length) {
      widths = Arrays.copyOf(widths, size * 2);
    }
    widths[size++] = width;
    return true;
  }

  int depth() {
    return size;
  }
}

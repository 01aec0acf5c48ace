package org.localgroups.moin;

/**
 * Where a syntax node stands in the source text.
 *
 * @param line 1-based line number
 * @param column 1-based column, counted in UTF-16 chars from the line start (tabs count as one)
 * @param index 0-based offset of the first char in the whole input
 * @param length number of chars covered; line terminators are never part of a line's span
 */
public record SourceSpan(int line, int column, int index, int length) {
  public SourceSpan {
    if (line < 1 || column < 1 || index < 0 || length < 0) {
      throw new IllegalArgumentException(
          "bad span " + line + ":" + column + " @" + index + "+" + length);
    }
  }

  /** Offset just after the last covered char. */
  public int end() {
    return index + length;
  }

  /** The covered text of {@code source}, the input this span was made from. */
  public String of(String source) {
    return source.substring(index, end());
  }
}

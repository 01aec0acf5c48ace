package org.localgroups.moin;

/**
 * Parses MoinMoin 1.9 wiki markup into a {@link MoinPage} syntax tree.
 *
 * <p>Immutable and thread-safe. {@link #parse(String)} never throws on content: markup MoinMoin
 * would reject becomes text plus a diagnostic. Nesting deeper than {@link
 * Builder#maxNestingDepth(int)} is clamped, and every scan is linear in the input, so pathological
 * pages stay cheap.
 */
public final class MoinParser {
  /** Default list nesting limit; real pages use four or five levels. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  private final int maxNestingDepth;

  private MoinParser(Builder builder) {
    this.maxNestingDepth = builder.maxNestingDepth;
  }

  /** A parser with default limits. */
  public static MoinParser create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Parses a whole page; lines split on {@code \n} or {@code \r\n}. */
  public MoinPage parse(String text) {
    return new BlockScanner(text, maxNestingDepth).scan();
  }

  /** Configures a {@link MoinParser}. */
  public static final class Builder {
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;

    private Builder() {}

    /** Deepest list level kept; deeper indents are read at this level with a diagnostic. */
    public Builder maxNestingDepth(int depth) {
      if (depth < 1) {
        throw new IllegalArgumentException("maxNestingDepth must be at least 1: " + depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    public MoinParser build() {
      return new MoinParser(this);
    }
  }
}

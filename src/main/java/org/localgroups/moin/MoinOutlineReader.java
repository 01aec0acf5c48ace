package org.localgroups.moin;

import org.localgroups.outline.Outline;

/**
 * Reads a MoinMoin page into the format-neutral {@link Outline} the importer consumes.
 *
 * <p>Reads for the author's intent: a swapped {@code [[label|url]]} still yields the URL, {@code *
 * x} at column 0 still yields an item. Wherever that differs from what MoinMoin 1.9 renders, a
 * {@link org.localgroups.outline.Diagnostic} says so. Every source line becomes exactly one block
 * (a {@code Skipped} one when it carries no content). Immutable, thread-safe, never throws on
 * content.
 */
public final class MoinOutlineReader {
  private final MoinParser parser;

  public MoinOutlineReader() {
    this(MoinParser.create());
  }

  public MoinOutlineReader(MoinParser parser) {
    this.parser = parser;
  }

  /**
   * Reads {@code text} as a page named {@code title} (MoinMoin pages carry no title of their own,
   * so the caller passes the page name).
   */
  public Outline read(String text, String title) {
    return OutlineBuilder.build(parser.parse(text), title);
  }
}

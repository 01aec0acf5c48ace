package org.localgroups.outline;

/** Inline content of an item or paragraph: plain text and links, in reading order. */
public sealed interface Inline permits Inline.Text, Inline.Link {

  /** Plain text with markup removed (emphasis, escapes) and whitespace kept as written. */
  record Text(String text) implements Inline {}

  /**
   * A link as its author meant it.
   *
   * @param target where it points
   * @param label the visible label, or "" when the author wrote none
   * @param written the link exactly as it stood in the source, markup included (for reports)
   * @param writtenTarget the target exactly as the author wrote it, without markup: the URL part of
   *     {@code [[url|label]]}, the destination of {@code [label](dest)} without {@code <>}, the
   *     inside of {@code <dest>}, the destination of a reference link as its definition gives it,
   *     or the bare URL, address or page name; before any repair or resolution, so that a writer
   *     can emit it and a re-import read it the same way
   */
  record Link(Target target, String label, String written, String writtenTarget)
      implements Inline {}

  /** Text of an inline as a reader sees it: the label of a link, else its target. */
  static String readable(Inline inline) {
    return switch (inline) {
      case Text t -> t.text();
      case Link l -> l.label().isBlank() ? l.target().display() : l.label();
    };
  }
}

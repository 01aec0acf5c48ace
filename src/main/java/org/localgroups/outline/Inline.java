package org.localgroups.outline;

/** Inline content of an item or paragraph: plain text and links, in reading order. */
public sealed interface Inline permits Inline.Text, Inline.Link {

  /** Plain text with markup removed (emphasis, escapes) and whitespace kept as written. */
  record Text(String text) implements Inline {}

  /**
   * A link as its author meant it.
   *
   * @param target  where it points
   * @param label   the visible label, or "" when the author wrote none
   * @param written the link exactly as it stood in the source (for reports and verbatim export)
   */
  record Link(Target target, String label, String written) implements Inline {}

  /** Text of an inline as a reader sees it: the label of a link, else its target. */
  static String readable(Inline inline) {
    return switch (inline) {
      case Text t -> t.text();
      case Link l -> l.label().isBlank() ? l.target().display() : l.label();
    };
  }
}

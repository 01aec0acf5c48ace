package org.localgroups.outline;

import java.util.List;

/** One line-anchored piece of an outline. {@link #line()} is 1-based. */
public sealed interface Block permits Block.Heading, Block.Item, Block.Paragraph, Block.Skipped {
  int line();

  /** A section heading; level 1 is the outermost. Its text is plain (markup already removed). */
  record Heading(int line, int level, String text) implements Block {}

  /**
   * A list item. depth 1 is a top-level bullet, 2 nested under the previous depth-1 item, and so
   * on. Continuation lines of the same item are separate items with {@code continuation = true}.
   */
  record Item(int line, int depth, List<Inline> content, boolean continuation) implements Block {
    public Item {
      content = List.copyOf(content);
    }
  }

  /** A line of running text outside any list (a group written without a bullet, an intro line). */
  record Paragraph(int line, List<Inline> content) implements Block {
    public Paragraph {
      content = List.copyOf(content);
    }
  }

  /**
   * A line that carries no directory content, with the reason (blank, table of contents, rule,
   * category...).
   */
  record Skipped(int line, String reason) implements Block {}
}

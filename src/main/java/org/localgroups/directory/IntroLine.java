package org.localgroups.directory;

import java.util.List;

/**
 * One line of a page's introduction, with its links kept.
 *
 * @param text the line as a reader sees it, each link shown as its label (or its URL when it has
 *     none)
 * @param links the links of the line in order; each one's visible text occurs in {@code text} in
 *     that order
 */
public record IntroLine(String text, List<Link> links) {
  public IntroLine {
    links = List.copyOf(links);
  }

  /** A line with no links. */
  public static IntroLine plain(String text) {
    return new IntroLine(text, List.of());
  }
}

package org.localgroups.cli;

import org.localgroups.LocalGroupsException;

/** Limits on text given on the command line. */
final class Text {
  /** An edit comment: a sentence or two. */
  static final int MAX_COMMENT = 500;

  private Text() {}

  /** The text, stripped; refused when longer than {@code max} or holding control characters. */
  static String checked(String text, String option, int max) {
    String t = text.strip();
    if (t.length() > max) {
      throw LocalGroupsException.badInput(
          option + " has at most " + max + " characters, not " + t.length() + ".");
    }
    if (t.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f)) {
      throw LocalGroupsException.badInput(option + " must not hold control characters.");
    }
    return t;
  }
}

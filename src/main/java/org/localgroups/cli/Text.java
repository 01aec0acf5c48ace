package org.localgroups.cli;

import org.localgroups.LocalGroupsException;

/** Limits on text given on the command line. */
final class Text {
  /** An edit comment: a sentence or two. */
  static final int MAX_COMMENT = 500;

  /** C0 and C1 control characters, DEL included. */
  private static final java.util.regex.Pattern CONTROL =
      java.util.regex.Pattern.compile("[\\p{Cntrl}\\u0080-\\u009f]");

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

  /**
   * Text as the terminal is shown it: every control character (an escape sequence's ESC included)
   * as "?", so stored or typed text cannot move the cursor or recolour the screen.
   */
  static String safe(String text) {
    return CONTROL.matcher(text).replaceAll("?");
  }

  /** Text the user typed, as a message quotes it: safe, one line, at most 60 characters. */
  static String shown(String text) {
    String one = safe(text);
    return one.length() <= 60 ? one : one.substring(0, 60) + "…";
  }
}

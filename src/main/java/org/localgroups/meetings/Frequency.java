package org.localgroups.meetings;

/** How often a rule repeats, in the words of RFC 5545's FREQ. */
public enum Frequency {
  WEEKLY,
  MONTHLY;

  /** "week" or "month". */
  public String unit() {
    return this == WEEKLY ? "week" : "month";
  }
}

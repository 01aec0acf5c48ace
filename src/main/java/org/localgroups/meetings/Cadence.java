package org.localgroups.meetings;

/**
 * How often a group meets when its days are not known: "monthly", "every other week", "1-2 times
 * per month", "bi-monthly".
 *
 * @param unit the period counted in
 * @param every how many periods from one to the next (1 monthly, 2 every other month)
 * @param minTimes meetings per such span, at least (1 for "monthly", 1 for "1-2 times per month")
 * @param maxTimes meetings per such span, at most (2 for "1-2 times per month")
 */
public record Cadence(Frequency unit, int every, int minTimes, int maxTimes) {
  public Cadence {
    if (every < 1 || minTimes < 1 || maxTimes < minTimes) {
      throw new IllegalArgumentException(
          "not a cadence: " + every + " " + minTimes + ".." + maxTimes);
    }
  }

  /** Once every {@code every} units. */
  public static Cadence every(Frequency unit, int every) {
    return new Cadence(unit, every, 1, 1);
  }

  /** For people: "monthly", "every 2 weeks", "1–2 times a month". */
  public String describe() {
    String period = every == 1 ? unit.unit() : every + " " + unit.unit() + "s";
    if (minTimes == 1 && maxTimes == 1) {
      return every == 1 ? (unit == Frequency.WEEKLY ? "weekly" : "monthly") : "every " + period;
    }
    String times = minTimes == maxTimes ? String.valueOf(minTimes) : minTimes + "–" + maxTimes;
    return times + " times " + (every == 1 ? "a " + period : "every " + period);
  }
}

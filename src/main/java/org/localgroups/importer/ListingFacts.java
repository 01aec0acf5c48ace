package org.localgroups.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localgroups.directory.GroupStatus;

/**
 * Fields told by a listing's prose: status ("(Defunct)", "no longer active", "just starting"), when
 * it was founded ("Started in February 2012") and when it meets ("meets the 2nd Thursday of the
 * month").
 */
record ListingFacts(GroupStatus status, String founded, String meeting) {

  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final Pattern DEFUNCT =
      Pattern.compile("\\bdefunct\\b|\\bdisbanded\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern INACTIVE =
      Pattern.compile(
          "\\bno longer (?:active|meets|meeting|exists)\\b|\\binactive\\b|\\bnot active\\b|\\bdormant\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern STARTING =
      Pattern.compile(
          "\\bjust starting\\b|\\bstarting up\\b|\\bjust started\\b|\\bseeking members\\b|\\bour first meetup\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FOUNDED =
      Pattern.compile(
          "\\b(?:started|starting|created|founded|established|active since|since)\\s+(?:in\\s+|on\\s+)?"
              + "("
              + MONTH
              + "\\s+\\d{1,2},\\s*\\d{4}|"
              + MONTH
              + "\\s+\\d{4}|\\d{4})",
          Pattern.CASE_INSENSITIVE);
  private static final String WEEKDAY =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?";
  private static final Pattern SCHEDULE =
      Pattern.compile(
          "\\b"
              + WEEKDAY
              + "\\b|\\bmonthly\\b|\\bweekly\\b|\\bevery (?:other |couple of )?(?:week|month)s?\\b"
              + "|\\btimes? (?:per|a) (?:month|week)\\b|\\b(?:each|every|of the) month\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MEET =
      Pattern.compile("\\bmeet(?:s|ing|ings)?\\b", Pattern.CASE_INSENSITIVE);

  static ListingFacts read(String text) {
    return new ListingFacts(status(text), founded(text), meeting(text));
  }

  static GroupStatus status(String text) {
    if (DEFUNCT.matcher(text).find()) {
      return GroupStatus.DEFUNCT;
    }
    if (INACTIVE.matcher(text).find()) {
      return GroupStatus.INACTIVE;
    }
    if (STARTING.matcher(text).find()) {
      return GroupStatus.STARTING;
    }
    return GroupStatus.ACTIVE;
  }

  static String founded(String text) {
    Matcher m = FOUNDED.matcher(text);
    return m.find() ? m.group(1) : "";
  }

  /**
   * The clause that says when the group meets, as written: from the word "meet" (or the schedule
   * words when there is none) to the end of its sentence; "" when no clause names a schedule.
   */
  static String meeting(String text) {
    for (String sentence : sentences(text)) {
      if (!SCHEDULE.matcher(sentence).find()) {
        continue;
      }
      Matcher meet = MEET.matcher(sentence);
      String clause = sentence;
      if (meet.find()) {
        int start = meet.start();
        Matcher schedule = SCHEDULE.matcher(sentence);
        // "bi-monthly meetings", "a monthly meeting": the schedule word before "meet" belongs to
        // the clause
        if (schedule.find()
            && schedule.start() < start
            && sentence.substring(schedule.end(), start).isBlank()) {
          start = schedule.start();
          while (start > 0
              && (Character.isLetter(sentence.charAt(start - 1))
                  || sentence.charAt(start - 1) == '-')) {
            start--;
          }
        }
        clause = sentence.substring(start);
      } else {
        Matcher schedule = SCHEDULE.matcher(sentence);
        if (schedule.find()) {
          clause = fromClauseStart(sentence, schedule.start());
        }
      }
      return clause.strip().replaceAll("[.!;,]+$", "");
    }
    return "";
  }

  /**
   * The meeting clause of a whole line, when it begins with the word "meet" ("BostonPig meets
   * monthly in Boston, MA.", a line without a link whose name runs into it); "" otherwise, so that
   * a name such as "Monday Night Python" is not a schedule.
   */
  static String meetingVerbClause(String text) {
    String clause = meeting(text);
    return MEET.matcher(clause).lookingAt() ? clause : "";
  }

  /** Start of the comma/dash clause that contains position {@code at}. */
  private static String fromClauseStart(String sentence, int at) {
    int start =
        Math.max(Math.max(sentence.lastIndexOf(", ", at), sentence.lastIndexOf(" - ", at)), -1);
    String clause = start < 0 ? sentence : sentence.substring(start + 2);
    // "revitalised Canberra User Group, first Wednesday of every month at ANU" -> keep the schedule
    // clause
    return clause;
  }

  private static String[] sentences(String text) {
    return text.split("(?<=[.!?])\\s+|\\s+[-–—]{1,2}\\s+");
  }

  boolean isEmpty() {
    return status == GroupStatus.ACTIVE && founded.isEmpty() && meeting.isEmpty();
  }

  @Override
  public String toString() {
    return status.name().toLowerCase(Locale.ROOT)
        + (founded.isEmpty() ? "" : ", founded " + founded)
        + (meeting.isEmpty() ? "" : ", meets: " + meeting);
  }
}

package org.localgroups.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;

/** What a token of a phrase means, whatever its language: the reader's alphabet. */
sealed interface Word {
  /** "Thursday" (plural: "Thursdays", which says every Thursday). */
  record Weekday(DayOfWeek day, boolean plural) implements Word {}

  /** "2nd", "second", "last" (-1); also a day of the month in dates ("6th"). */
  record Ordinal(int n) implements Word {}

  /** "2", "two". */
  record Count(int n) implements Word {}

  /** "once" (1), "twice" (2): a count that says "times" by itself. */
  record Times(int n) implements Word {}

  record MonthName(Month month) implements Word {}

  record Year(int year) implements Word {}

  /** "2026-01-06". */
  record IsoDate(LocalDate date) implements Word {}

  /**
   * "18:00", "6:30", "18h30".
   *
   * @param twentyFour whether it can only be read as a 24-hour time (18:00, 06:30, 18h)
   */
  record Clock(int hour, int minute, boolean twentyFour) implements Word {}

  /** "noon", "midnight". */
  record Named(LocalTime time) implements Word {}

  /** "am", "p.m.". */
  record Meridiem(boolean pm) implements Word {}

  /** "weekly", "bi-monthly", "fortnightly". */
  record CadenceWord(Cadence cadence) implements Word {}

  /** A word with a part in the grammar ("every", "of", "except", "at"). */
  record Role(Vocabulary.Role role) implements Word {}

  /** Punctuation: , ; : ( ) . - – / & @ */
  record Punct(char c) implements Word {}

  /** Any other word: it may be part of a place ("Boulder", "cafeteria"). */
  record Plain() implements Word {}
}

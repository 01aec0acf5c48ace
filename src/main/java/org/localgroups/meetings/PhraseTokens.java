package org.localgroups.meetings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a phrase into tokens and gives each its meaning from the vocabulary: words (with
 * apostrophes, inner hyphens and dotted abbreviations such as "a.m."), numbers (plain, ordinal
 * "2nd", years, clock times "18:00" and "18h30", ISO dates), and punctuation. Never throws.
 */
final class PhraseTokens {
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2199;

  private final Vocabulary vocabulary;
  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private int i;

  private PhraseTokens(Vocabulary vocabulary, String text) {
    this.vocabulary = vocabulary;
    this.text = text;
  }

  static List<Token> of(Vocabulary vocabulary, String text) {
    PhraseTokens t = new PhraseTokens(vocabulary, text);
    t.scan();
    return List.copyOf(t.tokens);
  }

  private void scan() {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (isDigit(c)) {
        number();
      } else if (Character.isLetter(c)) {
        word();
      } else {
        add(new Word.Punct(c == '–' || c == '—' ? '-' : c), i, i + 1);
        i++;
      }
    }
  }

  private void add(Word word, int start, int end) {
    tokens.add(new Token(word, text.substring(start, end), start, end));
  }

  private void number() {
    int start = i;
    int digitsEnd = skipDigits(i);
    int value = parse(start, digitsEnd);
    i = digitsEnd;
    if (isoDate(start, digitsEnd)) {
      return;
    }
    // 18:00, 6:30, 18.00: an hour and two digits of minutes
    if ((charAt(i) == ':' || charAt(i) == '.')
        && isDigit(charAt(i + 1))
        && isDigit(charAt(i + 2))
        && !isDigit(charAt(i + 3))
        && !(charAt(i) == '.' && (charAt(i + 3) == '.' || isDigit(charAt(i + 4))))) {
      int minute = parse(i + 1, i + 3);
      i += 3;
      clock(start, value, minute, digitsEnd - start > 1 && text.charAt(start) == '0');
      return;
    }
    int lettersEnd = i;
    while (lettersEnd < text.length() && Character.isLetter(text.charAt(lettersEnd))) {
      lettersEnd++;
    }
    String letters = text.substring(i, lettersEnd);
    if (!letters.isEmpty() && vocabulary.isOrdinalSuffix(letters)) {
      i = lettersEnd;
      add(new Word.Ordinal(value), start, i);
      return;
    }
    if (!letters.isEmpty() && isHourSuffix(letters)) {
      // 18h, 18h30
      int minuteEnd = skipDigits(lettersEnd);
      int minute = minuteEnd - lettersEnd == 2 ? parse(lettersEnd, minuteEnd) : 0;
      if (minuteEnd - lettersEnd == 0 || minuteEnd - lettersEnd == 2) {
        i = minuteEnd;
        clock(start, value, minute, true);
        return;
      }
    }
    if (digitsEnd - start == 4 && value >= FIRST_YEAR && value <= LAST_YEAR) {
      add(new Word.Year(value), start, digitsEnd);
    } else {
      add(new Word.Count(value), start, digitsEnd);
    }
    // "7pm": the letters are a word of their own
  }

  private void clock(int start, int hour, int minute, boolean leadingZero) {
    if (hour > 24 || minute > 59) {
      add(new Word.Plain(), start, i);
      return;
    }
    boolean twentyFour = leadingZero || hour == 0 || hour >= 12 || !vocabulary.clockNeedsMeridiem();
    add(new Word.Clock(hour, minute, twentyFour), start, i);
  }

  private boolean isHourSuffix(String letters) {
    String suffix = vocabulary.hourSuffix();
    return !suffix.isEmpty() && letters.equalsIgnoreCase(suffix);
  }

  /** 2026-01-06. */
  private boolean isoDate(int start, int yearEnd) {
    if (yearEnd - start != 4
        || charAt(yearEnd) != '-'
        || skipDigits(yearEnd + 1) != yearEnd + 3
        || charAt(yearEnd + 3) != '-'
        || skipDigits(yearEnd + 4) != yearEnd + 6
        || isDigit(charAt(yearEnd + 6))) {
      return false;
    }
    try {
      LocalDate date =
          LocalDate.of(
              parse(start, yearEnd),
              parse(yearEnd + 1, yearEnd + 3),
              parse(yearEnd + 4, yearEnd + 6));
      i = yearEnd + 6;
      add(new Word.IsoDate(date), start, i);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private void word() {
    int start = i;
    int end = wordEnd(start);
    i = end;
    String written = text.substring(start, end);
    Word meaning = vocabulary.word(written);
    if (meaning != null || written.indexOf('-') < 0) {
      add(meaning == null ? new Word.Plain() : meaning, start, end);
      return;
    }
    // "Monday-Friday", "6-8pm" written as words: the parts, with the hyphen between them
    int partStart = start;
    for (int at = start; at <= end; at++) {
      if (at == end || text.charAt(at) == '-') {
        String part = text.substring(partStart, at);
        @Nullable Word partMeaning = vocabulary.word(part);
        add(partMeaning == null ? new Word.Plain() : partMeaning, partStart, at);
        if (at < end) {
          add(new Word.Punct('-'), at, at + 1);
        }
        partStart = at + 1;
      }
    }
  }

  /**
   * The end of a word: letters and marks, with inner apostrophes and hyphens between letters, and
   * single letters joined by dots ("a.m.", "p.m.").
   */
  private int wordEnd(int start) {
    int at = start;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        at++;
      } else if ((c == '\'' || c == '’' || c == '-') && Character.isLetter(charAt(at + 1))) {
        at++;
      } else if (c == '.'
          && at - start == 1
          && Character.isLetter(charAt(at + 1))
          && charAt(at + 2) == '.') {
        // a.m.
        at += 3;
        return at;
      } else {
        break;
      }
    }
    return at;
  }

  private char charAt(int at) {
    return at >= 0 && at < text.length() ? text.charAt(at) : '\0';
  }

  private int skipDigits(int from) {
    int at = from;
    while (at < text.length() && isDigit(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private int parse(int from, int to) {
    // at most 9 digits count; longer runs are not dates or times
    int value = 0;
    for (int at = from; at < Math.min(to, from + 9); at++) {
      value = value * 10 + (text.charAt(at) - '0');
    }
    return to - from > 9 ? Integer.MAX_VALUE : value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

package org.localgroups.meetings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.localgroups.text.Fold;

/**
 * The words of one language that meeting phrases are made of, each mapped to its part in the
 * grammar ({@link Role}) or its value (weekdays, ordinals, months, times). The reader works on
 * these meanings only, so a language is a vocabulary: English is here; Spanish, Portuguese and
 * German follow as other instances of the same builder (with their own hour suffix and whether
 * "6:30" needs am/pm to be read). Immutable once built; words are matched accent- and case-folded.
 */
public final class Vocabulary {

  /** A word's part in the grammar. */
  public enum Role {
    /** "every", "each" */
    EVERY,
    /** "other", "alternate" (every other week) */
    OTHER,
    /** "of" (of the month) */
    OF,
    /** "the", "a": skipped where they stand */
    THE,
    /** "and", "&" */
    AND,
    /** "or" */
    OR,
    /** "per", "a" (twice a month) */
    PER,
    /** "times" */
    TIMES,
    /** "to", "until", "through", "-": the end of a range follows */
    RANGE,
    /** "from" */
    FROM,
    /** "between" */
    BETWEEN,
    /** "at", "@" */
    AT,
    /** "in" */
    IN,
    /** "on" */
    ON,
    /** "during" */
    DURING,
    /** "except", "excluding" */
    EXCEPT,
    /** "no", "not" (no meetings in August) */
    NO,
    /** "starting", "beginning": a first date follows */
    STARTING,
    /** "couple" (every couple of months) */
    COUPLE,
    /** "o'clock" */
    OCLOCK,
    /** "week", "weeks" */
    WEEK,
    /** "month", "months" */
    MONTH,
    /** "meeting", "meetings" */
    MEETING,
    /** "evenings", "nights": after a weekday, says it is every such day */
    HABITUAL,
    /** "for", "with", "to": words that end a place note */
    STOP
  }

  private final Map<String, Word> words;
  private final Set<String> capitalisedOnly;
  private final Set<String> ordinalSuffixes;
  private final String hourSuffix;
  private final boolean clockNeedsMeridiem;

  private Vocabulary(Builder b) {
    this.words = Map.copyOf(b.words);
    this.capitalisedOnly = Set.copyOf(b.capitalisedOnly);
    this.ordinalSuffixes = Set.copyOf(b.ordinalSuffixes);
    this.hourSuffix = b.hourSuffix;
    this.clockNeedsMeridiem = b.clockNeedsMeridiem;
  }

  /** The meaning of a word as written, or null when it has no part in the grammar. */
  @Nullable Word word(String written) {
    String key = key(written);
    if (capitalisedOnly.contains(key) && !Character.isUpperCase(written.codePointAt(0))) {
      return null;
    }
    return words.get(key);
  }

  /** Whether letters after a number make it an ordinal ("2nd", "4th"). */
  boolean isOrdinalSuffix(String letters) {
    return ordinalSuffixes.contains(key(letters));
  }

  /** The letters that make a number an hour of a 24-hour clock ("18h30"), "" for none. */
  String hourSuffix() {
    return hourSuffix;
  }

  /**
   * Whether "6:30" (an hour up to 12 with no am or pm) is unclear in this language: in English it
   * may be morning or evening, so it is not read as a time unless a range says which.
   */
  boolean clockNeedsMeridiem() {
    return clockNeedsMeridiem;
  }

  private static String key(String written) {
    return Fold.fold(written).replace(".", "").replace('’', '\'');
  }

  /** A vocabulary to fill. */
  public static Builder builder() {
    return new Builder();
  }

  /** Fills a vocabulary. */
  public static final class Builder {
    private final Map<String, Word> words = new HashMap<>();
    private final Set<String> capitalisedOnly = new HashSet<>();
    private final Set<String> ordinalSuffixes = new HashSet<>();
    private String hourSuffix = "";
    private boolean clockNeedsMeridiem;

    private Builder() {}

    private Builder put(Word meaning, String... forms) {
      for (String form : forms) {
        words.put(key(form), meaning);
      }
      return this;
    }

    public Builder role(Role role, String... forms) {
      return put(new Word.Role(role), forms);
    }

    /** Singular names of a weekday ("Thursday", "Thu"). */
    public Builder weekday(DayOfWeek day, String... forms) {
      return put(new Word.Weekday(day, false), forms);
    }

    /** Plural names of a weekday, which say every such day ("Thursdays"). */
    public Builder weekdays(DayOfWeek day, String... forms) {
      return put(new Word.Weekday(day, true), forms);
    }

    /** Ordinal words: 1 to 5, or -1 for the last. */
    public Builder ordinal(int n, String... forms) {
      return put(new Word.Ordinal(n), forms);
    }

    public Builder number(int n, String... forms) {
      return put(new Word.Count(n), forms);
    }

    /** Words that are a count of times by themselves ("once", "twice"). */
    public Builder times(int n, String... forms) {
      return put(new Word.Times(n), forms);
    }

    public Builder month(Month month, String... forms) {
      return put(new Word.MonthName(month), forms);
    }

    public Builder cadence(Cadence cadence, String... forms) {
      return put(new Word.CadenceWord(cadence), forms);
    }

    public Builder namedTime(LocalTime time, String... forms) {
      return put(new Word.Named(time), forms);
    }

    public Builder meridiem(boolean pm, String... forms) {
      return put(new Word.Meridiem(pm), forms);
    }

    /** Forms that count only when written with a capital ("May", "Sat", "Wed"). */
    public Builder capitalisedOnly(String... forms) {
      for (String form : forms) {
        capitalisedOnly.add(key(form));
      }
      return this;
    }

    public Builder ordinalSuffixes(String... suffixes) {
      for (String s : suffixes) {
        ordinalSuffixes.add(key(s));
      }
      return this;
    }

    public Builder hourSuffix(String suffix) {
      this.hourSuffix = key(suffix);
      return this;
    }

    public Builder clockNeedsMeridiem(boolean needs) {
      this.clockNeedsMeridiem = needs;
      return this;
    }

    public Vocabulary build() {
      return new Vocabulary(this);
    }
  }

  /** English, as the wiki's listings write it. */
  public static Vocabulary english() {
    Builder b = builder();
    String[][] days = {
      {"Monday", "Mon"},
      {"Tuesday", "Tue", "Tues"},
      {"Wednesday", "Wed"},
      {"Thursday", "Thu", "Thur", "Thurs"},
      {"Friday", "Fri"},
      {"Saturday", "Sat"},
      {"Sunday", "Sun"}
    };
    for (DayOfWeek d : DayOfWeek.values()) {
      String[] forms = days[d.getValue() - 1];
      b.weekday(d, forms).weekdays(d, forms[0] + "s");
    }
    // "wed", "sat", "sun" are also words; "may" and "mar" too
    b.capitalisedOnly("Wed", "Sat", "Sun", "May", "Mar");
    String[][] months = {
      {"January", "Jan"},
      {"February", "Feb"},
      {"March", "Mar"},
      {"April", "Apr"},
      {"May"},
      {"June", "Jun"},
      {"July", "Jul"},
      {"August", "Aug"},
      {"September", "Sep", "Sept"},
      {"October", "Oct"},
      {"November", "Nov"},
      {"December", "Dec"}
    };
    for (Month m : Month.values()) {
      b.month(m, months[m.getValue() - 1]);
    }
    b.ordinal(1, "first")
        .ordinal(2, "second")
        .ordinal(3, "third")
        .ordinal(4, "fourth")
        .ordinal(5, "fifth")
        .ordinal(-1, "last")
        .ordinalSuffixes("st", "nd", "rd", "th");
    String[] counts = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"
    };
    for (int n = 1; n < counts.length; n++) {
      b.number(n, counts[n]);
    }
    b.times(1, "once").times(2, "twice").times(3, "thrice");
    b.cadence(Cadence.every(Frequency.WEEKLY, 1), "weekly")
        .cadence(Cadence.every(Frequency.WEEKLY, 2), "biweekly", "bi-weekly", "fortnightly")
        .cadence(Cadence.every(Frequency.MONTHLY, 1), "monthly")
        // "bi-monthly" is every two months; "semi-monthly" is twice a month
        .cadence(Cadence.every(Frequency.MONTHLY, 2), "bimonthly", "bi-monthly")
        .cadence(new Cadence(Frequency.MONTHLY, 1, 2, 2), "semimonthly", "semi-monthly")
        .cadence(Cadence.every(Frequency.MONTHLY, 3), "quarterly");
    b.namedTime(LocalTime.NOON, "noon", "midday")
        .namedTime(LocalTime.MIDNIGHT, "midnight")
        .meridiem(false, "am", "a.m.")
        .meridiem(true, "pm", "p.m.");
    b.role(Role.EVERY, "every", "each")
        .role(Role.OTHER, "other", "alternate")
        .role(Role.OF, "of")
        .role(Role.THE, "the", "a", "an")
        .role(Role.AND, "and")
        .role(Role.OR, "or")
        .role(Role.PER, "per")
        .role(Role.TIMES, "times")
        .role(Role.RANGE, "to", "until", "till", "til", "through", "thru")
        .role(Role.FROM, "from")
        .role(Role.BETWEEN, "between")
        .role(Role.AT, "at")
        .role(Role.IN, "in")
        .role(Role.ON, "on")
        .role(Role.DURING, "during")
        .role(Role.EXCEPT, "except", "excluding", "excl")
        .role(Role.NO, "no", "not")
        .role(Role.STARTING, "starting", "beginning", "commencing")
        .role(Role.COUPLE, "couple")
        .role(Role.OCLOCK, "o'clock", "oclock")
        .role(Role.WEEK, "week", "weeks")
        .role(Role.MONTH, "month", "months")
        .role(Role.MEETING, "meeting", "meetings", "meetup", "meetups")
        .role(Role.HABITUAL, "evenings", "nights", "mornings", "afternoons", "lunchtimes")
        .role(Role.STOP, "for", "with", "where", "who", "which", "when", "using", "via", "see")
        .clockNeedsMeridiem(true);
    return b.build();
  }
}

package org.localgroups.meetings;

import static org.localgroups.meetings.Vocabulary.Role.AND;
import static org.localgroups.meetings.Vocabulary.Role.AT;
import static org.localgroups.meetings.Vocabulary.Role.BETWEEN;
import static org.localgroups.meetings.Vocabulary.Role.COUPLE;
import static org.localgroups.meetings.Vocabulary.Role.DURING;
import static org.localgroups.meetings.Vocabulary.Role.EVERY;
import static org.localgroups.meetings.Vocabulary.Role.EXCEPT;
import static org.localgroups.meetings.Vocabulary.Role.FROM;
import static org.localgroups.meetings.Vocabulary.Role.HABITUAL;
import static org.localgroups.meetings.Vocabulary.Role.IN;
import static org.localgroups.meetings.Vocabulary.Role.MEETING;
import static org.localgroups.meetings.Vocabulary.Role.MONTH;
import static org.localgroups.meetings.Vocabulary.Role.NO;
import static org.localgroups.meetings.Vocabulary.Role.OCLOCK;
import static org.localgroups.meetings.Vocabulary.Role.OF;
import static org.localgroups.meetings.Vocabulary.Role.ON;
import static org.localgroups.meetings.Vocabulary.Role.OR;
import static org.localgroups.meetings.Vocabulary.Role.OTHER;
import static org.localgroups.meetings.Vocabulary.Role.PER;
import static org.localgroups.meetings.Vocabulary.Role.RANGE;
import static org.localgroups.meetings.Vocabulary.Role.STARTING;
import static org.localgroups.meetings.Vocabulary.Role.THE;
import static org.localgroups.meetings.Vocabulary.Role.TIMES;
import static org.localgroups.meetings.Vocabulary.Role.WEEK;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a phrase's tokens into {@link Element}s, left to right: at each token the first piece of
 * grammar that matches takes its tokens; a token no piece takes is passed over. Then the
 * comma-separated pieces of capitalised words that stand between recognised pieces ("Jill's, the St
 * Julien Hotel") are read as places. One reader per phrase; never throws on content.
 *
 * <p>"every second Wednesday" and "every 3rd Wednesday" are read as that day of each month (as
 * listings and meetup pages use them); "every other Wednesday" as every two weeks.
 */
final class PhraseReader {
  private final List<Token> t;
  private final String phrase;
  private final boolean[] taken;
  private final List<Element> elements = new ArrayList<>();
  private final List<int[]> spans = new ArrayList<>();
  private int i;

  private PhraseReader(List<Token> tokens, String phrase) {
    this.t = tokens;
    this.phrase = phrase;
    this.taken = new boolean[tokens.size()];
  }

  /** The pieces of the phrase, in order. */
  static List<Element> read(List<Token> tokens, String phrase) {
    PhraseReader r = new PhraseReader(tokens, phrase);
    r.scan();
    r.placesBetweenCommas();
    return List.copyOf(r.elements);
  }

  private interface Piece {
    @Nullable Element read();
  }

  private void scan() {
    List<Piece> pieces =
        List.of(
            this::except,
            this::monthWindow,
            this::date,
            this::often,
            this::days,
            this::time,
            this::place);
    while (i < t.size()) {
      int from = i;
      Element found = null;
      for (Piece piece : pieces) {
        i = from;
        found = piece.read();
        if (found != null) {
          break;
        }
      }
      if (found == null || i == from) {
        i = from + 1;
        continue;
      }
      take(found, from, i);
    }
  }

  private void take(Element e, int from, int to) {
    for (int k = from; k < to; k++) {
      taken[k] = true;
    }
    elements.add(e);
    spans.add(new int[] {from, to});
  }

  // ---- tokens

  private @Nullable Token at(int k) {
    return k >= 0 && k < t.size() ? t.get(k) : null;
  }

  private boolean is(int k, Vocabulary.Role role) {
    Token token = at(k);
    return token != null && token.is(role);
  }

  private boolean punct(int k, char c) {
    Token token = at(k);
    return token != null && token.isPunct(c);
  }

  private @Nullable Word word(int k) {
    Token token = at(k);
    return token == null ? null : token.word();
  }

  private boolean accept(Vocabulary.Role role) {
    if (is(i, role)) {
      i++;
      return true;
    }
    return false;
  }

  private void skipThe() {
    while (is(i, THE)) {
      i++;
    }
  }

  /** "and", "or", ",", "&", "/" between items of a list. */
  private boolean listSeparator(int k) {
    return is(k, AND) || is(k, OR) || punct(k, ',') || punct(k, '&') || punct(k, '/');
  }

  private boolean rangeMark(int k) {
    return is(k, RANGE) || punct(k, '-');
  }

  private String text(int from, int to) {
    return phrase.substring(t.get(from).start(), t.get(to - 1).end());
  }

  // ---- months: "except in August", "no meetings in July and August", "September to June"

  private @Nullable Element except() {
    int from = i;
    if (accept(EXCEPT)) {
      accept(DURING);
      accept(IN);
    } else if (accept(NO)) {
      accept(MEETING);
      if (!accept(IN) && !accept(DURING)) {
        return null;
      }
    } else {
      return null;
    }
    skipThe();
    Set<Month> months = monthList();
    return months.isEmpty() || i == from ? null : new Element.Months(months, true);
  }

  private Set<Month> monthList() {
    Set<Month> months = EnumSet.noneOf(Month.class);
    while (word(i) instanceof Word.MonthName m) {
      months.add(m.month());
      i++;
      int save = i;
      if (listSeparator(i)) {
        i++;
        accept(AND);
        if (!(word(i) instanceof Word.MonthName)) {
          i = save;
          break;
        }
      }
    }
    return months;
  }

  private @Nullable Element monthWindow() {
    boolean between = accept(BETWEEN);
    if (!between) {
      accept(FROM);
    }
    if (!(word(i) instanceof Word.MonthName first) || isDayNumber(word(i + 1))) {
      return null;
    }
    i++;
    if (!(rangeMark(i) || (between && is(i, AND)))) {
      return null;
    }
    i++;
    if (!(word(i) instanceof Word.MonthName last) || isDayNumber(word(i + 1))) {
      return null;
    }
    i++;
    Set<Month> months = EnumSet.noneOf(Month.class);
    for (Month m = first.month(); ; m = m.plus(1)) {
      months.add(m);
      if (m == last.month()) {
        break;
      }
    }
    return new Element.Months(months, false);
  }

  // ---- dates: "6 Jan", "January 6th, 2026", "February 2012", "2026-01-06"

  private static boolean isDayNumber(@Nullable Word w) {
    return (w instanceof Word.Count c && c.n() >= 1 && c.n() <= 31)
        || (w instanceof Word.Ordinal o && o.n() >= 1 && o.n() <= 31);
  }

  private static int dayNumber(Word w) {
    return w instanceof Word.Count c ? c.n() : ((Word.Ordinal) w).n();
  }

  private @Nullable Element date() {
    int from = i;
    boolean starting = startsHere(from);
    if (word(i) instanceof Word.IsoDate iso) {
      i++;
      return new Element.Date(iso.date(), true, starting, text(from, i));
    }
    Integer day = null;
    Month month;
    if (isDayNumber(word(i))) {
      day = dayNumber(Objects.requireNonNull(word(i)));
      i++;
      accept(OF);
      if (!(word(i) instanceof Word.MonthName m)) {
        return null;
      }
      month = m.month();
      i++;
    } else if (word(i) instanceof Word.MonthName m) {
      month = m.month();
      i++;
      if (isDayNumber(word(i)) && !(word(i + 1) instanceof Word.Weekday)) {
        day = dayNumber(Objects.requireNonNull(word(i)));
        i++;
      }
    } else if (word(i) instanceof Word.Year y && !rangeMark(i + 1)) {
      i++;
      return new Element.Date(null, false, starting, y.year() + "");
    } else {
      return null;
    }
    int beforeYear = i;
    if (punct(i, ',')) {
      i++;
    }
    Integer year = null;
    if (word(i) instanceof Word.Year y) {
      year = y.year();
      i++;
    } else {
      i = beforeYear;
    }
    if (day == null && year == null) {
      // a month named alone is not a date ("in August")
      return null;
    }
    LocalDate date = null;
    if (day != null && year != null) {
      try {
        date = LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        date = null;
      }
    }
    return new Element.Date(date, day != null, starting, text(from, i));
  }

  /** Whether "starting" (or "from", "on" after it) stands right before this token. */
  private boolean startsHere(int k) {
    int back = k - 1;
    while (is(back, ON) || is(back, THE) || is(back, FROM)) {
      if (is(back, FROM)) {
        return true;
      }
      back--;
    }
    return is(back, STARTING);
  }

  // ---- how often: "monthly", "every other week", "every 2 weeks", "1-2 times per month"

  private @Nullable Element often() {
    if (word(i) instanceof Word.CadenceWord c) {
      i++;
      accept(MEETING);
      return new Element.Often(c.cadence());
    }
    if (accept(EVERY)) {
      int every = 1;
      if (accept(OTHER)) {
        every = 2;
      } else if (word(i) instanceof Word.Count n && n.n() >= 1) {
        every = n.n();
        i++;
      } else if (word(i) instanceof Word.Ordinal o && o.n() >= 2 && o.n() <= 5) {
        every = o.n();
        i++;
      } else {
        skipThe();
        if (accept(COUPLE)) {
          accept(OF);
          every = 2;
        }
      }
      Frequency unit = unit();
      return unit == null ? null : new Element.Often(Cadence.every(unit, every));
    }
    int min;
    int max;
    if (word(i) instanceof Word.Times n) {
      min = n.n();
      max = n.n();
      i++;
    } else if (word(i) instanceof Word.Count n && n.n() >= 1) {
      min = n.n();
      max = n.n();
      i++;
      if ((rangeMark(i) || is(i, OR)) && word(i + 1) instanceof Word.Count m && m.n() >= min) {
        max = m.n();
        i += 2;
      }
      if (!accept(TIMES)) {
        return null;
      }
    } else {
      return null;
    }
    if (!(accept(PER) || accept(THE) || accept(EVERY))) {
      return null;
    }
    Frequency unit = unit();
    return unit == null ? null : new Element.Often(new Cadence(unit, 1, min, max));
  }

  private @Nullable Frequency unit() {
    if (accept(WEEK)) {
      return Frequency.WEEKLY;
    }
    if (accept(MONTH)) {
      return Frequency.MONTHLY;
    }
    return null;
  }

  // ---- days: "the 2nd Thursday of the month", "every Tuesday and Thursday", "first and third
  // Mondays", "every other Wednesday", "last Friday of each month"

  private @Nullable Element days() {
    boolean every = false;
    boolean other = false;
    if (accept(EVERY)) {
      every = true;
      other = accept(OTHER);
    }
    skipThe();
    List<MeetingDay> days = new ArrayList<>();
    boolean plural = false;
    while (true) {
      List<Integer> ordinals = ordinals();
      if (!(word(i) instanceof Word.Weekday wd)) {
        if (days.isEmpty()) {
          return null;
        }
        break;
      }
      i++;
      plural |= wd.plural() || is(i, HABITUAL);
      accept(HABITUAL);
      if (ordinals.isEmpty()) {
        days.add(MeetingDay.every(wd.day()));
      } else {
        ordinals.forEach(n -> days.add(new MeetingDay(wd.day(), n)));
      }
      int save = i;
      if (!listSeparator(i)) {
        break;
      }
      i++;
      accept(AND);
      skipThe();
      if (!(word(i) instanceof Word.Weekday) && !ordinalOfDay(word(i))) {
        i = save;
        break;
      }
    }
    Element.MonthTail tail = monthTail();
    Element.Mode mode =
        other ? Element.Mode.OTHER : every || plural ? Element.Mode.EVERY : Element.Mode.BARE;
    return new Element.Days(days, mode, tail);
  }

  private static boolean ordinalOfDay(@Nullable Word w) {
    return w instanceof Word.Ordinal o && (o.n() == MeetingDay.LAST || (o.n() >= 1 && o.n() <= 5));
  }

  /** "2nd", "first and third", "1st & 3rd": places in the month, or none. */
  private List<Integer> ordinals() {
    List<Integer> ordinals = new ArrayList<>();
    while (ordinalOfDay(word(i))) {
      ordinals.add(((Word.Ordinal) Objects.requireNonNull(word(i))).n());
      i++;
      int save = i;
      if (listSeparator(i)) {
        i++;
        accept(AND);
        skipThe();
        if (!ordinalOfDay(word(i))) {
          i = save;
          break;
        }
      }
    }
    return ordinals;
  }

  /** "of the month", "of every (other) month", "each month", "a month", "monthly". */
  private Element.MonthTail monthTail() {
    int save = i;
    if (word(i) instanceof Word.CadenceWord c
        && c.cadence().unit() == Frequency.MONTHLY
        && c.cadence().minTimes() == 1
        && c.cadence().maxTimes() == 1
        && c.cadence().every() <= 2) {
      i++;
      return c.cadence().every() == 1 ? Element.MonthTail.EVERY : Element.MonthTail.OTHER;
    }
    if (!accept(OF)) {
      accept(IN);
    }
    skipThe();
    accept(PER);
    boolean other = false;
    if (accept(EVERY)) {
      other = accept(OTHER);
    }
    if (accept(MONTH)) {
      return other ? Element.MonthTail.OTHER : Element.MonthTail.EVERY;
    }
    i = save;
    return Element.MonthTail.NONE;
  }

  // ---- times: "6-8 PM", "at 7pm", "18:00–20:00", "from 6:30 to 9 pm", "noon", "11am-1pm"

  /** One end of a time range as written. */
  private record Point(int hour, int minute, @Nullable Boolean pm, boolean sure) {
    /** Read with this am/pm; null when it cannot be. */
    @Nullable LocalTime with(boolean afternoon) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      return LocalTime.of(hour % 12 + (afternoon ? 12 : 0), minute);
    }

    /**
     * Read as written (24-hour, or with its own am/pm); null when it needs am/pm from elsewhere.
     */
    @Nullable LocalTime alone() {
      if (pm != null) {
        return with(pm);
      }
      if (sure) {
        return hour == 24 ? LocalTime.MIDNIGHT : LocalTime.of(hour, minute);
      }
      return null;
    }
  }

  private @Nullable Point point() {
    Word w = word(i);
    if (w instanceof Word.Named n) {
      i++;
      return new Point(n.time().getHour(), n.time().getMinute(), null, true);
    }
    int hour;
    int minute = 0;
    boolean sure;
    if (w instanceof Word.Clock c) {
      hour = c.hour();
      minute = c.minute();
      sure = c.twentyFour();
    } else if (w instanceof Word.Count c && c.n() <= 24) {
      hour = c.n();
      sure = false;
    } else {
      return null;
    }
    i++;
    Boolean pm = null;
    if (word(i) instanceof Word.Meridiem m) {
      pm = m.pm();
      i++;
    } else {
      accept(OCLOCK);
    }
    return new Point(hour, minute, pm, sure);
  }

  private @Nullable Element time() {
    int from = i;
    boolean at = accept(AT);
    boolean between = !at && accept(BETWEEN);
    if (!at && !between) {
      accept(FROM);
    }
    int first = i;
    Point start = point();
    if (start == null) {
      return null;
    }
    int afterStart = i;
    Point end = null;
    if (rangeMark(i) || (between && is(i, AND))) {
      i++;
      end = point();
      if (end == null) {
        i = afterStart;
      }
    }
    TimeRange range = range(start, end);
    if (range == null) {
      if (at && end == null && !(word(first) instanceof Word.Named)) {
        return new Element.UnclearTime(text(from, i));
      }
      return null;
    }
    return new Element.Time(range, text(first, i));
  }

  /** The range two points say, resolving an end without am/pm from the other; null if unclear. */
  private static @Nullable TimeRange range(Point start, @Nullable Point end) {
    if (end == null) {
      LocalTime s = start.alone();
      return s == null ? null : new TimeRange(s, null);
    }
    LocalTime s = start.alone();
    LocalTime e = end.alone();
    if (s == null && e != null && end.pm() != null) {
      // "6-8 PM": the start shares the end's half of the day, unless that puts it after the end
      s = start.with(end.pm());
      if (s != null && s.isAfter(e)) {
        s = start.with(!end.pm());
      }
    } else if (e == null && s != null && start.pm() != null) {
      e = end.with(start.pm());
      if (e != null && e.isBefore(s)) {
        e = end.with(!start.pm());
      }
    }
    if (s == null || e == null) {
      return null;
    }
    return new TimeRange(s, e);
  }

  // ---- places: "at the HP cafeteria", "in Boulder, Colorado", "@ ANU"

  private @Nullable Element place() {
    if (!(accept(AT) || accept(IN) || acceptPunct('@'))) {
      return null;
    }
    int first = i;
    if (is(i, THE)) {
      i++;
    }
    Token head = at(i);
    if (head == null || !head.isCapitalisedPlain()) {
      return null;
    }
    int last = i;
    i++;
    while (i < t.size()) {
      Token token = t.get(i);
      if (token.word() instanceof Word.Plain
          || token.is(THE)
          || token.word() instanceof Word.Count
          || token.isPunct('&')
          || token.isPunct('\'')) {
        last = i++;
      } else if ((token.isPunct(',') || token.is(OF) || token.isPunct('-'))
          && capitalisedPlain(i + 1)) {
        i++;
      } else if (token.isPunct('.') && isAbbreviation(at(i - 1)) && capitalisedPlain(i + 1)) {
        i++;
      } else if (token.is(AND) && capitalisedPlain(i + 1)) {
        i++;
      } else {
        break;
      }
    }
    i = last + 1;
    return new Element.Place(t.get(first).start(), t.get(last).end());
  }

  private boolean acceptPunct(char c) {
    if (punct(i, c)) {
      i++;
      return true;
    }
    return false;
  }

  private boolean capitalisedPlain(int k) {
    Token token = at(k);
    return token != null && token.isCapitalisedPlain();
  }

  /** "St", "Dr", "Mt": a short capitalised word before a dot that does not end the phrase. */
  private static boolean isAbbreviation(@Nullable Token token) {
    return token != null && token.isCapitalisedPlain() && token.text().length() <= 3;
  }

  /**
   * "every third Wednesday, Jill's, the St Julien Hotel, 6-8 PM": a run of words between commas
   * that no piece took, right after a recognised piece, beginning with a capital (after "the"), is
   * a place.
   */
  private void placesBetweenCommas() {
    List<Element> found = new ArrayList<>();
    List<int[]> foundSpans = new ArrayList<>();
    for (int k = 1; k < t.size(); k++) {
      if (!t.get(k).isPunct(',') || !taken[k - 1]) {
        continue;
      }
      int start = k + 1;
      int first = is(start, THE) ? start + 1 : start;
      if (!capitalisedPlain(first)) {
        continue;
      }
      int end = start;
      while (end < t.size()
          && !taken[end]
          && (word(end) instanceof Word.Plain || is(end, THE) || punct(end, '\''))) {
        end++;
      }
      if (end == start || (end < t.size() && !punct(end, ','))) {
        continue;
      }
      for (int m = start; m < end; m++) {
        taken[m] = true;
      }
      found.add(new Element.Place(t.get(start).start(), t.get(end - 1).end()));
      foundSpans.add(new int[] {start, end});
    }
    // keep the phrase's order
    for (int f = 0; f < found.size(); f++) {
      int at = 0;
      while (at < spans.size() && spans.get(at)[0] < foundSpans.get(f)[0]) {
        at++;
      }
      elements.add(at, found.get(f));
      spans.add(at, foundSpans.get(f));
    }
  }
}

package org.localgroups.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.localgroups.geo.PlaceRanking.Candidate;
import org.localgroups.text.Fold;

/**
 * Finds the places named inside running text ("Python User Group in Guadalajara, meets ..."): scans
 * runs of 1..4 words, longest first, and keeps the ones that are plausibly meant as places. One
 * scan per call; not shared between threads.
 */
final class MentionScan {
  private static final int MAX_WORDS = 4;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

  /** What may stand between the words of one name: "Winston-Salem", "St. Louis", "L'Aquila". */
  private static final Pattern JOINER = Pattern.compile("[\\s\\-‐–.'’]*");

  private static final Pattern APOSTROPHE = Pattern.compile("['’]");

  /**
   * A one-word name alone must be a town this large (people), unless it is in the context country.
   */
  private static final long MIN_PEOPLE_ALONE = 20_000;

  private static final long MIN_PEOPLE_ALONE_IN_CONTEXT = 2_000;

  /** ... and a one-word alternate name of a place outside the context country this large. */
  private static final long MIN_PEOPLE_ALTERNATE_ALONE = 100_000;

  private static final double CONTEXT_PREFERENCE = 0.08;
  private static final double REGION_SUPPORT = 0.10;
  private static final double NEIGHBOUR_SUPPORT = 0.05;

  /** A town says more about where a group meets than the region around it. */
  private static final double TOWN_PREFERENCE = 0.05;

  private static final double REGION_OF_NAMED_TOWN = 0.20;

  /** Group names tend to start with their town ("Dallas-Ft. Worth", "Boston / Cambridge"). */
  private static final double FIRST_MENTION = 0.03;

  /** The most a mention can collect, mapped to a score of 1. */
  private static final double MAX_RAW_SCORE = 1.3;

  /** Words that are also place names somewhere but almost never mean one in a user group's text. */
  private static final Set<String> COMMON_WORDS =
      Set.of(
          "python",
          "pythonistas",
          "pythoneers",
          "pythonista",
          "group",
          "groups",
          "user",
          "users",
          "usergroup",
          "community",
          "meetup",
          "meetups",
          "meeting",
          "meetings",
          "meets",
          "bay",
          "area",
          "regional",
          "local",
          "national",
          "international",
          "site",
          "web",
          "page",
          "linux",
          "zope",
          "plone",
          "django",
          "google",
          "home",
          "mobile",
          "of",
          "the",
          "a",
          "an",
          "in",
          "and",
          "or",
          "for",
          "at",
          "on",
          "to",
          "by",
          "with",
          "most",
          "best",
          "hope",
          "nice",
          "good",
          "new",
          "city",
          "club",
          "society",
          "association",
          "project",
          "wiki",
          "mailing",
          "list",
          "lists",
          "pug",
          "pig",
          "piggies",
          "sig",
          "lug",
          "jug",
          "university",
          "college",
          "school",
          "institute",
          "center",
          "centre",
          "free",
          "open",
          "software",
          "code",
          "data",
          "science",
          "developers",
          "programmers",
          "hackers",
          "lab",
          "labs",
          "tech",
          "north",
          "south",
          "east",
          "west",
          "central",
          "greater",
          "metro",
          "county",
          "state",
          "valley",
          "coast",
          "island",
          "islands",
          "lake",
          "river",
          "san",
          "santa",
          "la",
          "le",
          "de",
          "del",
          "los",
          "las",
          "el",
          "general",
          "union",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "reading",
          "bath",
          "orange",
          "independence",
          "liberty",
          "victory",
          "friendship",
          "unity",
          "progress",
          "garden",
          "market",
          "station",
          "mission",
          "pleasant",
          "paradise",
          "marks",
          "sale",
          "deal",
          "split",
          "bar",
          "male",
          "man",
          "date",
          "police",
          "english",
          "french",
          "german",
          "spanish",
          "chinese",
          "japanese",
          "ruby",
          "java",
          "perl",
          "php",
          "net",
          "com",
          "org",
          "www",
          "http",
          "https",
          "email",
          "mail",
          "info",
          "news",
          "mailman",
          "listinfo",
          "ubuntu",
          "debian",
          "fedora",
          "first",
          "second",
          "third",
          "fourth",
          "last",
          "every",
          "each",
          "month",
          "week",
          "pm",
          "am",
          "hall",
          "room",
          "office",
          "building",
          "street",
          "avenue",
          "road",
          "library",
          "cafe",
          "pub",
          "beer",
          "coffee",
          "day",
          "night",
          "evening",
          "morning",
          "sprint",
          "sprints",
          "conference",
          "seminar",
          "workshop",
          "exception",
          "interest",
          "special",
          "study",
          "startup",
          "hub",
          "space",
          "hackerspace",
          "makerspace",
          "we",
          "us",
          "our",
          "it",
          "is",
          "are",
          "be",
          "my",
          "your",
          "their",
          "southern",
          "northern",
          "eastern",
          "western",
          "upper",
          "lower",
          "join",
          "visit",
          "check",
          "welcome",
          "official",
          "portal",
          "forum",
          "twitter",
          "facebook",
          "github",
          "youtube",
          "linkedin",
          "photos",
          "videos",
          "corporation",
          "company",
          "inc");

  private static final Map<String, String> ABBREVIATIONS =
      Map.of("ft", "fort", "mt", "mount", "st", "saint", "ste", "sainte", "pt", "port");

  private final PlaceRanking ranking;
  private final PlaceTable table;
  private final NameIndex index;
  private final LookupContext context;

  MentionScan(PlaceRanking ranking, PlaceTable table, NameIndex index, LookupContext context) {
    this.ranking = ranking;
    this.table = table;
    this.index = index;
    this.context = context;
  }

  /** A word of the text, with whether it continues the name of the word before it. */
  private record Word(String text, int start, int end, boolean joined) {
    boolean capitalised() {
      int first = text.codePointAt(0);
      return Character.isUpperCase(first)
          || Character.isTitleCase(first)
          || (Character.isLetter(first) && !Character.isLowerCase(first));
    }

    boolean shortAcronym() {
      return text.length() <= 5 && text.chars().allMatch(c -> Character.isUpperCase(c));
    }
  }

  /**
   * Words of the text that look like a place name, with every place they may name. The postings
   * stay an int array (never shared, never compared): a mention scan reads thousands of them per
   * page.
   */
  @SuppressWarnings("ArrayRecordComponent")
  private record Span(
      String text,
      int start,
      int end,
      String key,
      int[] postings,
      Qualifier qualifier,
      int qualifierStart) {

    /**
     * The same words read as the qualifier of the span before ("Rochester, New York"): its regions.
     */
    Span asQualifierOf(Span before) {
      if (before.qualifier().isEmpty() || before.qualifierStart() != start) {
        return this;
      }
      int[] regions =
          java.util.Arrays.stream(postings)
              .filter(p -> before.qualifier().names(p >>> 1))
              .toArray();
      return regions.length == 0
          ? this
          : new Span(text, start, end, key, regions, qualifier, qualifierStart);
    }
  }

  List<PlaceMatch> scan(String text) {
    List<Word> words = words(text);
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Span span = longestSpanAt(text, words, i);
      if (span == null) {
        i++;
        continue;
      }
      spans.add(spans.isEmpty() ? span : span.asQualifierOf(spans.getLast()));
      i += countWords(words, i, span.end());
    }
    return rank(spans);
  }

  private static int countWords(List<Word> words, int from, int end) {
    int n = 0;
    while (from + n < words.size() && words.get(from + n).end() <= end) {
      n++;
    }
    return Math.max(1, n);
  }

  private List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int previousEnd = -1;
    boolean possessiveBefore = false;
    while (m.find()) {
      String between = previousEnd < 0 ? "" : text.substring(previousEnd, m.start());
      if (m.group().equalsIgnoreCase("s") && APOSTROPHE.matcher(between).matches()) {
        possessiveBefore = true; // "Cracow's": drop the "s", and end the name there
        previousEnd = m.end();
        continue;
      }
      boolean joined = previousEnd >= 0 && !possessiveBefore && JOINER.matcher(between).matches();
      words.add(new Word(m.group(), m.start(), m.end(), joined));
      previousEnd = m.end();
      possessiveBefore = false;
    }
    return words;
  }

  private @Nullable Span longestSpanAt(String text, List<Word> words, int first) {
    Word head = words.get(first);
    if (!head.capitalised()) {
      return null;
    }
    int maxLast = first;
    while (maxLast + 1 < words.size()
        && maxLast + 1 - first < MAX_WORDS
        && words.get(maxLast + 1).joined()) {
      maxLast++;
    }
    for (int last = maxLast; last >= first; last--) {
      Word tail = words.get(last);
      if (!tail.capitalised()) {
        continue;
      }
      List<Word> run = words.subList(first, last + 1);
      if (run.stream().allMatch(w -> COMMON_WORDS.contains(Fold.key(w.text())))) {
        continue;
      }
      String spanText = text.substring(head.start(), tail.end());
      String key = Fold.key(spanText);
      int[] postings = index.find(key);
      if (postings.length == 0) {
        String expanded = expand(run);
        if (!expanded.equals(key)) {
          key = expanded;
          postings = index.find(expanded);
        }
      }
      if (postings.length == 0) {
        continue;
      }
      postings = plausible(postings, run);
      if (postings.length > 0) {
        Qualifier found = qualifierAfter(text, words, last);
        Qualifier qualifier = found;
        int[] kept = postings;
        if (java.util.Arrays.stream(kept).noneMatch(p -> found.allows(p >>> 1, table))) {
          qualifier =
              Qualifier.NONE; // "Baltimore, Annapolis, Columbia": a list, not "Town, Region"
        }
        int qualifierStart = qualifier.isEmpty() ? -1 : words.get(last + 1).start();
        return new Span(
            spanText, head.start(), tail.end(), key, postings, qualifier, qualifierStart);
      }
    }
    return null;
  }

  private static String expand(List<Word> run) {
    List<String> parts = new ArrayList<>();
    for (Word w : run) {
      String key = Fold.key(w.text());
      parts.add(ABBREVIATIONS.getOrDefault(key, key));
    }
    return String.join(" ", parts);
  }

  /**
   * The places a run of words may plausibly mean, by the rules for common words and short names.
   */
  private int[] plausible(int[] postings, List<Word> run) {
    boolean single = run.size() == 1;
    Word word = run.get(0);
    String key = Fold.key(word.text());
    if (single && COMMON_WORDS.contains(key)) {
      return new int[0];
    }
    List<Integer> kept = new ArrayList<>();
    for (int posting : postings) {
      int row = posting >>> 1;
      boolean own = (posting & 1) == 1;
      if (single && table.isCity(row)) {
        boolean inContext = context.countryCode().equalsIgnoreCase(table.countryCode(row));
        long people = table.population(row);
        if (word.shortAcronym()
            || COMMON_WORDS.contains(key)
            || people < (inContext ? MIN_PEOPLE_ALONE_IN_CONTEXT : MIN_PEOPLE_ALONE)
            || (!own && people < (inContext ? MIN_PEOPLE_ALONE : MIN_PEOPLE_ALTERNATE_ALONE))) {
          continue;
        }
      }
      if (single && table.isCity(row) && word.text().length() < 3) {
        continue;
      }
      if (single && !table.isCity(row) && word.text().length() <= 3 && !word.shortAcronym()) {
        continue;
      }
      if (single
          && table.kind(row) == Place.Kind.ADMIN1
          && !context.countryCode().isEmpty()
          && !context.countryCode().equalsIgnoreCase(table.countryCode(row))) {
        continue; // "Southern", "Piedmont", "Midlands": a province elsewhere only by accident
      }
      kept.add(posting);
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  /** "Memphis, TN", "Norman, OK.", "Dallas (Texas)": a state or country right after a name. */
  private Qualifier qualifierAfter(String text, List<Word> words, int last) {
    for (int n = Math.min(3, words.size() - last - 1); n >= 1; n--) {
      Word next = words.get(last + 1);
      String between = text.substring(words.get(last).end(), next.start());
      if (!between.matches("\\s*[,(]\\s*|\\s+")) {
        return Qualifier.NONE;
      }
      List<Word> run = words.subList(last + 1, last + 1 + n);
      if (run.stream().skip(1).anyMatch(w -> !w.joined())) {
        continue;
      }
      boolean code = n == 1 && next.text().length() <= 3;
      if (code && !next.shortAcronym()) {
        continue;
      }
      if (!code && !next.capitalised()) {
        continue;
      }
      String qualifierText = text.substring(next.start(), run.get(n - 1).end());
      Qualifier qualifier = Qualifier.resolve(qualifierText, table, index, context);
      if (!qualifier.isEmpty()) {
        return qualifier;
      }
    }
    return Qualifier.NONE;
  }

  private List<PlaceMatch> rank(List<Span> spans) {
    // First pass: what each span may name, alone, to learn which regions and towns the text is
    // about.
    List<Set<Integer>> regionsBySpan = new ArrayList<>();
    List<Integer> townBySpan = new ArrayList<>();
    for (Span span : spans) {
      Set<Integer> regions = new HashSet<>();
      for (int posting : span.postings()) {
        int row = posting >>> 1;
        if (!table.isCity(row)) {
          regions.add(row);
        }
      }
      regions.addAll(span.qualifier().countryRows());
      regions.addAll(span.qualifier().admin1Rows());
      regionsBySpan.add(regions);
      Candidate best = best(span, Set.of(), Set.of(), false);
      townBySpan.add(best != null && table.isCity(best.row()) ? best.row() : -1);
    }
    // Second pass: each span's place, supported by what the other spans name (not by itself).
    Map<Integer, Candidate> found = new HashMap<>();
    for (int i = 0; i < spans.size(); i++) {
      Set<Integer> regions = new HashSet<>(spans.get(i).qualifier().countryRows());
      regions.addAll(spans.get(i).qualifier().admin1Rows());
      Set<Integer> towns = new HashSet<>();
      for (int j = 0; j < spans.size(); j++) {
        if (!spans
            .get(j)
            .key()
            .equals(spans.get(i).key())) { // a name repeated is no support for itself
          regions.addAll(regionsBySpan.get(j));
          if (townBySpan.get(j) >= 0) {
            towns.add(townBySpan.get(j));
          }
        }
      }
      Candidate best = best(spans.get(i), regions, towns, i == 0);
      if (best != null) {
        found.merge(best.row(), best, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    return ranking.ranked(found, Integer.MAX_VALUE);
  }

  private @Nullable Candidate best(
      Span span, Set<Integer> regions, Set<Integer> towns, boolean first) {
    @Nullable Candidate best = null;
    double bestChoice = Double.NEGATIVE_INFINITY;
    for (int posting : span.postings()) {
      int row = posting >>> 1;
      // The qualifier after a name counts like any other region named in the text, not twice.
      Candidate c =
          ranking.score(
              row,
              (posting & 1) == 1,
              span.text(),
              Qualifier.NONE,
              context,
              span.postings().length);
      double score = c.score();
      String why = c.why();
      if (!span.qualifier().isEmpty()
          && !span.qualifier().allows(row, table)
          && !span.qualifier().names(row)) {
        score *= 0.5;
        why += ", not in '" + span.qualifier().text() + "'";
      }
      if (ranking.contextScore(row, context) > 0) {
        score += CONTEXT_PREFERENCE;
      }
      if (first) {
        score += FIRST_MENTION;
      }
      boolean own = (posting & 1) == 1;
      if (table.isCity(row)) {
        if (own) {
          score += TOWN_PREFERENCE; // not for alternates: "Bahia" is the state, not Salvador
        }
        if (regions.contains(table.admin1Row(row)) || regions.contains(table.countryRow(row))) {
          score += REGION_SUPPORT;
          why += ", its region is also named";
        }
        if (own
            && towns.stream()
                .anyMatch(
                    t ->
                        t != row
                            && table.admin1Row(t) == table.admin1Row(row)
                            && table.admin1Row(row) >= 0)) {
          score += NEIGHBOUR_SUPPORT;
          why += ", near another town named";
        }
      }
      // A region with a named town in it is the likelier reading of the words, but says less.
      double choice = score;
      if (!table.isCity(row)
          && towns.stream()
              .anyMatch(t -> table.admin1Row(t) == row || table.countryRow(t) == row)) {
        choice += REGION_SUPPORT;
        score += REGION_SUPPORT - REGION_OF_NAMED_TOWN;
        why += ", a town in it is also named";
      }
      if (best == null
          || choice > bestChoice
          || (choice == bestChoice && table.population(row) > table.population(best.row()))) {
        best = new Candidate(row, Math.clamp(score / MAX_RAW_SCORE, 0.0, 1.0), span.text(), why);
        bestChoice = choice;
      }
    }
    return best;
  }
}

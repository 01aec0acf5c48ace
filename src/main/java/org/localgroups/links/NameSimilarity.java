package org.localgroups.links;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.localgroups.text.Fold;

/**
 * How close two group names are, 0..1: the overlap of their telling words, each word weighing its
 * length (a Jaccard index over letters: "Champaign-Urbana" shared weighs more than "CU" and
 * "IlliPy" apart, while "North West" and "North East" share only "north"). Names go through the one
 * fold ({@link Fold#key}) after camel case is split ("PhoenixPythonUserGroup" is "Phoenix Python
 * User Group"); words every group has ("Python", "users", "group", "meetup", articles) say nothing
 * about which group a name is and are left out. Two words of at least {@link #MIN_FUZZY} letters
 * within one edit match (a typo); shorter words match only when equal, since in an acronym one
 * letter is another group ("KPUG", "BPUG"). Two names with no telling word left ("Python User
 * Group", "Python Meetup") are 1 when their folds are equal, else 0.
 */
final class NameSimilarity {
  /** Words of almost every name in a directory of Python user groups, in several languages. */
  static final Set<String> GENERIC =
      Set.of(
          "python",
          "pythonistas",
          "py",
          "user",
          "users",
          "usergroup",
          "group",
          "groups",
          "gruppe",
          "grupo",
          "groupe",
          "pug",
          "pyug",
          "ug",
          "meetup",
          "meetups",
          "meet",
          "the",
          "of",
          "and",
          "in",
          "de",
          "del",
          "la",
          "le",
          "les",
          "des",
          "da",
          "do",
          "du",
          "di",
          "e",
          "et",
          "und",
          "y",
          "community",
          "comunidad",
          "club",
          "society",
          "local",
          "interest",
          "special",
          "sig",
          "s");

  /** Words shorter than this match only when equal. */
  static final int MIN_FUZZY = 8;

  private NameSimilarity() {}

  /**
   * A name read once: its telling words and its fold, what {@link #of(Name, Name)} compares.
   *
   * @param telling the telling words ({@link #telling})
   * @param fold the whole name in the one fold
   */
  record Name(List<String> telling, String fold) {
    static Name of(String name) {
      return new Name(NameSimilarity.telling(name), Fold.key(name));
    }

    /** The telling words, joined by spaces, for the evidence. */
    String words() {
      return telling.isEmpty() ? fold : String.join(" ", telling);
    }
  }

  static double of(String a, String b) {
    return of(Name.of(a), Name.of(b));
  }

  static double of(Name a, Name b) {
    List<String> wa = a.telling();
    List<String> wb = b.telling();
    if (wa.isEmpty() || wb.isEmpty()) {
      boolean same = wa.isEmpty() && wb.isEmpty() && a.fold().equals(b.fold());
      return same && !a.fold().isEmpty() ? 1 : 0;
    }
    List<String> unmatched = new ArrayList<>(wb);
    int common = 0;
    int onlyA = 0;
    for (String x : wa) {
      String match = null;
      for (String y : unmatched) {
        if (wordsMatch(x, y)) {
          match = y;
          break;
        }
      }
      if (match == null) {
        onlyA += x.length();
      } else {
        unmatched.remove(match);
        common += Math.max(x.length(), match.length());
      }
    }
    int onlyB = unmatched.stream().mapToInt(String::length).sum();
    return (double) common / (common + onlyA + onlyB);
  }

  /** The telling words, joined by spaces, for the evidence. */
  static String words(String name) {
    return Name.of(name).words();
  }

  static List<String> telling(String name) {
    String split = name.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2");
    return Arrays.stream(Fold.key(split).split(" "))
        .filter(w -> !w.isEmpty() && !GENERIC.contains(w))
        .distinct()
        .toList();
  }

  private static boolean wordsMatch(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    return x.length() >= MIN_FUZZY && y.length() >= MIN_FUZZY && distance(x, y) <= 1;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}

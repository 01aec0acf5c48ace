package org.localgroups.links;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localgroups.directory.Group;
import org.localgroups.directory.Link;

/**
 * The pairs of groups worth comparing for {@link Duplicates}: a superset of the pairs it reports,
 * found without comparing every pair (blocking). A pair is reported when it shares a link identity,
 * or when its names are at least {@link Duplicates#CLOSE_NAMES} alike and it is in one area; so the
 * candidates are
 *
 * <ul>
 *   <li>every two groups with one link identity (each such pair is reported: the work is the
 *       output's);
 *   <li>two groups whose names share a key, kept when they are in one area. Names with telling
 *       words ({@link NameSimilarity#telling}) share a key when one word of each is in both
 *       <em>prefixes</em>, or when they have two different long words within one edit (keyed by
 *       their one-letter deletions). Names without telling words share a key when their folds are
 *       equal.
 * </ul>
 *
 * <p>Why the prefixes find every pair: when no word of {@code a} matches a different word of {@code
 * b} within one edit, every matched word is equal, so the similarity is the weight (letters) of the
 * equal words over a denominator of at least the weight {@code W} of either name: a reported pair
 * shares equal words weighing at least {@code CLOSE_NAMES × W} of each. Order every name's words
 * one way (rarest first); the first shared word {@code c} is followed, in each name, by all shared
 * words, so the words from {@code c} on weigh at least {@code CLOSE_NAMES × W}. A name's prefix is
 * its words from which at least that weight remains: {@code c} is in both prefixes. Rare words (a
 * city) come first, so the common ones ("Django", "PyData") seldom key a name.
 */
final class Candidates {
  /** Room for rounding in the prefix bound: a longer prefix only adds candidates. */
  private static final double SLACK = 1e-9;

  private Candidates() {}

  /**
   * The candidate pairs, each as {@code (i << 32) | j} with {@code i < j} indexes into {@code
   * groups}, sorted (so in directory order of the first, then of the second) and without repeats.
   */
  static long[] of(
      List<Group> groups, List<NameSimilarity.Name> names, Map<String, Set<String>> regionsOf) {
    Pairs out = new Pairs();
    sharedLinks(groups, out);
    Pairs byName = new Pairs();
    closeNames(names, byName);
    for (long key : byName.sorted()) {
      Group a = groups.get((int) (key >>> 32));
      Group b = groups.get((int) key);
      if (Duplicates.area(a, b, regionsOf).isNear(Duplicates.NEAR_KM)) {
        out.add(key);
      }
    }
    return out.sorted();
  }

  private static void sharedLinks(List<Group> groups, Pairs out) {
    Map<String, List<Integer>> byIdentity = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      Set<String> own = new HashSet<>();
      for (Link l : groups.get(i).links()) {
        if (!l.isSharedSiteRoot() && own.add(l.identity())) {
          byIdentity.computeIfAbsent(l.identity(), k -> new ArrayList<>()).add(i);
        }
      }
    }
    byIdentity.values().forEach(out::allPairs);
  }

  private static void closeNames(List<NameSimilarity.Name> names, Pairs out) {
    Map<String, Integer> frequency = new HashMap<>();
    for (NameSimilarity.Name n : names) {
      n.telling().forEach(w -> frequency.merge(w, 1, Integer::sum));
    }
    Comparator<String> rarestFirst =
        Comparator.<String>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder());
    Map<String, List<Integer>> byKey = new HashMap<>();
    Map<String, List<Worded>> byDeletion = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      List<String> words = names.get(i).telling();
      if (words.isEmpty()) {
        String fold = names.get(i).fold();
        if (!fold.isEmpty()) {
          byKey.computeIfAbsent("\u0000" + fold, k -> new ArrayList<>()).add(i);
        }
        continue;
      }
      for (String w : prefix(words, rarestFirst)) {
        byKey.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
      for (String w : words) {
        if (w.length() >= NameSimilarity.MIN_FUZZY) {
          for (String d : deletions(w)) {
            byDeletion.computeIfAbsent(d, k -> new ArrayList<>()).add(new Worded(i, w));
          }
        }
      }
    }
    byKey.values().forEach(out::allPairs);
    byDeletion.values().forEach(bucket -> differentWords(bucket, out));
  }

  /** The words of a name from which at least {@code CLOSE_NAMES} of its weight remains. */
  static List<String> prefix(List<String> words, Comparator<String> order) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(order);
    int weight = sorted.stream().mapToInt(String::length).sum();
    double bound = Duplicates.CLOSE_NAMES * weight - SLACK;
    List<String> out = new ArrayList<>();
    int remaining = weight;
    for (String w : sorted) {
      if (remaining < bound) {
        break;
      }
      out.add(w);
      remaining -= w.length();
    }
    return out;
  }

  /** The word and its one-letter deletions: two words within one edit share one of these. */
  static Set<String> deletions(String w) {
    Set<String> out = new LinkedHashSet<>();
    out.add(w);
    for (int k = 0; k < w.length(); k++) {
      out.add(w.substring(0, k) + w.substring(k + 1));
    }
    return out;
  }

  /** Pairs of groups in a deletion bucket whose words differ and are within one edit. */
  private static void differentWords(List<Worded> bucket, Pairs out) {
    if (bucket.size() < 2) {
      return;
    }
    Map<String, List<Integer>> byWord = new HashMap<>();
    for (Worded x : bucket) {
      byWord.computeIfAbsent(x.word(), k -> new ArrayList<>()).add(x.group());
    }
    if (byWord.size() < 2) {
      return;
    }
    List<Map.Entry<String, List<Integer>>> words = new ArrayList<>(byWord.entrySet());
    for (int p = 0; p < words.size(); p++) {
      for (int q = p + 1; q < words.size(); q++) {
        if (NameSimilarity.distance(words.get(p).getKey(), words.get(q).getKey()) <= 1) {
          for (int i : words.get(p).getValue()) {
            for (int j : words.get(q).getValue()) {
              out.add(i, j);
            }
          }
        }
      }
    }
  }

  private record Worded(int group, String word) {}

  /** A growing list of pair keys. */
  private static final class Pairs {
    private long[] keys = new long[1024];
    private int size;

    void add(int i, int j) {
      if (i == j) {
        return;
      }
      add(i < j ? ((long) i << 32) | j : ((long) j << 32) | i);
    }

    void add(long key) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      keys[size++] = key;
    }

    /** Every two of a list of distinct indexes. */
    void allPairs(List<Integer> indexes) {
      for (int p = 0; p < indexes.size(); p++) {
        for (int q = p + 1; q < indexes.size(); q++) {
          add(indexes.get(p), indexes.get(q));
        }
      }
    }

    long[] sorted() {
      long[] s = Arrays.copyOf(keys, size);
      Arrays.sort(s);
      int n = 0;
      for (int k = 0; k < s.length; k++) {
        if (n == 0 || s[k] != s[n - 1]) {
          s[n++] = s[k];
        }
      }
      return Arrays.copyOf(s, n);
    }
  }
}

package org.localgroups.text;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Latin letters for names in any script: ICU's {@code Any-Latin; Latin-ASCII} ("москва" ->
 * "moskva", "東京" -> "dong jing", "서울" -> "seoul", "القاهرة" -> "alqahrt"), preceded by a Khmer
 * table of our own, since ICU has no Khmer transform (it would leave the letters as they are).
 *
 * <p>An ICU {@link Transliterator} is not safe for use by two threads at once, so the one instance
 * is used under its lock; building it takes a good part of a second, so it is built on first use
 * (only names with letters of other scripts need it).
 */
final class Transliteration {
  /**
   * Khmer consonants as romanised by the UNGEGN system, simplified (one spelling per letter, series
   * ignored); before another consonant a consonant carries the inherent vowel "a".
   */
  private static final List<String[]> KHMER_CONSONANTS =
      List.of(
          new String[] {"ក", "k"},
          new String[] {"ខ", "kh"},
          new String[] {"គ", "k"},
          new String[] {"ឃ", "kh"},
          new String[] {"ង", "ng"},
          new String[] {"ច", "ch"},
          new String[] {"ឆ", "chh"},
          new String[] {"ជ", "ch"},
          new String[] {"ឈ", "chh"},
          new String[] {"ញ", "nh"},
          new String[] {"ដ", "d"},
          new String[] {"ឋ", "th"},
          new String[] {"ឌ", "d"},
          new String[] {"ឍ", "th"},
          new String[] {"ណ", "n"},
          new String[] {"ត", "t"},
          new String[] {"ថ", "th"},
          new String[] {"ទ", "t"},
          new String[] {"ធ", "th"},
          new String[] {"ន", "n"},
          new String[] {"ប", "b"},
          new String[] {"ផ", "ph"},
          new String[] {"ព", "p"},
          new String[] {"ភ", "ph"},
          new String[] {"ម", "m"},
          new String[] {"យ", "y"},
          new String[] {"រ", "r"},
          new String[] {"ល", "l"},
          new String[] {"វ", "v"},
          new String[] {"ឝ", "sh"},
          new String[] {"ឞ", "ss"},
          new String[] {"ស", "s"},
          new String[] {"ហ", "h"},
          new String[] {"ឡ", "l"},
          new String[] {"អ", ""});

  /** Khmer independent and dependent vowels, signs and digits. */
  private static final List<String[]> KHMER_OTHERS =
      List.of(
          new String[] {"ឣ", "a"},
          new String[] {"ឤ", "aa"},
          new String[] {"ឥ", "e"},
          new String[] {"ឦ", "ei"},
          new String[] {"ឧ", "o"},
          new String[] {"ឨ", "ou"},
          new String[] {"ឩ", "ou"},
          new String[] {"ឪ", "au"},
          new String[] {"ឫ", "rue"},
          new String[] {"ឬ", "rue"},
          new String[] {"ឭ", "lue"},
          new String[] {"ឮ", "lue"},
          new String[] {"ឯ", "ae"},
          new String[] {"ឰ", "ai"},
          new String[] {"ឱ", "ao"},
          new String[] {"ឲ", "ao"},
          new String[] {"ឳ", "au"},
          new String[] {"ា", "a"},
          new String[] {"ិ", "e"},
          new String[] {"ី", "i"},
          new String[] {"ឹ", "oe"},
          new String[] {"ឺ", "eu"},
          new String[] {"ុ", "o"},
          new String[] {"ូ", "ou"},
          new String[] {"ួ", "uo"},
          new String[] {"ើ", "aeu"},
          new String[] {"ឿ", "oea"},
          new String[] {"ៀ", "ie"},
          new String[] {"េ", "e"},
          new String[] {"ែ", "ae"},
          new String[] {"ៃ", "ai"},
          new String[] {"ោ", "ao"},
          new String[] {"ៅ", "au"},
          new String[] {"ំ", "am"},
          new String[] {"ះ", "h"},
          new String[] {"ៈ", "a"},
          new String[] {"។", " "},
          new String[] {"៕", " "},
          new String[] {"០", "0"},
          new String[] {"១", "1"},
          new String[] {"២", "2"},
          new String[] {"៣", "3"},
          new String[] {"៤", "4"},
          new String[] {"៥", "5"},
          new String[] {"៦", "6"},
          new String[] {"៧", "7"},
          new String[] {"៨", "8"},
          new String[] {"៩", "9"});

  private static final Transliterator TO_LATIN =
      Transliterator.createFromRules("LocalGroups-Latin", rules(), Transliterator.FORWARD);

  private Transliteration() {}

  /**
   * Texts transliterated lately, most recent last: place names, region names and many group names
   * come again and again (a directory of a million groups names a few thousand cities), and ICU's
   * rules cost tens of microseconds a name. Guarded by {@link #TO_LATIN}'s lock.
   */
  private static final Map<String, String> RECENT =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > RECENT_ENTRIES;
        }
      };

  /**
   * How many transliterations {@link #RECENT} keeps; texts longer than {@link #RECENT_CHARS} are
   * not kept.
   */
  private static final int RECENT_ENTRIES = 20_000;

  private static final int RECENT_CHARS = 200;

  /**
   * The text in ASCII Latin letters, case kept where the script has case. Word by word (a word is
   * what lies between spaces; ICU's transforms do not look across them): words in plain ASCII are
   * kept as they are, the others transliterated once and remembered, since the same words (cities,
   * "user group" in the local language) come in many names.
   */
  static String latin(String text) {
    StringBuilder latin = new StringBuilder(text.length() + 8);
    int start = 0;
    while (start <= text.length()) {
      int space = text.indexOf(' ', start);
      int end = space < 0 ? text.length() : space;
      String word = text.substring(start, end);
      latin.append(Fold.isPlainAscii(word) ? word : word(word));
      if (space < 0) {
        break;
      }
      latin.append(' ');
      start = space + 1;
    }
    return latin.toString();
  }

  private static String word(String word) {
    synchronized (TO_LATIN) {
      if (word.length() > RECENT_CHARS) {
        return TO_LATIN.transliterate(word);
      }
      String known = RECENT.get(word);
      if (known == null) {
        known = TO_LATIN.transliterate(word);
        RECENT.put(word, known);
      }
      return known;
    }
  }

  /** Our Khmer table, then ICU's {@code Any-Latin} and {@code Latin-ASCII}. */
  static String rules() {
    StringBuilder rules = new StringBuilder("$consonant = [\\u1780-\\u17A2] ;\n");
    for (String[] c : KHMER_CONSONANTS) {
      rules.append(c[0]).append(" } $consonant > '").append(c[1]).append("a' ;\n");
      rules.append(c[0]).append(" > ").append(quoted(c[1])).append(" ;\n");
    }
    for (String[] o : KHMER_OTHERS) {
      rules.append(o[0]).append(" > ").append(quoted(o[1])).append(" ;\n");
    }
    // the subscript sign (coeng) and the diacritics that only shift a vowel's sound
    rules.append("[\\u17C9-\\u17D2] > ;\n");
    rules.append("::Any-Latin ;\n::Latin-ASCII ;\n");
    return rules.toString();
  }

  private static String quoted(String latin) {
    return latin.isEmpty() ? "" : "'" + latin + "'";
  }
}

package org.localgroups.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one fold of names, used wherever two spellings must compare equal: gazetteer keys, slugs, the
 * search index, region and state names. Accents of Latin, Greek and Cyrillic letters are stripped
 * (the combining marks U+0300..U+036F after canonical decomposition, which covers Vietnamese tone
 * marks), a few letters are spelled out (ß -> ss, æ -> ae, ø -> o, ł -> l, đ -> d, þ -> th, ı -> i,
 * ...), and case is folded. Scripts without case or with marks of their own (Thai, Devanagari, CJK)
 * pass through unchanged; {@link #latin} and {@link #asciiWords} (slugs) then transliterate them.
 *
 * <p>{@link #key} must stay identical to {@code normalise()} in {@code tools/geonames/build.mjs},
 * which wrote the bundled gazetteer's keys; a test checks every bundled key.
 */
public final class Fold {
  private static final Pattern COMBINING_ACCENTS = Pattern.compile("[\\u0300-\\u036f]+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
  private static final Pattern NOT_ASCII_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Map<Integer, String> LETTER_FOLDS =
      Map.ofEntries(
          Map.entry((int) 'ß', "ss"),
          Map.entry((int) 'ẞ', "ss"),
          Map.entry((int) 'æ', "ae"),
          Map.entry((int) 'Æ', "ae"),
          Map.entry((int) 'œ', "oe"),
          Map.entry((int) 'Œ', "oe"),
          Map.entry((int) 'ø', "o"),
          Map.entry((int) 'Ø', "o"),
          Map.entry((int) 'ł', "l"),
          Map.entry((int) 'Ł', "l"),
          Map.entry((int) 'đ', "d"),
          Map.entry((int) 'Đ', "d"),
          Map.entry((int) 'ð', "d"),
          Map.entry((int) 'Ð', "d"),
          Map.entry((int) 'þ', "th"),
          Map.entry((int) 'Þ', "th"),
          Map.entry((int) 'ı', "i"),
          Map.entry((int) 'ħ', "h"),
          Map.entry((int) 'Ħ', "h"));

  private Fold() {}

  /**
   * The text with accents stripped, letters spelled out and case folded; spacing and punctuation
   * kept.
   */
  public static String fold(String text) {
    if (isPlainAscii(text)) {
      return text.toLowerCase(Locale.ROOT);
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFD);
    s = COMBINING_ACCENTS.matcher(s).replaceAll("");
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder folded = new StringBuilder(s.length() + 4);
    s.codePoints()
        .forEach(
            cp -> {
              String fold = LETTER_FOLDS.get(cp);
              if (fold != null) {
                folded.append(fold);
              } else {
                folded.appendCodePoint(cp);
              }
            });
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The form under which names are indexed and compared: {@link #fold folded}, every run of
   * punctuation and spaces one space, no outer spaces ("Winston-Salem" and "winston salem" agree).
   */
  public static String key(String text) {
    return NOT_WORD.matcher(fold(text)).replaceAll(" ").strip();
  }

  /**
   * The text in ASCII Latin letters, lower case: the {@link #fold}, then letters of every other
   * script transliterated ("Москва" -> "moskva", "東京" -> "dong jing", "ភ្នំពេញ" -> "phnampenh").
   * Spacing and punctuation kept.
   */
  public static String latin(String text) {
    String folded = fold(text);
    if (isPlainAscii(folded)) {
      return folded;
    }
    return Transliteration.latin(folded).toLowerCase(Locale.ROOT);
  }

  /**
   * The folded words in ASCII letters and digits only, joined by dashes ("São Paulo" ->
   * "sao-paulo"). A name written in Latin letters keeps them, and a name written in Latin and
   * another script too ("Thailand/ประเทศไทย" -> "thailand"); a name without Latin letters is {@link
   * #latin transliterated} ("Москва" -> "moskva"). "" only when the text has no letters or digits.
   */
  public static String asciiWords(String text) {
    String folded = fold(text);
    String words = dashed(folded);
    if (isPlainAscii(folded) || (!words.isEmpty() && hasOtherScript(folded))) {
      return words;
    }
    return dashed(Transliteration.latin(folded).toLowerCase(Locale.ROOT));
  }

  /** Whether a folded text holds a letter of a script other than Latin. */
  private static boolean hasOtherScript(String folded) {
    return folded
        .codePoints()
        .anyMatch(
            cp ->
                Character.isLetter(cp)
                    && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN);
  }

  private static String dashed(String text) {
    return NOT_ASCII_WORD.matcher(text).replaceAll("-").replaceAll("^-+|-+$", "");
  }

  /** Whether every character is ASCII. */
  static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}

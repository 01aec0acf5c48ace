package org.localgroups.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The form under which names are indexed and looked up: accents stripped, case folded, a few letters
 * spelled out (ß -> ss, æ -> ae, ø -> o, ł -> l), every run of punctuation and spaces one space. Must stay
 * identical to normalise() in tools/geonames/build.mjs, which wrote the bundled keys.
 */
final class NameKey {
  private static final Pattern COMBINING_ACCENTS = Pattern.compile("[\\u0300-\\u036f]+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
  private static final Map<Integer, String> LETTER_FOLDS = Map.ofEntries(
      Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "ss"), Map.entry((int) 'æ', "ae"),
      Map.entry((int) 'Æ', "ae"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "oe"),
      Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "o"), Map.entry((int) 'ł', "l"),
      Map.entry((int) 'Ł', "l"), Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "d"),
      Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "d"), Map.entry((int) 'þ', "th"),
      Map.entry((int) 'Þ', "th"), Map.entry((int) 'ı', "i"), Map.entry((int) 'ħ', "h"),
      Map.entry((int) 'Ħ', "h"));

  private NameKey() {}

  static String normalise(String text) {
    if (isPlainAscii(text)) {
      return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFD);
    s = COMBINING_ACCENTS.matcher(s).replaceAll("");
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder folded = new StringBuilder(s.length() + 4);
    s.codePoints().forEach(cp -> {
      String fold = LETTER_FOLDS.get(cp);
      if (fold != null) {
        folded.append(fold);
      } else {
        folded.appendCodePoint(cp);
      }
    });
    return NOT_WORD.matcher(folded.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}

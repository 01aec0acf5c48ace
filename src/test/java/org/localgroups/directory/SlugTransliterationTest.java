package org.localgroups.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The transliteration table: a name in each script the directory meets and the slug it gets. Read
 * by eye once; a change of ICU's tables or of our Khmer table shows here.
 */
class SlugTransliterationTest {

  @ParameterizedTest(name = "{0} ({2}) -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Москва                            | moskva                | Cyrillic
      Київ                              | kiiv                  | Cyrillic (Ukrainian)
      Đà Nẵng                           | da-nang               | Latin (Vietnamese)
      Þór                               | thor                  | Latin (Icelandic)
      Ŋa                                | na                    | Latin (a letter the fold leaves)
      Αθήνα                             | athena                | Greek
      北京                              | bei-jing              | Han (Chinese, Pinyin)
      上海 Python                       | python                | Han and Latin: the Latin words
      東京                              | dong-jing             | Han (Japanese kanji read as Pinyin)
      とうきょう                        | toukyou               | Hiragana
      パイソン                          | paison                | Katakana
      서울                              | seoul                 | Hangul
      부산                              | busan                 | Hangul
      กรุงเทพมหานคร                     | krungthephmhankhr     | Thai
      เชียงใหม่                         | cheiynghim            | Thai
      ភ្នំពេញ                           | phnampenh             | Khmer (our table)
      សៀមរាប                            | siemarab              | Khmer (our table)
      القاهرة                           | alqahrt               | Arabic
      دبي                               | dby                   | Arabic
      תל אביב                           | tl-byb                | Hebrew
      ירושלים                           | yrwslym               | Hebrew
      नई दिल्ली                         | na-i-dilli            | Devanagari
      मुंबई                             | mumba-i               | Devanagari
      বাংলা                             | banla                 | Bengali
      Երևան                             | erevan                | Armenian
      თბილისი                           | tbilisi               | Georgian
      Thailand/ประเทศไทย                | thailand              | Latin and Thai (a seed heading): kept
      Cambodia(សីល >>> សមាធិ >>> បញ្ញា) | cambodia              | Latin and Khmer (a seed heading): kept
      """)
  void everyScriptGetsAReadableLatinSlug(String name, String slug, String script) {
    assertThat(Slugs.of(name)).as(script).isEqualTo(slug);
  }
}

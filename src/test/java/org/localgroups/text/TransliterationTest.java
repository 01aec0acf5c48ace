package org.localgroups.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TransliterationTest {
  private static final List<String> NAMES =
      List.of("москва", "東京", "서울", "กรุงเทพมหานคร", "ភ្នំពេញ", "القاهرة", "תל אביב", "मुंबई");

  @Test
  void khmerConsonantsCarryTheInherentVowelOnlyBeforeAnotherConsonant() {
    assertThat(Transliteration.latin("សមាធិ")).isEqualTo("samathe");
    assertThat(Transliteration.latin("ភ្នំពេញ")).isEqualTo("phnampenh");
    assertThat(Transliteration.latin("១២៣")).isEqualTo("123");
  }

  @Test
  void leavesNoLetterOfAnotherScriptBehind() {
    for (String name : NAMES) {
      assertThat(Transliteration.latin(name)).as(name).matches("[\\x20-\\x7e]+");
    }
  }

  /** The one ICU instance is not thread-safe; under its lock many threads get what one gets. */
  @Test
  void manyThreadsAtOnceGetWhatOneThreadGets() throws Exception {
    List<String> alone = NAMES.stream().map(Transliteration::latin).toList();
    Callable<List<String>> task =
        () -> {
          List<String> last = List.of();
          for (int i = 0; i < 200; i++) {
            last = NAMES.stream().map(Transliteration::latin).toList();
            if (!last.equals(alone)) {
              return last;
            }
          }
          return last;
        };
    try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
      List<Future<List<String>>> results =
          threads.invokeAll(java.util.Collections.nCopies(8, task));
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(alone);
      }
    }
  }
}

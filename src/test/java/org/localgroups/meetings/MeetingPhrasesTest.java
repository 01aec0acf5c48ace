package org.localgroups.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The phrase table: each phrase of the seed, of the page's history and of the hard cases. */
class MeetingPhrasesTest {
  private static final MeetingPhrases PHRASES = MeetingPhrases.english();

  static List<PhraseTable.Example> examples() {
    return PhraseTable.examples();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void readsThePhraseAsTheTableSays(PhraseTable.Example example) {
    MeetingRule rule = PHRASES.read(example.phrase());
    assertThat(RuleNotation.of(rule))
        .as("phrases.txt line %d: %s", example.line(), example.phrase())
        .containsExactlyElementsOf(example.expected());
    assertThat(rule.phrase()).isEqualTo(example.phrase());
  }

  @Test
  void theTableHasAtLeastSixtyPhrasesOfEachSourceAndKind() {
    List<PhraseTable.Example> examples = examples();
    Map<String, Long> bySource =
        new TreeMap<>(
            examples.stream()
                .collect(
                    Collectors.groupingBy(PhraseTable.Example::source, Collectors.counting())));
    Map<String, Long> byKind =
        new TreeMap<>(
            examples.stream()
                .collect(Collectors.groupingBy(PhraseTable.Example::kind, Collectors.counting())));
    System.out.println("phrase table: " + examples.size() + " phrases " + bySource + " " + byKind);
    assertThat(examples).hasSizeGreaterThanOrEqualTo(60);
    assertThat(bySource).containsKeys("seed", "history", "hard");
    assertThat(byKind).containsKeys("full", "partial", "none");
    assertThat(examples).extracting(PhraseTable.Example::phrase).doesNotHaveDuplicates();
  }
}

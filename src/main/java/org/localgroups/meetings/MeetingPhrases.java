package org.localgroups.meetings;

import java.util.List;

/**
 * Reads meeting phrases ("meets the 2nd Thursday of the month", "every third Wednesday, 6-8 PM",
 * "bi-monthly meetings") into {@link MeetingRule}s: a full rule, a partial one, or none. It never
 * adds what the phrase does not say (no day, no time, no start is made up), and every rule keeps
 * its phrase. Immutable and thread-safe; {@link #read} never throws on content.
 */
public final class MeetingPhrases {
  /** Longer text is not a meeting phrase (the importer extracts one clause). */
  public static final int MAX_PHRASE_CHARS = 1_000;

  private final Vocabulary vocabulary;

  public MeetingPhrases(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The reader for English phrases. */
  public static MeetingPhrases english() {
    return new MeetingPhrases(Vocabulary.english());
  }

  /** The rule a phrase says. */
  public MeetingRule read(String phrase) {
    if (phrase.isBlank() || phrase.length() > MAX_PHRASE_CHARS) {
      return new MeetingRule.NoRule(phrase, MeetingRule.Reason.NOT_A_PHRASE, "");
    }
    List<Token> tokens = PhraseTokens.of(vocabulary, phrase);
    return RuleAssembly.assemble(phrase, PhraseReader.read(tokens, phrase));
  }
}

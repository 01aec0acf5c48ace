package org.localgroups.meetings;

/**
 * One word, number or mark of a phrase, with its meaning and where it stands.
 *
 * @param word its meaning
 * @param text as written
 * @param start index of its first character in the phrase
 * @param end index after its last character
 */
record Token(Word word, String text, int start, int end) {

  boolean is(Vocabulary.Role role) {
    return word instanceof Word.Role r && r.role() == role;
  }

  boolean isPunct(char c) {
    return word instanceof Word.Punct p && p.c() == c;
  }

  /** A plain word written with a capital: may begin a place ("Boulder", "HP"). */
  boolean isCapitalisedPlain() {
    return word instanceof Word.Plain && Character.isUpperCase(text.codePointAt(0));
  }
}

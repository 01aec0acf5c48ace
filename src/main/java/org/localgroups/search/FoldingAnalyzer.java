package org.localgroups.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Standard tokenizer and the directory's one {@link org.localgroups.text.Fold fold} ("Kraków" and
 * "krakow" give the same term, as they give the same slug and gazetteer key); the query side adds
 * the directory's synonyms as a token graph, so multi-word synonyms stay phrases.
 */
final class FoldingAnalyzer extends Analyzer {

  /**
   * Words that mean the same to a reader of a user-group list; each set is one equivalence class.
   * Written after folding (lower case, no accents).
   */
  static final List<List<String>> SYNONYMS =
      List.of(
          List.of("pug", "python user group", "python users group"),
          List.of("pig", "piggies", "piggy", "python interest group"),
          List.of("user group", "usergroup", "users group"),
          List.of("meetup", "meet up", "meeting"));

  /** Keeps a phrase from matching across two values of one field (a name and a note). */
  private static final int GAP_BETWEEN_VALUES = 100;

  private final @Nullable SynonymMap synonyms;

  private FoldingAnalyzer(@Nullable SynonymMap synonyms) {
    this.synonyms = synonyms;
  }

  /** For indexing: no synonyms, they are expanded on the query side only. */
  static FoldingAnalyzer forIndex() {
    return new FoldingAnalyzer(null);
  }

  /** For queries: folding plus {@link #SYNONYMS}. */
  static FoldingAnalyzer forQuery() {
    return new FoldingAnalyzer(synonymMap());
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new FoldFilter(source);
    if (synonyms != null) {
      stream = new SynonymGraphFilter(stream, synonyms, true);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new FoldFilter(in);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return GAP_BETWEEN_VALUES;
  }

  private static SynonymMap synonymMap() {
    SynonymMap.Builder builder = new SynonymMap.Builder(true);
    for (List<String> equivalents : SYNONYMS) {
      for (String from : equivalents) {
        for (String to : equivalents) {
          if (!from.equals(to)) {
            builder.add(words(from), words(to), true);
          }
        }
      }
    }
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the synonym map", e);
    }
  }

  private static CharsRef words(String phrase) {
    return SynonymMap.Builder.join(phrase.split(" "), new CharsRefBuilder());
  }
}

package org.localgroups.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;

/**
 * Builds the Lucene query for what a visitor typed, programmatically: user text is only ever
 * analysed, never parsed as query syntax, so no input can cause a syntax error.
 *
 * <p>Each word (or synonym phrase) must match somewhere in the group's text, exactly or within a
 * few edits; exact matches, matches in the name and matches in the place score higher. Only words
 * the visitor typed that the index does not hold are matched fuzzily: a known word needs no
 * forgiving, and the words synonyms add are spelled right. Fuzzy automata are the dear part of a
 * query, so this keeps it fast.
 */
final class TextQueries {
  /** More words than this are not a search for a group; also keeps the rewritten query small. */
  static final int MAX_WORDS = 12;

  static final int MAX_CHARS = 200;

  /** Below this length a word must be spelled right; from here one edit is forgiven. */
  static final int ONE_EDIT_FROM = 4;

  /** From this length two edits are forgiven ("Pyhton" is a transposition: one edit). */
  static final int TWO_EDITS_FROM = 6;

  /**
   * Typos rarely hit the first letter; keeping it exact keeps fuzzy matching fast on a big index.
   */
  static final int FUZZY_PREFIX = 1;

  static final int FUZZY_EXPANSIONS = 20;

  /** A fuzzy match counts this much of an exact one. */
  static final float FUZZY_WEIGHT = 0.3f;

  static final float NAME_BOOST = 3f;
  static final float PLACE_BOOST = 2f;

  private final Analyzer queryAnalyzer;
  private final Analyzer wordAnalyzer;
  private final QueryBuilder exact;

  /**
   * @param queryAnalyzer folding and synonyms
   * @param wordAnalyzer folding only, as at indexing: tells the words the visitor typed
   */
  TextQueries(Analyzer queryAnalyzer, Analyzer wordAnalyzer) {
    this.queryAnalyzer = queryAnalyzer;
    this.wordAnalyzer = wordAnalyzer;
    this.exact = new QueryBuilder(queryAnalyzer);
    this.exact.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
  }

  /**
   * The query for the text and filter; empty when analysis leaves no word (punctuation only).
   *
   * @param everyWord true: each word must match; false: any word may (the fallback when nothing
   *     matches every word)
   * @param reader the index to be searched, to tell known words from typos
   */
  Optional<Query> build(String text, SearchFilter filter, boolean everyWord, IndexReader reader)
      throws IOException {
    QueryBuilder forgiving = new TypoTolerant(queryAnalyzer, unknownWords(text, reader));
    forgiving.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    Query required =
        forgiving.createBooleanQuery(
            GroupDocuments.ALL, text, everyWord ? Occur.MUST : Occur.SHOULD);
    if (required == null) {
      return Optional.empty();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(required, Occur.MUST);
    addBoosted(
        query, exact.createBooleanQuery(GroupDocuments.NAME, text, Occur.SHOULD), NAME_BOOST);
    addBoosted(
        query, exact.createBooleanQuery(GroupDocuments.PLACE, text, Occur.SHOULD), PLACE_BOOST);
    if (!filter.countryCode().isBlank()) {
      query.add(
          new TermQuery(
              new Term(
                  GroupDocuments.COUNTRY, filter.countryCode().strip().toUpperCase(Locale.ROOT))),
          Occur.FILTER);
    }
    if (!filter.regionSlug().isBlank()) {
      query.add(
          new TermQuery(new Term(GroupDocuments.REGION, filter.regionSlug().strip())),
          Occur.FILTER);
    }
    filter
        .status()
        .ifPresent(
            status ->
                query.add(
                    new TermQuery(new Term(GroupDocuments.STATUS, status.name())), Occur.FILTER));
    return Optional.of(query.build());
  }

  /** The words as typed (folded) that no group's text holds. */
  private Set<String> unknownWords(String text, IndexReader reader) throws IOException {
    Set<String> unknown = new HashSet<>();
    try (TokenStream words = wordAnalyzer.tokenStream(GroupDocuments.ALL, text)) {
      CharTermAttribute term = words.addAttribute(CharTermAttribute.class);
      words.reset();
      while (words.incrementToken()) {
        String word = term.toString();
        if (reader.docFreq(new Term(GroupDocuments.ALL, word)) == 0) {
          unknown.add(word);
        }
      }
      words.end();
    }
    return unknown;
  }

  /** Rejects text that is no search: blank, or too long to be a group's name and place. */
  static String check(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      throw LocalGroupsException.badInput(
          "Type a few words to search for, such as a city or a group's name.");
    }
    if (stripped.length() > MAX_CHARS) {
      throw LocalGroupsException.badInput(
          "The search text is too long: at most "
              + MAX_CHARS
              + " characters, not "
              + stripped.length()
              + ".");
    }
    long words = stripped.split("\\s+").length;
    if (words > MAX_WORDS) {
      throw LocalGroupsException.badInput(
          "The search text has too many words: at most " + MAX_WORDS + ", not " + words + ".");
    }
    return stripped;
  }

  private static void addBoosted(BooleanQuery.Builder query, @Nullable Query clause, float boost) {
    if (clause != null) {
      query.add(new BoostQuery(clause, boost), Occur.SHOULD);
    }
  }

  /** Each unknown word matches exactly or, at a lower weight, within one or two edits. */
  private static final class TypoTolerant extends QueryBuilder {
    private final Set<String> unknownWords;

    TypoTolerant(Analyzer analyzer, Set<String> unknownWords) {
      super(analyzer);
      this.unknownWords = unknownWords;
    }

    @Override
    protected Query newTermQuery(Term term, float boost) {
      Query exactTerm = super.newTermQuery(term, boost);
      if (!unknownWords.contains(term.text())) {
        return exactTerm;
      }
      int length = term.text().codePointCount(0, term.text().length());
      int edits = length >= TWO_EDITS_FROM ? 2 : length >= ONE_EDIT_FROM ? 1 : 0;
      if (edits == 0) {
        return exactTerm;
      }
      Query fuzzy = new FuzzyQuery(term, edits, FUZZY_PREFIX, FUZZY_EXPANSIONS, true);
      return new BooleanQuery.Builder()
          .add(exactTerm, Occur.SHOULD)
          .add(new BoostQuery(fuzzy, FUZZY_WEIGHT * boost), Occur.SHOULD)
          .build();
    }
  }
}

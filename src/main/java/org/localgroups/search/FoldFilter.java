package org.localgroups.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.localgroups.text.Fold;

/**
 * Folds each term with the directory's one {@link Fold#fold fold}, so the index agrees with slugs
 * and places.
 */
final class FoldFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  FoldFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String folded = Fold.fold(term.toString());
    term.setEmpty().append(folded);
    return true;
  }
}

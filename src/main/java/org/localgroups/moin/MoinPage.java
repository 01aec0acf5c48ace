package org.localgroups.moin;

import java.util.List;
import org.localgroups.outline.Diagnostic;

/**
 * A MoinMoin page as a syntax tree.
 *
 * @param source the parsed text, unchanged
 * @param blocks the page's blocks in source order; together they cover every line exactly once
 * @param diagnostics what the parser noticed (near-headings, unclosed blocks, limits hit)
 * @param lineCount the number of lines; a final line terminator does not start another line
 */
public record MoinPage(
    String source, List<MoinBlock> blocks, List<Diagnostic> diagnostics, int lineCount) {
  public MoinPage {
    blocks = List.copyOf(blocks);
    diagnostics = List.copyOf(diagnostics);
  }
}

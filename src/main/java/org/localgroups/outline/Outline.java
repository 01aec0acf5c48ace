package org.localgroups.outline;

import java.util.List;

/**
 * A page read into a format-neutral outline: the only thing the importer reads. Front ends
 * (MoinMoin, Markdown) turn their syntax into this; the importer never sees markup.
 *
 * @param title the page's own title, or "" when the page has none
 * @param blocks one block per source line that carries content or structure, in source order
 * @param diagnostics what the front end noticed while reading (markup quirks, guesses, repairs)
 * @param lineCount the number of source lines; every line 1..lineCount is either covered by a block
 *     or explained by a {@link Skipped} block
 */
public record Outline(
    String title, List<Block> blocks, List<Diagnostic> diagnostics, int lineCount) {
  public Outline {
    blocks = List.copyOf(blocks);
    diagnostics = List.copyOf(diagnostics);
  }
}

package org.localgroups.importer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.localgroups.directory.ImportReport.Disposition;
import org.localgroups.outline.Block;

/**
 * Sections of a page that hold no region of groups: a table of contents ("## Contents" with only
 * links into the page below it) and sections about the page itself ("## License", "##
 * Contributing"). Their lines are reported as skipped, each with what it is part of.
 */
final class PageSections {
  private static final Pattern ABOUT_THE_PAGE =
      Pattern.compile(
          "(?i)(licen[cs]e|contributing|how to contribute|"
              + "contributors|code of conduct|credits|acknowledge?ments|footnotes|changelog|see also|maintainers)");

  private final List<Block> content;
  private final Map<Block, EntryLine> entries;
  private final Ledger ledger;

  /**
   * @param entries the page's items and paragraphs, each read
   */
  PageSections(List<Block> content, Map<Block, EntryLine> entries, Ledger ledger) {
    this.content = content;
    this.entries = entries;
    this.ledger = ledger;
  }

  /**
   * Whether the heading at {@code at} has below it, down to the next heading, only entries that
   * link into this page.
   */
  boolean opensTableOfContents(int at) {
    int count = 0;
    for (int i = at + 1; i < content.size() && !(content.get(i) instanceof Block.Heading); i++) {
      Block block = content.get(i);
      if (block instanceof Block.Skipped) {
        continue;
      }
      if (!Objects.requireNonNull(entries.get(block)).tableOfContents()) {
        return false;
      }
      count++;
    }
    return count > 0;
  }

  /**
   * Whether a heading names a section of a README or wiki page that is about the page, not a part
   * of the world.
   */
  static boolean isAboutThePage(Block.Heading h) {
    return ABOUT_THE_PAGE
        .matcher(ListingLine.withoutSymbols(h.text()).replaceAll("[:.]+$", "").strip())
        .matches();
  }

  /**
   * Reports the table of contents the heading at {@code at} opens; returns the index of its last
   * block.
   */
  int tableOfContents(Block.Heading h, int at) {
    ledger.record(
        h.line(),
        Disposition.SKIPPED,
        "",
        "heading '"
            + h.text()
            + "' of a table of contents: its entries only link to headings of this page");
    int last = at;
    while (last + 1 < content.size() && !(content.get(last + 1) instanceof Block.Heading)) {
      last++;
      skip(content.get(last), "an entry of the table of contents under '" + h.text() + "'");
    }
    return last;
  }

  /**
   * Reports the section about the page the heading at {@code at} opens, down to the next heading as
   * high; returns the index of its last block.
   */
  int aboutThePage(Block.Heading h, int at) {
    String why =
        "section '" + h.text() + "', which is about the page itself rather than a region of groups";
    ledger.record(h.line(), Disposition.SKIPPED, "", "heading of the " + why);
    int last = at;
    while (last + 1 < content.size()
        && !(content.get(last + 1) instanceof Block.Heading next && next.level() <= h.level())) {
      last++;
      skip(content.get(last), "part of the " + why);
    }
    return last;
  }

  private void skip(Block block, String partOf) {
    String why = block instanceof Block.Skipped skipped ? skipped.reason() : partOf;
    ledger.record(block.line(), Disposition.SKIPPED, "", why);
  }
}

package org.localgroups.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.localgroups.directory.Link;
import org.localgroups.outline.Block;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Target;

/**
 * One list item or paragraph of the outline, read once from its inlines: all that the reading
 * decides on and all that goes from it into the drafts. Nothing reads the inlines again.
 *
 * @param line the source line
 * @param text the entry as a reader sees it (links as their labels), blanks collapsed and trimmed
 * @param ownWords what the entry says it is, later links' labels left out ({@link
 *     EntryWords#ownWords})
 * @param listing the entry read as a group's listing: its name, description and how the name was
 *     told
 * @param links its links as the directory keeps them; an unlabelled one after "Mailing list:" is of
 *     that kind
 * @param linksAlone the same links each read on its own, as region resources and the introduction
 *     keep them
 * @param channelLabel "Google Group" of "Google Group: http://...", when the rest is only links;
 *     else ""
 * @param flagCountry the ISO code of the first flag emoji ("🇩🇪 Berlin.rb"), or ""
 * @param startsWithLink whether it opens with a link (a table row "| [Name](url) | City |" too)
 * @param tableOfContents whether it only links into this page, with no words of its own
 * @param bareFirstLink whether its first link was written without a label (a bare URL or address)
 * @param firstLinkIsAddress whether its first link is an e-mail address
 * @param webDomains the distinctive domain label of each of its web links ({@link
 *     EntryWords#distinctiveDomainLabel})
 */
record EntryLine(
    int line,
    String text,
    String ownWords,
    ListingLine listing,
    List<Link> links,
    List<Link> linksAlone,
    String channelLabel,
    String flagCountry,
    boolean startsWithLink,
    boolean tableOfContents,
    boolean bareFirstLink,
    boolean firstLinkIsAddress,
    List<String> webDomains) {

  EntryLine {
    links = List.copyOf(links);
    linksAlone = List.copyOf(linksAlone);
    webDomains = List.copyOf(webDomains);
  }

  /** Each item and paragraph of the page, read. */
  static Map<Block, EntryLine> readAll(List<Block> content) {
    // a block is a record with its line: no two blocks of a page are equal
    Map<Block, EntryLine> entries = new HashMap<>();
    for (Block block : content) {
      switch (block) {
        case Block.Item i -> entries.put(i, read(i.line(), i.content()));
        case Block.Paragraph p -> entries.put(p, read(p.line(), p.content()));
        case Block.Heading h -> {}
        case Block.Skipped s -> {}
      }
    }
    return entries;
  }

  static EntryLine read(int line, List<Inline> inlines) {
    ListingLine listing = ListingLine.read(inlines);
    List<Inline.Link> inOutline = listing.links();
    boolean bareFirst = !inOutline.isEmpty() && inOutline.get(0).label().isBlank();
    boolean addressFirst =
        !inOutline.isEmpty() && inOutline.get(0).target() instanceof Target.Email;
    List<String> webDomains =
        inOutline.stream()
            .map(Inline.Link::target)
            .flatMap(t -> t instanceof Target.Url u ? Stream.of(u.url()) : Stream.<String>empty())
            .map(EntryWords::distinctiveDomainLabel)
            .toList();
    List<Link> alone = inOutline.stream().map(LinkReading::toLink).toList();
    return new EntryLine(
        line,
        listing.text(),
        EntryWords.ownWords(inlines),
        listing,
        LinkReading.inEntry(inlines, alone),
        alone,
        EntryWords.channelLabel(inlines).orElse(""),
        ListingLine.flagCountry(listing.text()),
        EntryWords.startsWithLink(inlines),
        EntryWords.isTableOfContentsEntry(inlines),
        bareFirst,
        addressFirst,
        webDomains);
  }

  boolean hasLinks() {
    return !links.isEmpty();
  }

  /**
   * Its links as a group's: when the listing takes the group's name from the first link
   * ("[[url|Name]] - ..."), that link is labelled with the name, so that the two stay equal as
   * writers write them.
   */
  List<Link> groupLinks() {
    if (!listing.nameFromLink() || links.isEmpty()) {
      return links;
    }
    List<Link> named = new ArrayList<>(links);
    Link main = named.get(0);
    named.set(0, new Link(main.kind(), main.url(), listing.name(), main.written()));
    return List.copyOf(named);
  }
}

package org.localgroups.importer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.localgroups.importer.Drafts.GroupDraft;
import org.localgroups.importer.Drafts.PageDraft;
import org.localgroups.importer.Drafts.RegionDraft;
import org.localgroups.importer.ItemNesting.ChannelFrame;
import org.localgroups.importer.ItemNesting.Frame;
import org.localgroups.importer.ItemNesting.GroupFrame;
import org.localgroups.importer.ItemNesting.OtherFrame;
import org.localgroups.importer.ItemNesting.SubRegionFrame;
import org.localgroups.outline.Block;
import org.localgroups.outline.Outline;

/**
 * The first phase of an import: the outline's blocks, in order, into drafts and the report.
 * Headings make the region tree; each item and paragraph, read once into an {@link EntryLine}, is
 * decided on from that record alone: the page's introduction, a group, more of a group, a channel
 * of its region, or a sub-region. One instance per import.
 */
final class Reading {
  private final List<Block> content;

  /** Each item and paragraph, read once. */
  private final Map<Block, EntryLine> entries;

  private final RegionTree tree;
  private final GroupIdentities groups = new GroupIdentities();
  private final Drafting drafting;
  private final PageSections sections;
  private final ItemNesting items = new ItemNesting();
  private int position;
  private @Nullable GroupDraft lastGroup;

  private Reading(Outline outline, Placer placer, Ledger ledger) {
    this.content = outline.blocks();
    this.entries = EntryLine.readAll(content);
    this.tree = new RegionTree(content, placer);
    this.drafting = new Drafting(ledger, groups);
    this.sections = new PageSections(content, entries, ledger);
  }

  /**
   * The outline read into drafts, every line accounted for in {@code ledger}; the groups are not
   * placed yet.
   */
  static PageDraft read(Outline outline, Placer placer, Ledger ledger) {
    Reading reading = new Reading(outline, placer, ledger);
    reading.run();
    return reading.drafting.page(outline.title(), reading.tree.regions());
  }

  private void run() {
    for (position = 0; position < content.size(); position++) {
      switch (content.get(position)) {
        case Block.Heading h when sections.opensTableOfContents(position) ->
            position = sections.tableOfContents(h, position);
        case Block.Heading h when PageSections.isAboutThePage(h) ->
            position = sections.aboutThePage(h, position);
        case Block.Heading h -> heading(h);
        case Block.Item i -> item(i, Objects.requireNonNull(entries.get(i)));
        case Block.Paragraph p -> paragraph(Objects.requireNonNull(entries.get(p)));
        case Block.Skipped s -> drafting.skipped(s.line(), s.reason());
      }
    }
  }

  private void heading(Block.Heading h) {
    items.clear();
    lastGroup = null;
    drafting.region(tree.heading(h));
  }

  private RegionDraft currentRegion() {
    return items.region(tree.underHeading());
  }

  // ---- items
  // ----------------------------------------------------------------------------------------

  private void item(Block.Item item, EntryLine e) {
    if (tree.beforeFirstHeading()) {
      drafting.intro(e);
      return;
    }
    if (e.tableOfContents()) {
      drafting.skipped(e.line(), "an entry of a table of contents (it only links into this page)");
      return;
    }
    if (item.continuation()) {
      continuation(item, e);
      return;
    }
    Frame parent = items.parentAt(item.depth());
    if (!e.hasLinks() && hasChildren(item)) {
      container(item, e);
      return;
    }
    switch (parent) {
      case GroupFrame g -> {
        drafting.detail(g.group(), e, "");
        items.push(new OtherFrame(item.depth()));
      }
      case ChannelFrame c -> {
        resource(c.region(), e, c.label());
        items.push(new OtherFrame(item.depth()));
      }
      case null, default -> topLevelEntry(e, item.depth(), "");
    }
  }

  private void continuation(Block.Item item, EntryLine e) {
    Frame frame = items.enclosing(item.depth());
    if (frame instanceof GroupFrame g
        && g.group() == lastGroup
        && g.group().goesOnAt(e.line(), false)) {
      drafting.continued(g.group(), e);
      return;
    }
    switch (frame) {
      case GroupFrame g -> drafting.detail(g.group(), e, "continues the group's entry");
      case ChannelFrame c -> resource(c.region(), e, c.label());
      case null, default -> drafting.unused(e, "a continuation line with no entry to continue");
    }
  }

  /**
   * A plain item with items below it: a channel list, a group whose links follow, or a sub-region.
   */
  private void container(Block.Item item, EntryLine e) {
    RegionDraft region = currentRegion();
    String text = e.text();
    if (text.endsWith(":")) {
      String label = text.substring(0, text.length() - 1).strip();
      Optional<GroupDraft> owner = groups.ownerOfChannel(label, region);
      if (owner.isPresent()) {
        drafting.groupChannelsFollow(owner.get(), e.line(), label);
        items.push(new GroupFrame(item.depth(), owner.get()));
      } else {
        drafting.regionChannelsFollow(region, e.line(), label);
        items.push(new ChannelFrame(item.depth(), label, region));
      }
    } else if (EntryWords.GROUP_WORDS.matcher(text).find()) {
      items.push(
          new GroupFrame(
              item.depth(), listing(e, region, "group; its links are on the lines below")));
    } else {
      RegionDraft sub = tree.subRegion(region, text, e.line());
      drafting.subRegion(sub, region);
      items.push(new SubRegionFrame(item.depth(), sub));
      lastGroup = null;
    }
  }

  /**
   * An entry directly in a region: a channel line, more links of the group above, or a new group.
   */
  private void topLevelEntry(EntryLine e, int depth, String why) {
    RegionDraft region = currentRegion();
    String channel = e.channelLabel();
    GroupDraft last = lastGroup;
    if (!channel.isEmpty() && e.hasLinks()) {
      Optional<GroupDraft> owner = groups.ownerOfChannel(channel, region);
      if (owner.isPresent()) {
        drafting.detail(owner.get(), e, "the " + channel + " of group '" + owner.get().name + "'");
      } else {
        resource(region, e, channel);
      }
      items.push(new OtherFrame(depth));
    } else if (last != null
        && region.groupSlugs.contains(last.slug)
        && GroupIdentities.isMoreOf(last, e)) {
      drafting.detail(last, e, "another link of '" + last.name + "' (same name or website)");
      items.push(new GroupFrame(depth, last));
    } else if (EntryWords.looksLikeResource(e.ownWords())) {
      resource(region, e, e.text());
      items.push(new OtherFrame(depth));
    } else if (e.text().isBlank()) {
      drafting.unused(e, "an empty entry");
      items.push(new OtherFrame(depth));
    } else {
      items.push(new GroupFrame(depth, listing(e, region, why)));
    }
  }

  /**
   * An entry that lists a group: the group it names again (same website, or same name in one
   * country), or a new one.
   */
  private GroupDraft listing(EntryLine e, RegionDraft region, String why) {
    Optional<GroupDraft> same = groups.sameAs(e.listing().name(), e.groupLinks(), region);
    GroupDraft group =
        same.isPresent()
            ? drafting.listedAgain(same.get(), e, region, why)
            : drafting.newGroup(e, region, why);
    lastGroup = group;
    return group;
  }

  private void resource(RegionDraft region, EntryLine e, String label) {
    if (e.hasLinks()) {
      drafting.resource(region, e, label);
    } else {
      drafting.unused(e, "a line in a channel list without a link");
    }
  }

  private boolean hasChildren(Block.Item item) {
    for (int i = position + 1; i < content.size(); i++) {
      Block next = content.get(i);
      if (next instanceof Block.Skipped) {
        continue;
      }
      return next instanceof Block.Item nextItem && nextItem.depth() > item.depth();
    }
    return false;
  }

  // ---- paragraphs
  // -----------------------------------------------------------------------------------

  private void paragraph(EntryLine e) {
    if (tree.beforeFirstHeading() || tree.atPageTitle()) {
      drafting.intro(e);
      return;
    }
    if (e.tableOfContents()) {
      drafting.skipped(e.line(), "a table-of-contents line (it only links into this page)");
      return;
    }
    items.clear();
    GroupDraft last = lastGroup;
    if (last != null && !e.startsWithLink() && last.goesOnAt(e.line(), true)) {
      drafting.continued(last, e);
      return;
    }
    if (!e.hasLinks()) {
      drafting.unused(e, "text under '" + tree.underHeading().name + "' that is not a list entry");
      return;
    }
    topLevelEntry(e, 1, "written as a paragraph, without a bullet");
    GroupDraft listed = lastGroup;
    if (listed != null && listed.entryEnd == e.line()) {
      listed.entryIsParagraph = true;
    }
    items.clear();
  }
}

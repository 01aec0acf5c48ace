package org.localgroups.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.localgroups.directory.Channels;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.ImportReport.Disposition;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.directory.Region.RegionKind;
import org.localgroups.directory.Slugs;
import org.localgroups.importer.Drafts.GroupDraft;
import org.localgroups.importer.Drafts.RegionDraft;
import org.localgroups.outline.Block;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Outline;
import org.localgroups.outline.Target;

/** One import's state. */
final class Reading {
  /**
   * How long a description may grow from wrapped lines; a real entry wraps over two or three lines, and
   * the bound keeps a hostile page of one endless entry linear (later lines become notes).
   */
  private static final int MAX_JOINED_DESCRIPTION = 2_000;

  private final Outline outline;
  private final Placer placer;
  private final Ledger ledger;
  private final Slugs regionSlugs = new Slugs();
  private final Slugs groupSlugs = new Slugs();
  private final List<RegionDraft> regions = new ArrayList<>();
  private final Map<String, GroupDraft> groups = new LinkedHashMap<>();
  private final Map<String, String> groupByIdentity = new LinkedHashMap<>();
  private final List<IntroLine> intro = new ArrayList<>();
  private final Deque<HeadingFrame> headings = new ArrayDeque<>();
  private final Deque<ItemFrame> items = new ArrayDeque<>();
  private final List<Block> content;
  private int position;
  private GroupDraft lastGroup;

  private record HeadingFrame(int level, RegionDraft region) {}

  private sealed interface ItemFrame {
    int depth();
  }

  private record GroupFrame(int depth, GroupDraft group) implements ItemFrame {}

  private record ChannelFrame(int depth, String label, RegionDraft region) implements ItemFrame {}

  private record SubRegionFrame(int depth, RegionDraft region) implements ItemFrame {}

  private record OtherFrame(int depth) implements ItemFrame {}

  Reading(Outline outline, Placer placer) {
    this.outline = outline;
    this.placer = placer;
    this.ledger = new Ledger(outline.diagnostics());
    this.content = outline.blocks();
  }

  void run() {
    for (position = 0; position < content.size(); position++) {
      switch (content.get(position)) {
        case Block.Heading h when tableOfContentsUnder(h) -> tableOfContents(h);
        case Block.Heading h when EntryWords.isAboutThePage(h) -> aboutThePage(h);
        case Block.Heading h -> heading(h);
        case Block.Item i -> item(i);
        case Block.Paragraph p -> paragraph(p);
        case Block.Skipped s -> ledger.record(s.line(), Disposition.SKIPPED, "", s.reason());
      }
    }
  }

  ImportResult result(String source, String format) {
    List<Region> frozenRegions = regions.stream().map(RegionDraft::freeze).toList();
    List<Group> frozenGroups = new ArrayList<>();
    for (GroupDraft g : groups.values()) {
      List<String> urls = g.links.stream().map(Link::url).filter(u -> !u.isEmpty()).toList();
      Placement within = g.firstRegion.place;
      String withinName = g.firstRegion.name;
      if (within.countryCode().isEmpty()) {
        Optional<Placement> flagged = placer.countryOfFlag(g.flagCountry);
        if (flagged.isPresent()) {
          within = flagged.get();
          withinName = within.name();
        }
      }
      Placement placement = placer.placeGroup(g.name, g.description, within, withinName, urls);
      frozenGroups.add(g.freeze(placement));
    }
    Directory directory = new Directory(outline.title(), intro, frozenRegions, frozenGroups);
    return new ImportResult(directory, ledger.report(source, format, outline.lineCount()));
  }

  // ---- headings -------------------------------------------------------------------------------------

  /** "## License" and everything under it, down to the next heading as high: reported, not read as groups. */
  private void aboutThePage(Block.Heading h) {
    String why = "section '" + h.text() + "', which is about the page itself rather than a region of groups";
    ledger.record(h.line(), Disposition.SKIPPED, "", "heading of the " + why);
    while (position + 1 < content.size()
        && !(content.get(position + 1) instanceof Block.Heading next && next.level() <= h.level())) {
      position++;
      switch (content.get(position)) {
        case Block.Skipped skipped -> ledger.record(skipped.line(), Disposition.SKIPPED, "", skipped.reason());
        case Block other -> ledger.record(other.line(), Disposition.SKIPPED, "", "part of the " + why);
      }
    }
  }

  /** "## Contents" with only links into the page below it: a table of contents, not a region. */
  private boolean tableOfContentsUnder(Block.Heading h) {
    int entries = 0;
    for (int i = position + 1; i < content.size() && !(content.get(i) instanceof Block.Heading); i++) {
      switch (content.get(i)) {
        case Block.Item item when EntryWords.isTableOfContentsEntry(item.content()) -> entries++;
        case Block.Paragraph p when EntryWords.isTableOfContentsEntry(p.content()) -> entries++;
        case Block.Skipped skipped -> { }
        default -> {
          return false;
        }
      }
    }
    return entries > 0;
  }

  private void tableOfContents(Block.Heading h) {
    ledger.record(h.line(), Disposition.SKIPPED, "",
        "heading '" + h.text() + "' of a table of contents: its entries only link to headings of this page");
    while (position + 1 < content.size() && !(content.get(position + 1) instanceof Block.Heading)) {
      position++;
      switch (content.get(position)) {
        case Block.Skipped skipped -> ledger.record(skipped.line(), Disposition.SKIPPED, "", skipped.reason());
        case Block other -> ledger.record(other.line(), Disposition.SKIPPED, "",
            "an entry of the table of contents under '" + h.text() + "'");
      }
    }
  }

  private void heading(Block.Heading h) {
    while (!headings.isEmpty() && headings.peek().level() >= h.level()) {
      headings.pop();
    }
    items.clear();
    lastGroup = null;
    Optional<RegionDraft> parent = headings.isEmpty() ? Optional.empty() : Optional.of(headings.peek().region());
    RegionDraft region;
    if (parent.isEmpty() && isPageRoot(h)) {
      region = new RegionDraft(regionSlugs.claim(h.text()), h.text(), 1, "", RegionKind.ROOT,
          Placement.unplaced("the page's top heading"), h.line());
    } else {
      Placement parentPlace = parent.map(p -> p.place).orElse(Placement.unplaced("top of the page"));
      RegionKind parentKind = parent.map(p -> p.kind).orElse(RegionKind.ROOT);
      Placer.RegionPlace place = placeRegion(h.text(), parentPlace, parentKind);
      String parentSlug = parent.map(p -> p.slug).orElse("");
      String slug = place.kind() == RegionKind.OTHER && !parentSlug.isEmpty()
          ? regionSlugs.claim(parentSlug + " " + h.text())
          : regionSlugs.claim(h.text(), parentSlug);
      region = new RegionDraft(slug, h.text(), parent.map(p -> p.level + 1).orElse(1), parentSlug, place.kind(),
          place.placement(), h.line());
    }
    regions.add(region);
    headings.push(new HeadingFrame(h.level(), region));
    ledger.record(h.line(), Disposition.REGION, region.slug,
        "region '" + h.text() + "' (" + region.kind.name().toLowerCase(Locale.ROOT) + ")");
  }

  /** What a heading (or a plain bullet standing for one) names; a flag ("🇩🇪 Deutschland") names its country. */
  private Placer.RegionPlace placeRegion(String text, Placement parent, RegionKind parentKind) {
    Placer.RegionPlace place = placer.placeHeading(text, parent, parentKind);
    if (place.kind() == RegionKind.OTHER && parent.countryCode().isEmpty()) {
      Optional<Placement> flagged = placer.countryOfFlag(ListingLine.flagCountry(text));
      if (flagged.isPresent()) {
        return new Placer.RegionPlace(RegionKind.COUNTRY, flagged.get());
      }
    }
    return place;
  }

  /** The page's single outermost heading, with every other heading below it, is the tree's root. */
  private boolean isPageRoot(Block.Heading h) {
    boolean first = content.stream().filter(b -> b instanceof Block.Heading).findFirst().orElse(null) == h;
    long sameOrHigher = content.stream()
        .filter(b -> b instanceof Block.Heading other && other.level() <= h.level()).count();
    boolean hasDeeper = content.stream().anyMatch(b -> b instanceof Block.Heading other && other.level() > h.level());
    return first && sameOrHigher == 1 && hasDeeper;
  }

  private RegionDraft currentRegion() {
    for (ItemFrame f : items) {
      if (f instanceof SubRegionFrame s) {
        return s.region();
      }
    }
    return headings.peek().region();
  }

  // ---- items ----------------------------------------------------------------------------------------

  private void item(Block.Item item) {
    if (headings.isEmpty()) {
      introLine(item.line(), item.content());
      return;
    }
    if (EntryWords.isTableOfContentsEntry(item.content())) {
      ledger.record(item.line(), Disposition.SKIPPED, "", "an entry of a table of contents (it only links into this page)");
      return;
    }
    if (item.continuation()) {
      continuation(item);
      return;
    }
    while (!items.isEmpty() && items.peek().depth() >= item.depth()) {
      items.pop();
    }
    ItemFrame parent = items.peek();
    String text = ListingLine.readable(item.content(), 0).strip();
    List<Inline.Link> links = EntryWords.links(item.content());
    boolean container = links.isEmpty() && hasChildren(item);
    if (container) {
      container(item, text);
      return;
    }
    switch (parent) {
      case GroupFrame g -> {
        detail(g.group(), item.line(), item.content(), "");
        items.push(new OtherFrame(item.depth()));
      }
      case ChannelFrame c -> {
        resource(c.region(), item.line(), links, c.label(), text);
        items.push(new OtherFrame(item.depth()));
      }
      case null, default -> topLevelEntry(item.line(), item.depth(), item.content(), text, links, "");
    }
  }

  private void continuation(Block.Item item) {
    ItemFrame frame = items.stream().filter(f -> f.depth() <= item.depth()).findFirst().orElse(null);
    if (frame instanceof GroupFrame g && continuesEntry(g.group(), item.line(), false)) {
      continueEntry(g.group(), item.line(), item.content());
      return;
    }
    switch (frame) {
      case GroupFrame g -> detail(g.group(), item.line(), item.content(), "continues the group's entry");
      case ChannelFrame c -> resource(c.region(), item.line(), EntryWords.links(item.content()), c.label(),
          ListingLine.readable(item.content(), 0));
      case null, default -> unused(item.line(), item.content(), "a continuation line with no entry to continue");
    }
  }

  /** A plain item with items below it: a channel list, a group whose links follow, or a sub-region. */
  private void container(Block.Item item, String text) {
    RegionDraft region = currentRegion();
    if (text.endsWith(":")) {
      String label = text.substring(0, text.length() - 1).strip();
      Optional<GroupDraft> owner = ownerOfChannel(label, region);
      if (owner.isPresent()) {
        owner.get().lines.add(item.line());
        items.push(new GroupFrame(item.depth(), owner.get()));
        ledger.record(item.line(), Disposition.GROUP_DETAIL, owner.get().slug, "'" + label + "' links of the group follow");
      } else {
        items.push(new ChannelFrame(item.depth(), label, region));
        ledger.record(item.line(), Disposition.REGION_RESOURCE, region.slug,
            "channel list '" + label + "' of region '" + region.name + "' follows");
      }
    } else if (EntryWords.GROUP_WORDS.matcher(text).find()) {
      GroupDraft group = newGroup(item.line(), item.content(), region, "group; its links are on the lines below");
      items.push(new GroupFrame(item.depth(), group));
    } else {
      // read as a heading would be: "- India" under "Asia" is the country India
      Placer.RegionPlace place = placeRegion(text, region.place, region.kind);
      String slug = place.kind() == RegionKind.OTHER
          ? regionSlugs.claim(region.slug + " " + text)
          : regionSlugs.claim(text, region.slug);
      RegionDraft sub = new RegionDraft(slug, text, region.level + 1, region.slug, place.kind(), place.placement(),
          item.line());
      regions.add(sub);
      items.push(new SubRegionFrame(item.depth(), sub));
      lastGroup = null;
      ledger.record(item.line(), Disposition.REGION, sub.slug, "sub-region '" + text + "' of '" + region.name
          + "' (" + sub.kind.name().toLowerCase(Locale.ROOT) + "; a plain entry with entries below it)");
    }
  }

  /** An entry directly in a region: a channel line, more links of the group above, or a new group. */
  private void topLevelEntry(int line, int depth, List<Inline> inlines, String text, List<Inline.Link> links, String why) {
    RegionDraft region = currentRegion();
    Optional<String> channel = EntryWords.channelLabel(inlines);
    if (channel.isPresent() && !links.isEmpty()) {
      Optional<GroupDraft> owner = ownerOfChannel(channel.get(), region);
      if (owner.isPresent()) {
        detail(owner.get(), line, inlines, "the " + channel.get() + " of group '" + owner.get().name + "'");
      } else {
        resource(region, line, links, channel.get(), text);
      }
      items.push(new OtherFrame(depth));
      return;
    }
    if (lastGroup != null && belongsToLastGroup(inlines, links)) {
      detail(lastGroup, line, inlines, "another link of '" + lastGroup.name + "' (same name or website)");
      items.push(new GroupFrame(depth, lastGroup));
      return;
    }
    if (EntryWords.looksLikeResource(EntryWords.ownWords(inlines))) {
      resource(region, line, links, text, text);
      items.push(new OtherFrame(depth));
      return;
    }
    if (text.isBlank()) {
      unused(line, inlines, "an empty entry");
      items.push(new OtherFrame(depth));
      return;
    }
    GroupDraft group = newGroup(line, inlines, region, why);
    items.push(new GroupFrame(depth, group));
  }

  /** Whether {@code line} is the next line of the group's own entry (a wrapped line of one item or paragraph). */
  private boolean continuesEntry(GroupDraft group, int line, boolean paragraph) {
    return group == lastGroup && group.entryEnd > 0 && group.entryEnd == line - 1 && group.entryIsParagraph == paragraph
        && group.description.length() < MAX_JOINED_DESCRIPTION;
  }

  /**
   * "Berlin. Meets every" / "second Wednesday of the month.": a wrapped line continues the group's
   * description, as a reader of the page sees one sentence; its facts are read from the whole entry.
   */
  private void continueEntry(GroupDraft group, int line, List<Inline> inlines) {
    LinkReading.toLinks(inlines).forEach(group::addLink);
    String more = ListingLine.readable(inlines, 0).strip();
    group.description = (group.description + " " + more).strip();
    String meeting = ListingFacts.meeting(ListingLine.withoutSymbols(group.description));
    if (!meeting.isEmpty()) {
      group.meeting = meeting;
    }
    group.learn(ListingFacts.read(more));
    group.lines.add(line);
    group.entryEnd = line;
    ledger.record(line, Disposition.GROUP_DETAIL, group.slug,
        "continues the line of group '" + group.name + "' (its description goes on)");
  }

  private GroupDraft newGroup(int line, List<Inline> inlines, RegionDraft region, String why) {
    ListingLine listing = ListingLine.read(inlines);
    List<Link> links = new ArrayList<>(LinkReading.toLinks(inlines));
    if (listing.nameFromLink() && !links.isEmpty()) {
      // the link's text names the group: keep the two equal, as writers will write them
      Link main = links.get(0);
      links.set(0, new Link(main.kind(), main.url(), listing.name(), main.written()));
    }
    Optional<GroupDraft> same = sameGroup(listing, links, region);
    String suffix = why.isEmpty() ? "" : "; " + why;
    if (same.isPresent()) {
      GroupDraft g = same.get();
      links.forEach(g::addLink);
      g.lines.add(line);
      region.list(g.slug);
      lastGroup = g;
      ledger.record(line, Disposition.GROUP_DETAIL, g.slug,
          "the same group as line " + g.lines.get(0) + " ('" + g.name + "'), listed again under '" + region.name + "'" + suffix);
      return g;
    }
    ListingFacts facts = ListingFacts.read(listing.text());
    ListingFacts own = new ListingFacts(facts.status(), facts.founded(), ListingFacts.meeting(ListingLine.withoutSymbols(listing.description())));
    GroupDraft g = new GroupDraft(groupSlugs.claim(listing.name(), region.place.countryCode(), region.slug),
        listing.name(), listing.description(), region, own);
    links.forEach(g::addLink);
    g.lines.add(line);
    g.flagCountry = ListingLine.flagCountry(listing.text());
    g.entryEnd = line;
    groups.put(g.slug, g);
    region.list(g.slug);
    identities(listing, links, region).forEach(k -> groupByIdentity.putIfAbsent(k, g.slug));
    lastGroup = g;
    String note = listing.nameNote().isEmpty() ? "" : "; " + listing.nameNote();
    String factsNote = (own.isEmpty() ? "" : "; " + own)
        + (g.flagCountry.isEmpty() ? "" : "; its flag names the country " + g.flagCountry);
    ledger.record(line, Disposition.GROUP, g.slug, "group '" + g.name + "'" + factsNote + note + suffix);
    return g;
  }

  private Optional<GroupDraft> sameGroup(ListingLine listing, List<Link> links, RegionDraft region) {
    for (String key : identities(listing, links, region)) {
      String slug = groupByIdentity.get(key);
      if (slug != null) {
        return Optional.of(groups.get(slug));
      }
    }
    return Optional.empty();
  }

  /** Keys under which two listings are one group: the main website, or the name within one country. */
  private static List<String> identities(ListingLine listing, List<Link> links, RegionDraft region) {
    List<String> keys = new ArrayList<>();
    if (!links.isEmpty()) {
      Link main = links.get(0);
      String host = Link.hostOf(main.url());
      boolean sharedRoot = main.url().replaceAll("/+$", "").equals("http://" + host)
          && EntryWords.SHARED_HOSTS.contains(host.replaceFirst("^www\\.", ""));
      if (!sharedRoot) {
        keys.add("link:" + main.identity());
      }
    }
    String name = Slugs.of(listing.name());
    if (!name.isEmpty() && !region.place.countryCode().isEmpty()) {
      keys.add("name:" + region.place.countryCode() + ":" + name);
    }
    return keys;
  }

  private void detail(GroupDraft group, int line, List<Inline> inlines, String why) {
    List<Inline.Link> links = EntryWords.links(inlines);
    // "mailing list: <mailto:...>": the words before the colon say what the unlabelled link is
    String channel = EntryWords.channelLabel(inlines).orElse("");
    LinkReading.toLinks(inlines).stream()
        .map(l -> channel.isEmpty() || !l.label().isEmpty() ? l
            : new Link(LinkKinds.of(l.url(), channel), l.url(), channel, l.written()))
        .forEach(group::addLink);
    String text = ListingLine.readable(inlines, 0).strip();
    if (links.isEmpty() && !text.isEmpty()) {
      group.notes.add(text);
    }
    group.learn(ListingFacts.read(text));
    group.lines.add(line);
    ledger.record(line, Disposition.GROUP_DETAIL, group.slug,
        (links.isEmpty() ? "a note" : links.size() + " more link" + (links.size() == 1 ? "" : "s"))
            + " of group '" + group.name + "'" + (why.isEmpty() ? "" : "; " + why));
  }

  private void resource(RegionDraft region, int line, List<Inline.Link> links, String label, String text) {
    if (links.isEmpty()) {
      unused(line, List.of(new Inline.Text(text)), "a line in a channel list without a link");
      return;
    }
    for (Inline.Link l : links) {
      Link link = LinkReading.toLink(l);
      String useLabel = !label.isEmpty() && (links.size() == 1 || link.label().isEmpty()) ? label : link.label();
      LinkKind kind = LinkKinds.of(link.url(), link.label().isEmpty() ? useLabel : link.label());
      region.resources.add(new Link(kind, link.url(), useLabel, link.written()));
    }
    ledger.record(line, Disposition.REGION_RESOURCE, region.slug,
        "channel of region '" + region.name + "'" + (label.isEmpty() ? "" : " (" + label + ")"));
  }

  private void unused(int line, List<Inline> inlines, String why) {
    String text = ListingLine.readable(inlines, 0).strip();
    ledger.record(line, Disposition.UNUSED, "", why + (text.isEmpty() ? "" : ": '" + abbreviate(text) + "'"));
  }

  // ---- paragraphs and intro -------------------------------------------------------------------------

  private void paragraph(Block.Paragraph p) {
    RegionDraft under = headings.isEmpty() ? null : headings.peek().region();
    // running text under the page's own title, before its first section, introduces the page
    boolean introducesPage = under != null && under.kind == RegionKind.ROOT && under.groupSlugs.isEmpty()
        && under.resources.isEmpty() && regions.get(regions.size() - 1) == under;
    if (under == null || introducesPage) {
      introLine(p.line(), p.content());
      return;
    }
    if (EntryWords.isTableOfContentsEntry(p.content())) {
      ledger.record(p.line(), Disposition.SKIPPED, "", "a table-of-contents line (it only links into this page)");
      return;
    }
    items.clear();
    if (lastGroup != null && !EntryWords.startsWithLink(p.content()) && continuesEntry(lastGroup, p.line(), true)) {
      continueEntry(lastGroup, p.line(), p.content());
      return;
    }
    String text = ListingLine.readable(p.content(), 0).strip();
    List<Inline.Link> links = EntryWords.links(p.content());
    if (!links.isEmpty()) {
      topLevelEntry(p.line(), 1, p.content(), text, links, "written as a paragraph, without a bullet");
      if (lastGroup != null && lastGroup.entryEnd == p.line()) {
        lastGroup.entryIsParagraph = true;
      }
      items.clear();
    } else {
      unused(p.line(), p.content(), "text under '" + headings.peek().region().name + "' that is not a list entry");
    }
  }

  private void introLine(int line, List<Inline> inlines) {
    String text = ListingLine.readable(inlines, 0).strip();
    intro.add(new IntroLine(text, EntryWords.links(inlines).stream().map(LinkReading::toLink).toList()));
    ledger.record(line, Disposition.INTRO, "", "the page's introduction");
  }

  // ---- classification rules -------------------------------------------------------------------------

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

  /** "LadyPy Google Group" belongs to the group LadyPy listed in the same region. */
  private Optional<GroupDraft> ownerOfChannel(String label, RegionDraft region) {
    String owner = Channels.isChannelLabel(label) ? Channels.owner(label).orElse("") : label;
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    String key = Slugs.of(owner);
    return region.groupSlugs.stream().map(groups::get)
        .filter(g -> Slugs.of(g.name).equals(key) || Slugs.of(g.name).startsWith(key + "-"))
        .findFirst();
  }

  /** BangPypers then "BangPypers Meetup Group"; PyKhmer's site then its docs site or its mailing list. */
  private boolean belongsToLastGroup(List<Inline> inlines, List<Inline.Link> links) {
    if (!currentRegion().groupSlugs.contains(lastGroup.slug)) {
      return false;
    }
    ListingLine listing = ListingLine.read(inlines);
    String word = listing.firstWord();
    String lastWord = ListingLine.read(List.of(new Inline.Text(lastGroup.name))).firstWord();
    if (word.length() >= 4 && word.equals(lastWord) && !EntryWords.GENERIC_WORDS.contains(word)
        && EntryWords.isCoinedName(listing.name()) && EntryWords.namesOnlyAChannel(listing.name())) {
      return true;
    }
    // only an unlabelled link (a bare URL or address) is read as another channel of the group above
    if (links.isEmpty() || !links.get(0).label().isBlank()) {
      return false;
    }
    String lastDomain = EntryWords.distinctiveDomainLabel(lastGroup.links.isEmpty() ? "" : lastGroup.links.get(0).url());
    if (lastDomain.isEmpty()) {
      return false;
    }
    for (Inline.Link l : links) {
      if (l.target() instanceof Target.Url u && EntryWords.distinctiveDomainLabel(u.url()).equals(lastDomain)) {
        return true;
      }
    }
    String text = listing.text().toLowerCase(Locale.ROOT);
    return !links.isEmpty() && links.get(0).target() instanceof Target.Email
        && Pattern.compile("\\b" + Pattern.quote(lastDomain) + "\\b").matcher(text).find();
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}

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
import org.localgroups.LocalGroupsException;
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
import org.localgroups.geo.Gazetteer;
import org.localgroups.importer.Drafts.GroupDraft;
import org.localgroups.importer.Drafts.RegionDraft;
import org.localgroups.outline.Block;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Outline;
import org.localgroups.outline.Target;

/**
 * Reads a format-neutral {@link Outline} into a {@link Directory} and a report that accounts for every
 * source line. Pure: the same outline always gives the same directory, slugs included. Thread-safe.
 *
 * <p>Headings become the region tree; list items become groups, their sub-items more links or notes;
 * channel lines of a region ("Google Group: ...", "Website:" with links below) become region resources;
 * a plain item with items below it ("Regional (by State)") becomes a sub-region. The same group listed
 * twice (same website, or same name in one country) is one group listed in both regions.
 */
public final class Importer {
  private final Gazetteer gazetteer;

  public Importer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * @throws LocalGroupsException BAD_INPUT when the page has no regions or no group entries (an empty or
   *     vandalised page), so that it never replaces a real directory
   */
  public ImportResult read(Outline outline, String source, String format) {
    Reading reading = new Reading(outline, new Placer(gazetteer));
    reading.run();
    ImportResult result = reading.result(source, format);
    if (result.directory().regions().isEmpty()) {
      throw LocalGroupsException.badInput(source + ": the page has no headings, so it is not a directory of groups");
    }
    if (result.directory().groups().isEmpty()) {
      throw LocalGroupsException.badInput(source + ": the page has headings but no group entries");
    }
    return result;
  }

  /**
   * How long a description may grow from wrapped lines; a real entry wraps over two or three lines, and
   * the bound keeps a hostile page of one endless entry linear (later lines become notes).
   */
  private static final int MAX_JOINED_DESCRIPTION = 2_000;

  /** One import's state. */
  private static final class Reading {
    private static final Pattern GROUP_WORDS = Pattern.compile(
        "\\b(group|groups|pug|pugs|pig|piggies|piggy|pyladies|users?|usergroup|community|comunidad|comunity|"
            + "meetups?|meetings?|meets?|club|association|pythonistas|pythoneers|hackers|enthusiasts|dinners?|drinks|"
            + "seminar|workshop|society|sig|ug|coders|developers|devs|gathering|grupo|grupy|verein|dojo)\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern RESOURCE_WORDS = Pattern.compile(
        "\\b(wiki|forum|mailing list|site|website|portal|blog|planet|aggregator)\\b", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> GENERIC_WORDS = java.util.Set.of("python", "the", "pug", "py",
        "user", "users", "group", "django", "zope", "plone", "a", "an", "new", "national", "conference");
    private static final java.util.Set<String> SHARED_HOSTS = java.util.Set.of("groups.google.com",
        "meetup.com", "python.meetup.com", "facebook.com", "mail.python.org", "sites.google.com", "wiki.python.org",
        "groups.yahoo.com", "twitter.com", "linkedin.com", "github.com", "google.com", "blogspot.com");

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
          case Block.Heading h when isAboutThePage(h) -> aboutThePage(h);
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

    /** Sections of a README or wiki page that are about the page itself, not a part of the world. */
    private static final Pattern ABOUT_THE_PAGE = Pattern.compile("(?i)(licen[cs]e|contributing|how to contribute|"
        + "contributors|code of conduct|credits|acknowledge?ments|footnotes|changelog|see also|maintainers)");

    private static boolean isAboutThePage(Block.Heading h) {
      return ABOUT_THE_PAGE.matcher(ListingLine.withoutSymbols(h.text()).replaceAll("[:.]+$", "").strip()).matches();
    }

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
          case Block.Item item when isTableOfContentsEntry(item.content()) -> entries++;
          case Block.Paragraph p when isTableOfContentsEntry(p.content()) -> entries++;
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

    /** "[Europe](#europe)": links only into this page, and no words of its own. */
    private static boolean isTableOfContentsEntry(List<Inline> inlines) {
      List<Inline.Link> links = links(inlines);
      boolean ownWords = inlines.stream().anyMatch(i -> i instanceof Inline.Text t && t.text().matches(".*[\\p{L}\\p{N}].*"));
      return !links.isEmpty() && !ownWords
          && links.stream().allMatch(l -> l.target() instanceof Target.Page page && page.name().startsWith("#"));
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
      if (isTableOfContentsEntry(item.content())) {
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
      List<Inline.Link> links = links(item.content());
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
        case ChannelFrame c -> resource(c.region(), item.line(), links(item.content()), c.label(),
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
      } else if (GROUP_WORDS.matcher(text).find()) {
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
      Optional<String> channel = channelLabel(inlines);
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
      if (looksLikeResource(ownWords(inlines))) {
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
    /** A line that opens with a link ("[[url|Name]] ...", a table row "| [Name](url) | City |") starts an entry. */
    private static boolean startsWithLink(List<Inline> inlines) {
      for (Inline i : inlines) {
        if (i instanceof Inline.Link) {
          return true;
        }
        if (!Inline.readable(i).replaceAll("[\\s|]+", "").isEmpty()) {
          return false;
        }
      }
      return false;
    }

    private boolean continuesEntry(GroupDraft group, int line, boolean paragraph) {
      return group == lastGroup && group.entryEnd > 0 && group.entryEnd == line - 1 && group.entryIsParagraph == paragraph
          && group.description.length() < MAX_JOINED_DESCRIPTION;
    }

    /**
     * "Berlin. Meets every" / "second Wednesday of the month.": a wrapped line continues the group's
     * description, as a reader of the page sees one sentence; its facts are read from the whole entry.
     */
    private void continueEntry(GroupDraft group, int line, List<Inline> inlines) {
      toLinks(inlines).forEach(group::addLink);
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
      List<Link> links = new ArrayList<>(toLinks(inlines));
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
        String host = LinkKinds.host(main.url());
        boolean sharedRoot = main.url().replaceAll("/+$", "").equals("http://" + host)
            && SHARED_HOSTS.contains(host.replaceFirst("^www\\.", ""));
        if (!main.url().isEmpty() && !sharedRoot) {
          keys.add("url:" + LinkKinds.identity(main.url()));
        } else if (main.url().isEmpty()) {
          keys.add("page:" + main.written());
        }
      }
      String name = Slugs.of(listing.name());
      if (!name.isEmpty() && !region.place.countryCode().isEmpty()) {
        keys.add("name:" + region.place.countryCode() + ":" + name);
      }
      return keys;
    }

    private void detail(GroupDraft group, int line, List<Inline> inlines, String why) {
      List<Inline.Link> links = links(inlines);
      // "mailing list: <mailto:...>": the words before the colon say what the unlabelled link is
      String channel = channelLabel(inlines).orElse("");
      toLinks(inlines).stream()
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
        Link link = toLink(l);
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
      if (isTableOfContentsEntry(p.content())) {
        ledger.record(p.line(), Disposition.SKIPPED, "", "a table-of-contents line (it only links into this page)");
        return;
      }
      items.clear();
      if (lastGroup != null && !startsWithLink(p.content()) && continuesEntry(lastGroup, p.line(), true)) {
        continueEntry(lastGroup, p.line(), p.content());
        return;
      }
      String text = ListingLine.readable(p.content(), 0).strip();
      List<Inline.Link> links = links(p.content());
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
      intro.add(new IntroLine(text, links(inlines).stream().map(Reading::toLink).toList()));
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

    /** "Google Group: http://...", "IRC: ..." -> the label, when the rest of the entry is only links. */
    private static Optional<String> channelLabel(List<Inline> inlines) {
      if (inlines.isEmpty() || !(inlines.get(0) instanceof Inline.Text first)) {
        return Optional.empty();
      }
      int colon = first.text().indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      String label = first.text().substring(0, colon).strip();
      if (!Channels.isChannelLabel(label)) {
        return Optional.empty();
      }
      String after = first.text().substring(colon + 1).strip();
      boolean onlyLinks = after.isEmpty() && inlines.subList(1, inlines.size()).stream()
          .allMatch(i -> i instanceof Inline.Link || Inline.readable(i).isBlank());
      return onlyLinks ? Optional.of(label) : Optional.empty();
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
      if (word.length() >= 4 && word.equals(lastWord) && !GENERIC_WORDS.contains(word)
          && isCoinedName(listing.name()) && namesOnlyAChannel(listing.name())) {
        return true;
      }
      // only an unlabelled link (a bare URL or address) is read as another channel of the group above
      if (links.isEmpty() || !links.get(0).label().isBlank()) {
        return false;
      }
      String lastDomain = distinctiveDomainLabel(lastGroup.links.isEmpty() ? "" : lastGroup.links.get(0).url());
      if (lastDomain.isEmpty()) {
        return false;
      }
      for (Inline.Link l : links) {
        if (l.target() instanceof Target.Url u && distinctiveDomainLabel(u.url()).equals(lastDomain)) {
          return true;
        }
      }
      String text = listing.text().toLowerCase(Locale.ROOT);
      return !links.isEmpty() && links.get(0).target() instanceof Target.Email
          && Pattern.compile("\\b" + Pattern.quote(lastDomain) + "\\b").matcher(text).find();
    }

    private static final java.util.Set<String> CHANNEL_WORDS = java.util.Set.of("meetup", "meetups", "group",
        "groups", "wiki", "forum", "mailing", "list", "page", "site", "website", "facebook", "twitter", "linkedin",
        "irc", "google", "channel", "blog", "photos", "videos", "the", "on", "fan");

    /** "BangPypers Meetup Group", "PyTUG Wiki": past the first word, only words for a channel. */
    private static boolean namesOnlyAChannel(String name) {
      String[] words = name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
      for (int i = 1; i < words.length; i++) {
        if (!words[i].isEmpty() && !CHANNEL_WORDS.contains(words[i])) {
          return false;
        }
      }
      return true;
    }

    /** A coined group name (BangPypers, PyTUG, LadyPy): a capital or digit inside its first word. */
    private static boolean isCoinedName(String name) {
      String first = name.strip().split("[\\s\\-(,:]+", 2)[0];
      return first.length() > 1 && first.substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** "pykhmer" for http://docs.pykhmer.org; "" for hosts many groups share (Google Groups, Meetup). */
    private static String distinctiveDomainLabel(String url) {
      String host = LinkKinds.host(url).replaceFirst("^www\\.", "");
      if (host.isEmpty() || SHARED_HOSTS.stream().anyMatch(s -> host.equals(s) || host.endsWith("." + s))
          || host.startsWith("groups.google.")) {
        return "";
      }
      String[] parts = host.split("\\.");
      if (parts.length < 2) {
        return "";
      }
      // example.org -> example; example.org.ar / example.com.br -> example
      int i = parts.length - 2;
      if (i > 0 && parts[parts.length - 1].length() == 2 && parts[i].length() <= 3) {
        i--;
      }
      return parts[i];
    }

    /** A site, wiki or forum of a country, not a group: "German Python Wiki", "python-de German Python mailing list". */
    private static boolean looksLikeResource(String text) {
      return !GROUP_WORDS.matcher(text).find() && RESOURCE_WORDS.matcher(text).find();
    }

    /**
     * The entry's own words: the text before its first link ("Tulsa Web Devs - "), or when it starts with a
     * link, that link and the text up to the next one. Later links' labels ("Website", "Official Site",
     * "Photos") say nothing of what the entry is.
     */
    private static String ownWords(List<Inline> inlines) {
      StringBuilder before = new StringBuilder();
      for (Inline i : inlines) {
        if (i instanceof Inline.Link) {
          break;
        }
        before.append(Inline.readable(i));
      }
      if (!before.toString().replaceAll("[\\s\\p{P}]+", "").isEmpty()) {
        return before.toString();
      }
      StringBuilder sb = new StringBuilder();
      int seen = 0;
      for (Inline i : inlines) {
        if (i instanceof Inline.Link && ++seen > 1) {
          break;
        }
        sb.append(Inline.readable(i));
      }
      return withoutChannelName(sb.toString());
    }

    private static List<Inline.Link> links(List<Inline> inlines) {
      return inlines.stream().filter(i -> i instanceof Inline.Link).map(i -> (Inline.Link) i).toList();
    }

    /** "... Mailing list: pywaw@googlegroups.com": the words before a colon name the channel of the link after it. */
    private static final Pattern CHANNEL_BEFORE = Pattern.compile("(?s)^(.*?)([^.;,:()\\[\\]–—-]*):\\s*$");

    /**
     * The links of an entry; an unlabelled one written after a channel name and a colon
     * ("Mailing list: x@y.org") is of that kind. Its label stays empty, as written.
     */
    private static List<Link> toLinks(List<Inline> inlines) {
      List<Link> out = new ArrayList<>();
      String before = "";
      for (Inline i : inlines) {
        if (i instanceof Inline.Link l) {
          Link link = toLink(l);
          var m = CHANNEL_BEFORE.matcher(before);
          if (link.label().isEmpty() && m.matches() && Channels.isChannelLabel(m.group(2).strip())) {
            link = new Link(LinkKinds.of(link.url(), m.group(2).strip()), link.url(), "", link.written());
          }
          out.add(link);
          before = "";
        } else {
          before = Inline.readable(i);
        }
      }
      return out;
    }

    /** The entry's own words without a trailing "Mailing list:" that introduces the next link. */
    private static String withoutChannelName(String words) {
      var m = CHANNEL_BEFORE.matcher(words);
      return m.matches() && Channels.isChannelLabel(m.group(2).strip()) ? m.group(1) : words;
    }

    static Link toLink(Inline.Link l) {
      String url = switch (l.target()) {
        case Target.Url u -> u.url();
        case Target.Email e -> e.href();
        case Target.Page p -> "";
      };
      String written = writtenTarget(l);
      String label = l.label().strip();
      // a label that only repeats the target is no label; "[GoConferences](GoConferences)", a relative link
      // resolved against the base URL, keeps its label: the URL it now stands for is not what the reader saw
      boolean relative = !url.isEmpty() && !written.contains(":") && !written.contains("@")
          && !HIDDEN_AT.matcher(written).find();
      if (label.equals(url) || label.equals(written) && !relative || label.equals(l.target().display())) {
        label = "";
      }
      return new Link(LinkKinds.of(url, label), url, label, written);
    }

    /** The "at" of an address written to fool harvesters: {@code name[at]host[dot]org}. */
    private static final Pattern HIDDEN_AT = Pattern.compile("(?i)[\\[({]at[\\])}]");

    /** {@code [label](<dest> "title")}: a Markdown inline link (or image), its destination in group 1. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("(?s)^!?\\[.*\\]\\(\\s*(<[^>]*>|\\S*)(?:\\s+.*)?\\)$");

    /**
     * The link's target exactly as written: the URL part of {@code [[url|label]]}, the destination of
     * {@code [label](dest)}, the inside of {@code <dest>}, or the bare text.
     */
    static String writtenTarget(Inline.Link l) {
      String display = l.target().display();
      String url = l.target() instanceof Target.Email e ? e.href() : display;
      String written = l.written();
      if (written.startsWith("<") && written.endsWith(">") && !written.startsWith("<<")) {
        return written.substring(1, written.length() - 1).strip();
      }
      var markdown = MARKDOWN_LINK.matcher(written);
      if (!written.startsWith("[[") && markdown.matches()) {
        String dest = markdown.group(1).replaceAll("^<|>$", "").strip();
        return dest.isEmpty() ? url : dest;
      }
      if (written.startsWith("[") && !written.startsWith("[[") && written.endsWith("]")) {
        return url; // a Markdown reference link: its destination stands elsewhere on the page
      }
      if (written.contains(url)) {
        return url;
      }
      String inner = l.written().replaceAll("^\\[+|\\]+$", "");
      for (String part : inner.split("\\|")) {
        String p = part.strip();
        if (p.contains(":") || p.contains("@") || p.contains("[at]") || p.contains("(at)")) {
          return p;
        }
      }
      return inner.isEmpty() ? url : inner.split("\\|")[0].strip();
    }

    private static String abbreviate(String text) {
      return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
  }
}

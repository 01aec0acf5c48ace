package org.localgroups.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.localgroups.directory.ImportReport.Disposition;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.directory.Slugs;
import org.localgroups.importer.Drafts.GroupDraft;
import org.localgroups.importer.Drafts.PageDraft;
import org.localgroups.importer.Drafts.RegionDraft;
import org.localgroups.outline.Inline;

/**
 * Puts an entry where the reading decided it belongs (the introduction, a new group, more of a
 * group, a channel of a region) and says so in the report, in one sentence per line.
 */
final class Drafting {
  private final Ledger ledger;
  private final GroupIdentities groups;
  private final Slugs groupSlugs = new Slugs();
  private final List<IntroLine> intro = new ArrayList<>();

  Drafting(Ledger ledger, GroupIdentities groups) {
    this.ledger = ledger;
    this.groups = groups;
  }

  PageDraft page(String title, List<RegionDraft> regions) {
    return new PageDraft(title, intro, regions, groups.all());
  }

  void skipped(int line, String why) {
    ledger.record(line, Disposition.SKIPPED, "", why);
  }

  void intro(EntryLine e) {
    intro.add(new IntroLine(e.text(), e.linksAlone()));
    ledger.record(e.line(), Disposition.INTRO, "", "the page's introduction");
  }

  void region(RegionDraft region) {
    ledger.record(
        region.line,
        Disposition.REGION,
        region.slug,
        "region '" + region.name + "' (" + kind(region) + ")");
  }

  void subRegion(RegionDraft sub, RegionDraft parent) {
    ledger.record(
        sub.line,
        Disposition.REGION,
        sub.slug,
        "sub-region '"
            + sub.name
            + "' of '"
            + parent.name
            + "' ("
            + kind(sub)
            + "; a plain entry with entries below it)");
  }

  /** A group listed for the first time. */
  GroupDraft newGroup(EntryLine e, RegionDraft region, String why) {
    ListingLine listing = e.listing();
    ListingFacts facts = ListingFacts.read(listing.text());
    String meeting = ListingFacts.meeting(ListingLine.withoutSymbols(listing.description()));
    if (meeting.isEmpty()) {
      // "BostonPig meets monthly in Boston, MA.": with no link, the name ran into the clause
      meeting = ListingFacts.meetingVerbClause(ListingLine.withoutSymbols(listing.text()));
    }
    ListingFacts own = new ListingFacts(facts.status(), facts.founded(), meeting);
    String firstWord = ListingLine.read(List.of(new Inline.Text(listing.name()))).firstWord();
    GroupDraft g =
        new GroupDraft(
            groupSlugs.claim(listing.name(), region.place.countryCode(), region.slug),
            listing.name(),
            firstWord,
            listing.description(),
            region,
            own);
    List<Link> links = e.groupLinks();
    links.forEach(g::addLink);
    g.lines.add(e.line());
    g.flagCountry = e.flagCountry();
    g.entryEnd = e.line();
    groups.add(g, listing.name(), links, region);
    region.list(g.slug);
    String note = listing.nameNote().isEmpty() ? "" : "; " + listing.nameNote();
    String factsNote =
        (own.isEmpty() ? "" : "; " + own)
            + (g.flagCountry.isEmpty() ? "" : "; its flag names the country " + g.flagCountry);
    ledger.record(
        e.line(),
        Disposition.GROUP,
        g.slug,
        "group '" + g.name + "'" + factsNote + note + because(why));
    return g;
  }

  /** A group listed again, here or in another region. */
  GroupDraft listedAgain(GroupDraft g, EntryLine e, RegionDraft region, String why) {
    e.groupLinks().forEach(g::addLink);
    g.lines.add(e.line());
    region.list(g.slug);
    ledger.record(
        e.line(),
        Disposition.GROUP_DETAIL,
        g.slug,
        "the same group as line "
            + g.lines.get(0)
            + " ('"
            + g.name
            + "'), listed again under '"
            + region.name
            + "'"
            + because(why));
    return g;
  }

  /**
   * More links of a group, or a note on it; an unlabelled link after "mailing list:" is labelled
   * so.
   */
  void detail(GroupDraft group, EntryLine e, String why) {
    String channel = e.channelLabel();
    e.links().stream()
        .map(
            l ->
                channel.isEmpty() || !l.label().isEmpty()
                    ? l
                    : new Link(LinkKinds.of(l.url(), channel), l.url(), channel, l.written()))
        .forEach(group::addLink);
    if (!e.hasLinks() && !e.text().isEmpty()) {
      group.notes.add(e.text());
    }
    group.learn(ListingFacts.read(e.text()));
    group.lines.add(e.line());
    int links = e.links().size();
    ledger.record(
        e.line(),
        Disposition.GROUP_DETAIL,
        group.slug,
        (links == 0 ? "a note" : links + " more link" + (links == 1 ? "" : "s"))
            + " of group '"
            + group.name
            + "'"
            + because(why));
  }

  /**
   * "Berlin. Meets every" / "second Wednesday of the month.": a wrapped line continues the group's
   * description, as a reader of the page sees one sentence; its facts are read from the whole
   * entry.
   */
  void continued(GroupDraft group, EntryLine e) {
    e.links().forEach(group::addLink);
    group.description = (group.description + " " + e.text()).strip();
    String meeting = ListingFacts.meeting(ListingLine.withoutSymbols(group.description));
    if (!meeting.isEmpty()) {
      group.meeting = meeting;
    }
    group.learn(ListingFacts.read(e.text()));
    group.lines.add(e.line());
    group.entryEnd = e.line();
    ledger.record(
        e.line(),
        Disposition.GROUP_DETAIL,
        group.slug,
        "continues the line of group '" + group.name + "' (its description goes on)");
  }

  /** The line of a plain entry that says the links of a group follow below it. */
  void groupChannelsFollow(GroupDraft owner, int line, String label) {
    owner.lines.add(line);
    ledger.record(
        line, Disposition.GROUP_DETAIL, owner.slug, "'" + label + "' links of the group follow");
  }

  /** The line of a plain entry that says channels of the region follow below it. */
  void regionChannelsFollow(RegionDraft region, int line, String label) {
    ledger.record(
        line,
        Disposition.REGION_RESOURCE,
        region.slug,
        "channel list '" + label + "' of region '" + region.name + "' follows");
  }

  /**
   * The links of an entry as channels of a region; a single one, or an unlabelled one, gets the
   * entry's label.
   */
  void resource(RegionDraft region, EntryLine e, String label) {
    List<Link> links = e.linksAlone();
    for (Link link : links) {
      String useLabel =
          !label.isEmpty() && (links.size() == 1 || link.label().isEmpty()) ? label : link.label();
      LinkKind kind = LinkKinds.of(link.url(), link.label().isEmpty() ? useLabel : link.label());
      region.resources.add(new Link(kind, link.url(), useLabel, link.written()));
    }
    ledger.record(
        e.line(),
        Disposition.REGION_RESOURCE,
        region.slug,
        "channel of region '" + region.name + "'" + (label.isEmpty() ? "" : " (" + label + ")"));
  }

  void unused(EntryLine e, String why) {
    ledger.record(
        e.line(),
        Disposition.UNUSED,
        "",
        why + (e.text().isEmpty() ? "" : ": '" + abbreviate(e.text()) + "'"));
  }

  private static String because(String why) {
    return why.isEmpty() ? "" : "; " + why;
  }

  private static String kind(RegionDraft region) {
    return region.kind.name().toLowerCase(Locale.ROOT);
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}

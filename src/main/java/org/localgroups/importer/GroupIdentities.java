package org.localgroups.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.localgroups.directory.Channels;
import org.localgroups.directory.Link;
import org.localgroups.directory.Slugs;
import org.localgroups.importer.Drafts.GroupDraft;
import org.localgroups.importer.Drafts.RegionDraft;

/**
 * The groups of one import in the order they were first listed, and what makes two listings one
 * group: the same main website, or the same name within one country; and what makes an entry below
 * a group a channel of it (a channel named after it, a site of its domain).
 */
final class GroupIdentities {
  private final Map<String, GroupDraft> bySlug = new LinkedHashMap<>();
  private final Map<String, GroupDraft> byIdentity = new LinkedHashMap<>();

  /** A new group, known from now on by the identities of its listing. */
  void add(GroupDraft group, String name, List<Link> links, RegionDraft region) {
    bySlug.put(group.slug, group);
    identities(name, links, region).forEach(k -> byIdentity.putIfAbsent(k, group));
  }

  /** The group a listing names again, if one was listed before. */
  Optional<GroupDraft> sameAs(String name, List<Link> links, RegionDraft region) {
    return identities(name, links, region).stream()
        .filter(byIdentity::containsKey)
        .findFirst()
        .map(byIdentity::get);
  }

  /** "LadyPy Google Group" belongs to the group LadyPy listed in the same region. */
  Optional<GroupDraft> ownerOfChannel(String label, RegionDraft region) {
    String owner = Channels.isChannelLabel(label) ? Channels.owner(label).orElse("") : label;
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    String key = Slugs.of(owner);
    return region.groupSlugs.stream()
        .map(bySlug::get)
        .filter(g -> Slugs.of(g.name).equals(key) || Slugs.of(g.name).startsWith(key + "-"))
        .findFirst();
  }

  /**
   * Whether an entry right below a group in its region is more of that group rather than another
   * group: BangPypers then "BangPypers Meetup Group"; PyKhmer's site then its docs site or its
   * mailing list.
   */
  static boolean isMoreOf(GroupDraft group, EntryLine e) {
    ListingLine listing = e.listing();
    String word = listing.firstWord();
    if (word.length() >= 4
        && word.equals(group.firstWord)
        && !EntryWords.GENERIC_WORDS.contains(word)
        && EntryWords.isCoinedName(listing.name())
        && EntryWords.namesOnlyAChannel(listing.name())) {
      return true;
    }
    // only an unlabelled link (a bare URL or address) is read as another channel of the group above
    if (!e.bareFirstLink()) {
      return false;
    }
    String domain =
        EntryWords.distinctiveDomainLabel(group.links.isEmpty() ? "" : group.links.get(0).url());
    if (domain.isEmpty()) {
      return false;
    }
    if (e.webDomains().contains(domain)) {
      return true;
    }
    return e.firstLinkIsAddress()
        && Pattern.compile("\\b" + Pattern.quote(domain) + "\\b")
            .matcher(listing.text().toLowerCase(Locale.ROOT))
            .find();
  }

  List<GroupDraft> all() {
    return List.copyOf(bySlug.values());
  }

  /**
   * Keys under which two listings are one group: the main website, or the name within one country.
   */
  private static List<String> identities(String name, List<Link> links, RegionDraft region) {
    List<String> keys = new ArrayList<>();
    if (!links.isEmpty()) {
      Link main = links.get(0);
      if (!main.isSharedSiteRoot()) {
        keys.add("link:" + main.identity());
      }
    }
    String slug = Slugs.of(name);
    if (!slug.isEmpty() && !region.place.countryCode().isEmpty()) {
      keys.add("name:" + region.place.countryCode() + ":" + slug);
    }
    return keys;
  }
}

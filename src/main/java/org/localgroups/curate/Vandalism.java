package org.localgroups.curate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localgroups.directory.Link;
import org.localgroups.outline.Block;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Outline;
import org.localgroups.outline.Target;

/**
 * The rules that tell a vandalised revision of a page from an edit, each measured against the last
 * revision replayed (not the one just before: spam often comes twice in a row):
 *
 * <ol>
 *   <li><b>page replaced</b>: the page lists fewer than half the groups the last revision listed
 *       (none at all when what replaced it has no headings), once it listed {@value #MIN_GROUPS} or
 *       more. A real edit removes a few groups; none of the page's 439 real revisions removed even
 *       a fifth of them at once.
 *   <li><b>link spam</b>: it adds {@value #SPAM_LINKS} or more links to one host the last revision
 *       never linked to. Real edits add a group or two at a time; the most links to a new host in
 *       one real revision of the page is 4.
 * </ol>
 *
 * Pure and stateless.
 */
final class Vandalism {
  /** Below this many groups a page is too young for "fewer than half" to mean vandalism. */
  static final int MIN_GROUPS = 5;

  /** Links to one new host in one revision that make it link spam. */
  static final int SPAM_LINKS = 10;

  private Vandalism() {}

  /**
   * What the rules look at in one revision.
   *
   * @param groups how many groups the importer read (0 for a page it refused)
   * @param linksByHost how many web links the page has to each host (lower case)
   */
  record Reading(int groups, Map<String, Integer> linksByHost) {
    Reading {
      linksByHost = Map.copyOf(linksByHost);
    }

    static final Reading NOTHING = new Reading(0, Map.of());

    /** A revision as read: its outline's web links, and the groups the importer found. */
    static Reading of(Outline outline, int groups) {
      Map<String, Integer> hosts = new HashMap<>();
      for (Block b : outline.blocks()) {
        List<Inline> content =
            switch (b) {
              case Block.Item item -> item.content();
              case Block.Paragraph paragraph -> paragraph.content();
              case Block.Heading h -> List.of();
              case Block.Skipped s -> List.of();
            };
        for (Inline i : content) {
          if (i instanceof Inline.Link link && link.target() instanceof Target.Url url) {
            String host = Link.hostOf(url.url());
            if (!host.isEmpty()) {
              hosts.merge(host, 1, Integer::sum);
            }
          }
        }
      }
      return new Reading(groups, hosts);
    }
  }

  /** Why a revision is vandalism, judged against the last revision replayed; empty when not. */
  static Optional<String> judge(Reading lastReplayed, Reading revision) {
    if (lastReplayed.groups() >= MIN_GROUPS && revision.groups() * 2 < lastReplayed.groups()) {
      return Optional.of(
          "page replaced: it lists "
              + revision.groups()
              + " groups where the last revision replayed listed "
              + lastReplayed.groups());
    }
    return revision.linksByHost().entrySet().stream()
        .filter(e -> e.getValue() >= SPAM_LINKS)
        .filter(e -> !lastReplayed.linksByHost().containsKey(e.getKey()))
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(
            e ->
                "link spam: it adds "
                    + e.getValue()
                    + " links to "
                    + e.getKey()
                    + ", a host the last revision replayed never linked to");
  }
}

package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.web.Layout;

/**
 * {@code /curate/duplicates}: pairs of groups that may be one, each with its evidence and, for
 * moderators, a form that merges the second into the first.
 *
 * @param layout the frame
 * @param pairs the pairs of this page, in directory order
 * @param pager which page of the whole report this is
 * @param csrf the token the merge forms repeat ({@code Csrf.FIELD})
 * @param canMerge whether this server merges (it has a store and an edit token)
 */
public record DuplicatesPage(
    Layout layout, List<Pair> pairs, Pager pager, String csrf, boolean canMerge) {
  public DuplicatesPage {
    pairs = List.copyOf(pairs);
  }

  /**
   * One pair as shown.
   *
   * @param a the group that stays
   * @param b the group merged into it
   * @param evidence one sentence per piece of evidence
   */
  public record Pair(Side a, Side b, List<String> evidence) {
    public Pair {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * A group of a pair.
   *
   * @param slug its slug
   * @param name its name
   * @param href its page
   * @param revision its current revision (the merge form's base), 0 when unknown
   */
  public record Side(String slug, String name, String href, long revision) {}
}

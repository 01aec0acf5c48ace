package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.web.Layout;

/**
 * A group's revisions, newest first, a page at a time.
 *
 * @param layout the frame
 * @param name the group's name now
 * @param groupHref its page
 * @param removed whether it is removed now
 * @param total how many revisions it has
 * @param revisions this page's revisions, each with its difference from its parent
 * @param newestHref the first page, "" when this is it
 * @param olderHref the next page of older revisions, "" when there are none
 */
public record HistoryPage(
    Layout layout,
    String name,
    String groupHref,
    boolean removed,
    int total,
    List<RevisionView> revisions,
    String newestHref,
    String olderHref) {
  public HistoryPage {
    revisions = List.copyOf(revisions);
  }

  /** "1 revision", "6 revisions". */
  public String totalText() {
    return total + (total == 1 ? " revision" : " revisions");
  }
}

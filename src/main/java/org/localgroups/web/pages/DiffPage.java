package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.revision.FieldChange;
import org.localgroups.web.Layout;

/**
 * The field-by-field difference of two revisions of one group.
 *
 * @param layout the frame
 * @param name the group's name now
 * @param groupHref its page
 * @param historyHref its history
 * @param from the earlier side
 * @param to the later side
 * @param changes the fields that differ, from {@code from} to {@code to}
 */
public record DiffPage(
    Layout layout,
    String name,
    String groupHref,
    String historyHref,
    RevisionView from,
    RevisionView to,
    List<FieldChange> changes) {
  public DiffPage {
    changes = List.copyOf(changes);
  }
}

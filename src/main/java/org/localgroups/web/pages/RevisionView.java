package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.revision.FieldChange;

/**
 * One revision as the history pages, Recent Changes and the feed show it.
 *
 * @param id the revision's id
 * @param kind what happened, in lower case ("edit")
 * @param kindLabel what happened for people ("Edited")
 * @param at when, for people ("2026-12-07 14:35 UTC")
 * @param atIso when, ISO 8601 in UTC (for {@code <time datetime>})
 * @param author who
 * @param authorHref Recent Changes by that author
 * @param comment why ("" when not said)
 * @param entity what it is of, for people ("group", "region", "introduction")
 * @param label the entity's name in that revision
 * @param href the entity's page ("/groups/pywaw")
 * @param historyHref the entity's history page, "" when it has none
 * @param diffHref the difference from its parent, "" for a first revision or a non-group
 * @param changes the fields that differ from its parent (empty when not shown or none)
 * @param removed whether the entity was removed after it
 */
public record RevisionView(
    long id,
    String kind,
    String kindLabel,
    String at,
    String atIso,
    String author,
    String authorHref,
    String comment,
    String entity,
    String label,
    String href,
    String historyHref,
    String diffHref,
    List<FieldChange> changes,
    boolean removed) {
  public RevisionView {
    changes = List.copyOf(changes);
  }
}

package org.localgroups.web.pages;

import java.util.List;
import org.localgroups.web.Layout;

/**
 * Recent Changes: the newest revisions of the directory, filtered.
 *
 * @param layout the frame
 * @param filters what the filters say for people, "" when none
 * @param region the region filter's slug, "" when none (for the form)
 * @param kind the kinds asked for, comma-separated, "" when all (for the form)
 * @param author the author asked for, "" when anyone (for the form)
 * @param kinds every kind, for the form's choice
 * @param changes the revisions of this page
 * @param newestHref the first page with the same filters, "" when this is it
 * @param olderHref the next page of older changes, "" when there are none
 * @param feedHref the Atom feed of the same filters
 */
public record ChangesPage(
    Layout layout,
    String filters,
    String region,
    String kind,
    String author,
    List<String> kinds,
    List<RevisionView> changes,
    String newestHref,
    String olderHref,
    String feedHref) {
  public ChangesPage {
    kinds = List.copyOf(kinds);
    changes = List.copyOf(changes);
  }
}

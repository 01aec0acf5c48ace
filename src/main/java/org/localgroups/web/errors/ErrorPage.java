package org.localgroups.web.errors;

import java.util.List;
import org.localgroups.web.Layout;
import org.localgroups.web.PlaceChoice;

/**
 * Something went wrong, told plainly.
 *
 * @param layout the frame
 * @param status the HTTP status
 * @param message what happened, in one sentence
 * @param suggestions places to try instead (for an unknown place)
 * @param offerStart whether to point to starting a group (for place searches)
 * @param query the place text searched for, offered again in the search form ("" if none)
 */
public record ErrorPage(
    Layout layout,
    int status,
    String message,
    List<PlaceChoice> suggestions,
    boolean offerStart,
    String query) {
  public ErrorPage {
    suggestions = List.copyOf(suggestions);
  }
}

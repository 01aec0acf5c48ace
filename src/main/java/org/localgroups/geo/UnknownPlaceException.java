package org.localgroups.geo;

import java.util.List;
import org.localgroups.LocalGroupsException;

/** No place matches the text; carries the closest names we know, to suggest. */
public class UnknownPlaceException extends LocalGroupsException {
  private final String text;
  private final List<String> suggestions;

  public UnknownPlaceException(String text, List<String> suggestions) {
    // "; " between suggestions: each one already has commas in it ("Kraków, Lesser Poland, Poland")
    super(
        Kind.NOT_FOUND,
        "No place called '"
            + text
            + "' is known"
            + (suggestions.isEmpty()
                ? "."
                : "; did you mean " + String.join("; ", suggestions) + "?"));
    this.text = text;
    this.suggestions = List.copyOf(suggestions);
  }

  /** The text that named no place, as given. */
  public String text() {
    return text;
  }

  public List<String> suggestions() {
    return suggestions;
  }
}

package org.localgroups.geo;

import java.util.List;
import org.localgroups.LocalGroupsException;

/** No place matches the text; carries the closest names we know, to suggest. */
public class UnknownPlaceException extends LocalGroupsException {
  private final List<String> suggestions;

  public UnknownPlaceException(String text, List<String> suggestions) {
    super(Kind.NOT_FOUND, "No place called '" + text + "' is known"
        + (suggestions.isEmpty() ? "." : "; did you mean " + String.join(", ", suggestions) + "?"));
    this.suggestions = List.copyOf(suggestions);
  }

  public List<String> suggestions() {
    return suggestions;
  }
}

package org.localgroups.cli;

import java.util.List;
import org.localgroups.LocalGroupsException;

/**
 * A failure with more to show than its one sentence: lines printed after the message (both versions
 * of a group an edit was refused on). Same kind, so the same exit code, as the failure it explains.
 */
final class Refusal extends LocalGroupsException {
  private final List<String> details;

  Refusal(LocalGroupsException failure, List<String> details) {
    super(failure.kind(), failure.getMessage(), failure);
    this.details = List.copyOf(details);
  }

  /** The lines to print after the message, indented as they are to be shown. */
  List<String> details() {
    return details;
  }
}

package org.localgroups.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localgroups.LocalGroupsException;

/**
 * The {@code --set field=value} options of {@code add} and {@code edit}, read into the fields they
 * set. A value may be empty ({@code --set description=} clears the description).
 */
record FieldSettings(Map<String, String> values) {
  /** The fields {@code --set} can set. */
  static final List<String> FIELDS = List.of("name", "description", "meeting", "founded", "status");

  FieldSettings {
    values = Map.copyOf(values);
  }

  /**
   * Reads {@code field=value} settings.
   *
   * @param allowed the fields this command sets so (add names the group otherwise)
   * @throws LocalGroupsException BAD_INPUT for a setting without "=", an unknown field or one set
   *     twice
   */
  static FieldSettings read(List<String> settings, List<String> allowed) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String setting : settings) {
      int eq = setting.indexOf('=');
      if (eq <= 0) {
        throw LocalGroupsException.badInput(
            "--set takes field=value (one of "
                + String.join(", ", allowed)
                + "), not '"
                + Text.shown(setting)
                + "'.");
      }
      String field = setting.substring(0, eq).strip();
      if (!allowed.contains(field)) {
        throw LocalGroupsException.badInput(
            "--set cannot set '"
                + Text.shown(field)
                + "'; it sets "
                + String.join(", ", allowed)
                + ".");
      }
      if (values.put(field, setting.substring(eq + 1)) != null) {
        throw LocalGroupsException.badInput("--set " + field + " is given twice.");
      }
    }
    return new FieldSettings(values);
  }

  Optional<String> get(String field) {
    return Optional.ofNullable(values.get(field));
  }

  /** The status, from {@code --set status=} or {@code --status}; refused when both say it. */
  Optional<String> status(Optional<String> option) {
    if (option.isPresent() && values.containsKey("status")) {
      throw LocalGroupsException.badInput("Give the status once: --status or --set status=.");
    }
    return option.or(() -> get("status"));
  }
}

package org.localgroups.curate;

import java.util.HashMap;
import java.util.Map;

/**
 * A change that {@link ChangeStream} acknowledged: one line of its output, read back.
 *
 * @param kind {@code edit} or {@code import}
 * @param changeSet the change set's id (0: an import that changed nothing)
 * @param revision the edit's revision (0 for an import)
 * @param group the edited group's id ("" for an import)
 * @param description the description the edit wrote ("" for an import)
 * @param run the import's run (0 for an edit)
 * @param revisions how many revisions the change set has
 */
record Ack(
    String kind,
    long changeSet,
    long revision,
    String group,
    String description,
    long run,
    int revisions) {

  boolean isImport() {
    return kind.equals("import");
  }

  /** The acknowledgement on a line, which must be one. */
  static Ack parse(String line) {
    String[] words = line.split(" ");
    if (words.length < 2 || !words[0].equals("ack")) {
      throw new IllegalArgumentException("not an acknowledgement: " + line);
    }
    Map<String, String> fields = new HashMap<>();
    for (int i = 2; i < words.length; i++) {
      String[] kv = words[i].split("=", 2);
      fields.put(kv[0], kv.length > 1 ? kv[1] : "");
    }
    return switch (words[1]) {
      case "edit" ->
          new Ack(
              "edit",
              number(fields, "cs", line),
              number(fields, "rev", line),
              text(fields, "group", line),
              text(fields, "desc", line),
              0,
              1);
      case "import" ->
          new Ack(
              "import",
              number(fields, "cs", line),
              0,
              "",
              "",
              number(fields, "run", line),
              (int) number(fields, "revisions", line));
      default -> throw new IllegalArgumentException("not an acknowledgement: " + line);
    };
  }

  private static String text(Map<String, String> fields, String key, String line) {
    String value = fields.get(key);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("no " + key + " in " + line);
    }
    return value;
  }

  private static long number(Map<String, String> fields, String key, String line) {
    return Long.parseLong(text(fields, key, line));
  }
}

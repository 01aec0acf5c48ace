package org.localgroups.revision;

import java.util.List;

/**
 * A field that was changed here and on the page since the last import, to different values: the
 * value made here is kept, and the import report lists the conflict on the group's lines.
 *
 * @param ref the entity
 * @param label its name for people
 * @param field the field ("description"), or "removed" when the page dropped an entity edited here
 *     (or changed one removed here)
 * @param base the value at the last import
 * @param local the value kept, made here
 * @param theirs the value the page has now
 * @param lines the page's lines of the entity (empty when the page no longer lists it)
 */
public record Conflict(
    EntityRef ref,
    String label,
    String field,
    String base,
    String local,
    String theirs,
    List<Integer> lines) {
  public Conflict {
    lines = List.copyOf(lines);
  }

  /** One sentence for the report. */
  public String describe() {
    return switch (field) {
      case "removed" ->
          "conflict: '"
              + label
              + "' "
              + local
              + " here, while the page "
              + theirs
              + "; kept as it is here";
      default ->
          "conflict: the "
              + field
              + " of '"
              + label
              + "' was changed here and on the page since the last"
              + " import; kept here: '"
              + abbreviate(local)
              + "', the page has: '"
              + abbreviate(theirs)
              + "'";
    };
  }

  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 80 ? one : one.substring(0, 77) + "...";
  }
}

package org.localgroups.web.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.curate.Editor;

/**
 * The body of {@code PATCH /api/groups/{slug}}: the fields to change, read strictly (an unknown
 * field, a number where text belongs, a null, a repeated field, anything after the object: each is
 * refused with a message naming it).
 */
record GroupPatch(
    @Nullable String name,
    @Nullable String description,
    @Nullable String meeting,
    @Nullable String status,
    @Nullable String founded,
    @Nullable List<String> addLinks,
    @Nullable List<String> removeLinks,
    @Nullable String moveTo,
    @Nullable String place,
    @Nullable String comment,
    @Nullable String author,
    @Nullable List<String> meetingRules) {

  /** The fields a body may have, as written in JSON. */
  static final List<String> FIELDS =
      List.of(
          "name",
          "description",
          "meeting",
          "status",
          "founded",
          "add_links",
          "remove_links",
          "move_to",
          "place",
          "comment",
          "author",
          "meeting_rules");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  /**
   * The patch in this body.
   *
   * @throws LocalGroupsException BAD_INPUT, saying what is wrong, for anything but one JSON object
   *     of the known fields, each a string (links: an array of strings), none null
   */
  static GroupPatch read(byte[] body) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw LocalGroupsException.badInput(
          "The body is not valid JSON: " + shown(e.getOriginalMessage()) + ".");
    } catch (IOException e) {
      throw LocalGroupsException.badInput("The body could not be read.");
    }
    if (tree == null || !tree.isObject()) {
      throw LocalGroupsException.badInput(
          "The body must be one JSON object of the fields to change.");
    }
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      check(field.getKey(), field.getValue());
    }
    try {
      return MAPPER.treeToValue(tree, GroupPatch.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a checked body always binds", e);
    }
  }

  private static void check(String field, JsonNode value) {
    if (!FIELDS.contains(field)) {
      throw LocalGroupsException.badInput(
          "Unknown field '"
              + shown(field)
              + "'; a change may set "
              + String.join(", ", FIELDS)
              + ".");
    }
    boolean list = field.endsWith("_links") || field.equals("meeting_rules");
    boolean fits =
        list
            ? value.isArray() && value.valueStream().allMatch(JsonNode::isTextual)
            : value.isTextual();
    if (!fits) {
      throw LocalGroupsException.badInput(
          "'"
              + field
              + "' must be "
              + (list
                  ? field.equals("meeting_rules")
                      ? "an array of strings (rules such as \"monthly, 2nd Thursday, 18:00\")"
                      : "an array of strings (links)"
                  : "a string")
              + ", not "
              + (value.isNull() ? "null" : value.getNodeType().name().toLowerCase(Locale.ROOT))
              + ".");
    }
  }

  /** What the fields set, for the editor. */
  Editor.GroupFields fields() {
    return new Editor.GroupFields(
        Optional.ofNullable(name),
        Optional.ofNullable(description),
        Optional.ofNullable(status),
        Optional.ofNullable(founded),
        Optional.ofNullable(meeting),
        Objects.requireNonNullElse(addLinks, List.of()),
        Objects.requireNonNullElse(removeLinks, List.of()),
        Optional.ofNullable(moveTo),
        Optional.ofNullable(place),
        Optional.ofNullable(meetingRules));
  }

  /** Who makes the change and why: an author is required. */
  Editor.Attribution attribution() {
    if (author == null) {
      throw LocalGroupsException.badInput(
          "Say who makes the change: 'author' is required (a name; there are no accounts yet).");
    }
    return new Editor.Attribution(author, Objects.requireNonNullElse(comment, ""));
  }

  /** Whether it sets any field of the group (an author and a comment alone change nothing). */
  boolean changesSomething() {
    return name != null
        || description != null
        || meeting != null
        || status != null
        || founded != null
        || (addLinks != null && !addLinks.isEmpty())
        || (removeLinks != null && !removeLinks.isEmpty())
        || moveTo != null
        || place != null
        || meetingRules != null;
  }

  private static String shown(@Nullable String text) {
    String t = Objects.requireNonNullElse(text, "").replaceAll("\\p{Cntrl}", "?");
    String one = t.lines().collect(Collectors.joining(" "));
    return one.length() <= 120 ? one : one.substring(0, 120) + "…";
  }
}

package org.localgroups.revision;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.localgroups.LocalGroupsException;

/**
 * An entity's state as the JSON a revision keeps: the state record's components in snake_case,
 * enums by name. Written once and read many times, so it is compact (no indentation) and unknown
 * fields are an error.
 */
public final class StateJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          // the records' components only: a method such as Link.isSharedSiteRoot() is not a field
          .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

  private StateJson() {}

  public static String write(EntityState state) {
    try {
      return MAPPER.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a state always has a JSON form", e);
    }
  }

  /**
   * The state of an entity of that kind from its JSON.
   *
   * @throws LocalGroupsException UNAVAILABLE when the stored JSON is not a state (a damaged
   *     database)
   */
  public static EntityState read(EntityKind kind, String json) {
    Class<? extends EntityState> type =
        switch (kind) {
          case GROUP -> GroupState.class;
          case REGION -> RegionState.class;
          case INTRO -> IntroState.class;
        };
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE,
          "A stored "
              + kind.id()
              + " revision cannot be read ("
              + e.getOriginalMessage()
              + "); the database may be"
              + " damaged: restore it from a backup.",
          e);
    }
  }
}

package org.localgroups.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.javalin.http.Context;
import org.localgroups.LocalGroupsException;

/** Writes API answers as JSON with snake_case names. */
public final class Json {
  public static final String JSON = "application/json; charset=utf-8";
  public static final String PROBLEM = "application/problem+json; charset=utf-8";
  public static final String GEOJSON = "application/geo+json; charset=utf-8";

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  public void write(Context ctx, Object value) {
    write(ctx, JSON, value);
  }

  public void write(Context ctx, String contentType, Object value) {
    ctx.contentType(contentType).result(bytes(value));
  }

  /** A value as JSON in UTF-8. */
  public byte[] bytes(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new LocalGroupsException(
          LocalGroupsException.Kind.UNAVAILABLE, "The answer could not be written.", e);
    }
  }
}

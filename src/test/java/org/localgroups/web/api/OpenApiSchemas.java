package org.localgroups.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Test helper: the schemas of our OpenAPI document (JSON Schema 2020-12, as OpenAPI 3.1 writes
 * them), to check the API's answers against what it documents.
 */
final class OpenApiSchemas {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNode DOCUMENT = read();

  private OpenApiSchemas() {}

  /** What is wrong with this JSON as the named component schema; empty when it conforms. */
  static List<Error> errors(String schema, JsonNode value) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$ref", "#/components/schemas/" + schema);
    root.set("components", DOCUMENT.path("components"));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(root.toString())
        .validate(value);
  }

  private static JsonNode read() {
    try (InputStream in = OpenApiSchemas.class.getResourceAsStream("/web/openapi.json")) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.localgroups.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document of the history API: its schemas hold, and they are strict enough to fail.
 */
class OpenApiSchemasTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode DOC = OpenApiSchemas.DOCUMENT;

  @Test
  void theHistorySchemasSayWhatIsRequired() {
    for (String name :
        List.of(
            "Group",
            "Moment",
            "Timeline",
            "FieldChange",
            "Revision",
            "HistoryPage",
            "Change",
            "ChangePage",
            "Version",
            "GroupPatch",
            "Problem")) {
      JsonNode s = DOC.path("components").path("schemas").path(name);
      assertThat(s.path("required").isArray()).as(name).isTrue();
      List<String> required = new ArrayList<>();
      s.path("required").forEach(r -> required.add(r.asText()));
      List<String> properties = new ArrayList<>();
      s.path("properties").fieldNames().forEachRemaining(properties::add);
      assertThat(properties).as(name).containsAll(required);
    }
  }

  @Test
  void everyNewOperationDocumentsItsRefusalsAsProblems() {
    JsonNode paths = DOC.path("paths");
    List<JsonNode> operations =
        List.of(
            paths.path("/api/groups/{slug}").path("get"),
            paths.path("/api/groups/{slug}").path("patch"),
            paths.path("/api/groups/{slug}/history").path("get"),
            paths.path("/api/changes").path("get"));
    for (JsonNode op : operations) {
      assertThat(op.isObject()).isTrue();
      List<String> codes = new ArrayList<>();
      op.path("responses").fieldNames().forEachRemaining(codes::add);
      assertThat(codes).as(op.path("operationId").asText()).anyMatch(c -> c.startsWith("4"));
      for (String code : codes) {
        if (code.startsWith("4")) {
          assertThat(
                  op.path("responses")
                      .path(code)
                      .path("content")
                      .path("application/problem+json")
                      .path("schema")
                      .path("$ref")
                      .asText())
              .as(op.path("operationId").asText() + " " + code)
              .isEqualTo("#/components/schemas/Problem");
        }
      }
    }
    assertThat(paths.path("/api/groups/{slug}").path("patch").path("responses").fieldNames())
        .toIterable()
        .contains("400", "401", "403", "404", "412", "413", "415", "428");
    assertThat(
            paths
                .path("/api/groups/{slug}")
                .path("patch")
                .path("parameters")
                .findValuesAsText("name"))
        .contains("If-Match");
  }

  @Test
  void theValidatorRefusesWhatDoesNotConform() throws Exception {
    String moment = "{\"revision\":3,\"at\":\"2026-12-07T14:00:00Z\",\"author\":\"ana\"}";
    assertThat(OpenApiSchemas.errors("Moment", JSON.readTree(moment))).isEmpty();
    assertThat(OpenApiSchemas.errors("Moment", JSON.readTree("{\"revision\":3,\"at\":\"x\"}")))
        .isNotEmpty();
    assertThat(
            OpenApiSchemas.errors(
                "Moment", JSON.readTree("{\"revision\":\"3\",\"at\":\"x\",\"author\":\"a\"}")))
        .isNotEmpty();
    assertThat(
            OpenApiSchemas.errors(
                "HistoryPage",
                JSON.readTree("{\"slug\":\"a\",\"name\":\"A\",\"total\":0,\"items\":[]}")))
        .as("next is required, null on the last page")
        .isNotEmpty();
    assertThat(
            OpenApiSchemas.errors(
                "GroupPatch", JSON.readTree("{\"author\":\"a\",\"slug\":\"elsewhere\"}")))
        .isNotEmpty();
  }
}

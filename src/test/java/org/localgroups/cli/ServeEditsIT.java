package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.web.WebConfig;
import picocli.CommandLine;

/**
 * {@code serve --edit-token-file}: the whole application over the seeded SQLite database takes an
 * edit through the API from a client with the token, and none from one without.
 */
class ServeEditsIT {
  private static final String TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theTokenFileTurnsEditingThroughTheApiOn(@TempDir Path data, @TempDir Path secrets)
      throws Exception {
    Path tokenFile = secrets.resolve("edit-token");
    Files.writeString(tokenFile, TOKEN + "\n");
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--edit-token-file", tokenFile.toString());
    try (LocalGroupsServer server =
        LocalGroupsServer.start(
            data,
            "",
            "127.0.0.1",
            0,
            WebConfig.defaults(),
            LocalGroupsServer.Options.defaults().withToken(serve.editToken()))) {
      String base = "http://127.0.0.1:" + server.port();
      String slug =
          JSON.readTree(
                  send(HttpRequest.newBuilder(URI.create(base + "/api/groups?per_page=1"))).body())
              .path("items")
              .get(0)
              .path("slug")
              .asText();
      var group = send(HttpRequest.newBuilder(URI.create(base + "/api/groups/" + slug)));
      String etag = group.headers().firstValue("ETag").orElseThrow();
      assertThat(etag).matches("\"r\\d+\"");

      HttpRequest.Builder edit =
          HttpRequest.newBuilder(URI.create(base + "/api/groups/" + slug))
              .method(
                  "PATCH",
                  HttpRequest.BodyPublishers.ofString(
                      "{\"meeting\":\"the first Monday of the month\",\"author\":\"ana\"}"))
              .header("Content-Type", "application/json")
              .header("If-Match", etag);
      assertThat(send(edit).statusCode()).isEqualTo(401);
      var done = send(edit.header("Authorization", "Bearer " + TOKEN));
      assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
      assertThat(done.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);

      JsonNode newest =
          JSON.readTree(
                  send(HttpRequest.newBuilder(
                          URI.create(base + "/api/groups/" + slug + "/history")))
                      .body())
              .path("items")
              .get(0);
      assertThat(newest.path("kind").asText()).isEqualTo("edit");
      assertThat(newest.path("author").asText()).isEqualTo("ana");
      assertThat(newest.path("changes").get(0).path("after").asText())
          .isEqualTo("the first Monday of the month");
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}

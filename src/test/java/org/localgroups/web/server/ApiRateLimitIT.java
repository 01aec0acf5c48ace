package org.localgroups.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.localgroups.web.Fixtures;
import org.localgroups.web.WebConfig;

/**
 * The attack: a burst of API requests from one address, beyond the limit, on a real server whose
 * limit includes loopback (the only address a test can send from).
 */
class ApiRateLimitIT {
  private final HttpClient http = HttpClient.newHttpClient();
  private Javalin app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop();
    }
  }

  private String start(ApiRateLimit rate) {
    app =
        WebApp.create(Fixtures.services(), WebConfig.defaults(), ClientLimits.defaults(), rate)
            .start("127.0.0.1", 0);
    return "http://127.0.0.1:" + app.port();
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aBurstBeyondTheLimitGets429WithHeadersAndAProblem() throws Exception {
    String base = start(new ApiRateLimit(5, Duration.ofMinutes(1), true));
    for (int i = 1; i <= 5; i++) {
      HttpResponse<String> ok = get(base + "/api/groups/pykrakow");
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.headers().firstValue("RateLimit-Limit")).hasValue("5");
      assertThat(ok.headers().firstValue("RateLimit-Remaining")).hasValue(Integer.toString(5 - i));
      assertThat(ok.headers().firstValue("RateLimit-Policy")).hasValue("5;w=60");
    }
    HttpResponse<String> refused = get(base + "/api/groups/pykrakow");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 12L); // one of 5 tokens refills in 12 s
    assertThat(Long.parseLong(refused.headers().firstValue("RateLimit-Reset").orElseThrow()))
        .isBetween(1L, 60L);
    JsonNode problem = new ObjectMapper().readTree(refused.body());
    assertThat(problem.path("type").asText()).isEqualTo("/problems/too-many-requests");
    assertThat(problem.path("status").asInt()).isEqualTo(429);
    assertThat(problem.path("detail").asText()).contains("at most 5 every 60 seconds");
    // the explanation of the problem is there, and pages are not limited
    assertThat(get(base + "/problems/too-many-requests").statusCode()).isEqualTo(200);
    assertThat(get(base + "/groups/pykrakow").statusCode()).isEqualTo(200);
  }

  @Test
  void loopbackIsNotLimitedByDefault() throws Exception {
    String base = start(new ApiRateLimit(2, Duration.ofMinutes(1), false));
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> ok = get(base + "/api/regions");
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.headers().firstValue("RateLimit-Limit")).isEmpty();
    }
    assertThat(ApiRateLimit.defaults().limitLoopback()).isFalse();
  }

  @Test
  void offMeansNoLimit() throws Exception {
    String base = start(ApiRateLimit.off().withLoopback(true));
    for (int i = 0; i < 6; i++) {
      assertThat(get(base + "/api/regions").statusCode()).isEqualTo(200);
    }
  }
}

package org.localgroups.web.server;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Behind a reverse proxy on this machine ({@code serve --behind-proxy}) the proxy's headers say who
 * the client is; without it, or from anyone but loopback, they are a client's lie and are ignored.
 * The attack: a client that names itself a new address on every request to escape its rate limit.
 */
class LocalProxyIT {
  private final HttpClient http = HttpClient.newHttpClient();
  private Javalin app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop();
    }
  }

  private String start(boolean behindProxy, ApiRateLimit rate) {
    app =
        WebApp.create(
                Fixtures.services(),
                WebConfig.defaults(),
                ClientLimits.defaults().withLocalProxy(behindProxy),
                rate)
            .start("127.0.0.1", 0);
    return "http://127.0.0.1:" + app.port();
  }

  private HttpResponse<String> get(String url, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withoutTheProxySettingAForgedForwardedForChangesNothing() throws Exception {
    String base = start(false, new ApiRateLimit(3, Duration.ofMinutes(1), true));
    for (int i = 1; i <= 3; i++) {
      assertThat(
              get(base + "/api/groups/pykrakow", "X-Forwarded-For", "203.0.113." + i).statusCode())
          .isEqualTo(200);
    }
    HttpResponse<String> fourth =
        get(
            base + "/api/groups/pykrakow",
            "X-Forwarded-For",
            "203.0.113.4",
            "Forwarded",
            "for=198.51.100.9");
    assertThat(fourth.statusCode())
        .as("every forged address counts against the real one")
        .isEqualTo(429);
    // nor do forged scheme and host reach the absolute links
    app.stop();
    start(false, ApiRateLimit.off());
    String ics =
        get(
                "http://127.0.0.1:" + app.port() + "/groups/pykrakow.ics",
                "X-Forwarded-Proto",
                "https",
                "X-Forwarded-Host",
                "evil.example")
            .body();
    assertThat(ics).doesNotContain("evil.example").doesNotContain("https://");
  }

  @Test
  void behindTheProxyEachForwardedClientHasItsOwnLimitAndLinksAreHttps() throws Exception {
    // loopback itself is not limited (the default): the limit falls on the clients it forwards for
    String base = start(true, new ApiRateLimit(3, Duration.ofMinutes(1), false));
    for (int i = 1; i <= 3; i++) {
      HttpResponse<String> r =
          get(base + "/api/groups/pykrakow", "X-Forwarded-For", "198.51.100.7");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("RateLimit-Remaining")).hasValue(Integer.toString(3 - i));
    }
    assertThat(get(base + "/api/groups/pykrakow", "X-Forwarded-For", "198.51.100.7").statusCode())
        .isEqualTo(429);
    assertThat(get(base + "/api/groups/pykrakow", "X-Forwarded-For", "198.51.100.8").statusCode())
        .as("another client behind the proxy")
        .isEqualTo(200);
    assertThat(get(base + "/api/groups/pykrakow").statusCode())
        .as("the proxy's own requests (health checks)")
        .isEqualTo(200);

    String ics =
        get(
                base + "/groups/pykrakow.ics",
                "X-Forwarded-Proto",
                "https",
                "X-Forwarded-Host",
                "groups.example.org")
            .body();
    assertThat(ics.replace("\r\n ", "")).contains("https://groups.example.org/groups/pykrakow");
  }
}

package org.localgroups.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localgroups.web.errors.HttpProblem;

/**
 * The attack: a POST forged by another site, which can make the browser send its cookies but cannot
 * read the token. A real server, a form, and a counter of changes that must stay put.
 */
class CsrfTest {
  private static final Pattern SET_COOKIE = Pattern.compile(Csrf.COOKIE + "=([^;]+)");
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger changes = new AtomicInteger();
  private Javalin app;
  private String base;

  @BeforeEach
  void start() {
    app =
        Javalin.create(
                c -> {
                  c.startup.showJavalinBanner = false;
                  c.routes.get("/form", ctx -> ctx.result(Csrf.token(ctx)));
                  c.routes.post(
                      "/change",
                      ctx -> {
                        Csrf.verify(ctx);
                        changes.incrementAndGet();
                        ctx.result("changed");
                      });
                  c.routes.exception(
                      HttpProblem.class,
                      (e, ctx) -> ctx.status(e.status()).result(e.type() + ": " + e.getMessage()));
                })
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  private record Form(String token, String cookie) {}

  private Form openForm(String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/form"));
    if (cookie != null) {
      b.header("Cookie", Csrf.COOKIE + "=" + cookie);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    String set = r.headers().firstValue("Set-Cookie").orElse("");
    Matcher m = SET_COOKIE.matcher(set);
    return new Form(r.body(), m.find() ? m.group(1) : cookie);
  }

  private HttpResponse<String> post(String cookie, String field, String origin) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/change"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    field == null ? "name=x" : "name=x&" + Csrf.FIELD + "=" + field));
    if (cookie != null) {
      b.header("Cookie", Csrf.COOKIE + "=" + cookie);
    }
    if (origin != null) {
      b.header("Origin", origin);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theFormSetsAStrictHttpOnlyCookieHoldingItsToken() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/form")).build(),
            HttpResponse.BodyHandlers.ofString());
    String set = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(set).contains(Csrf.COOKIE + "=" + r.body()).contains("HttpOnly");
    assertThat(set.toLowerCase()).contains("samesite=strict");
    assertThat(r.body()).hasSize(43);
  }

  @Test
  void aFormOpenedAgainKeepsTheVisitorsToken() throws Exception {
    Form first = openForm(null);
    assertThat(openForm(first.cookie()).token()).isEqualTo(first.token());
    assertThat(openForm(null).token()).isNotEqualTo(first.token());
  }

  @Test
  void theRightTokenFromThisSiteIsTaken() throws Exception {
    Form f = openForm(null);
    assertThat(post(f.cookie(), f.token(), null).statusCode()).isEqualTo(200);
    assertThat(post(f.cookie(), f.token(), base).statusCode()).isEqualTo(200);
    assertThat(changes.get()).isEqualTo(2);
  }

  @Test
  void forgedPostsAreRefusedAndChangeNothing() throws Exception {
    Form f = openForm(null);
    Form other = openForm(null);
    // no token at all; the cookie without the field; a field without the cookie; another
    // visitor's token; a token that is not one; the right pair sent from another site
    assertThat(post(null, null, null).statusCode()).isEqualTo(403);
    assertThat(post(f.cookie(), null, null).statusCode()).isEqualTo(403);
    assertThat(post(null, f.token(), null).statusCode()).isEqualTo(403);
    assertThat(post(f.cookie(), other.token(), null).statusCode()).isEqualTo(403);
    assertThat(post("x", "x", null).statusCode()).isEqualTo(403);
    HttpResponse<String> crossSite = post(f.cookie(), f.token(), "https://evil.example");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(crossSite.body()).startsWith("csrf: ").contains("another site");
    assertThat(changes.get()).isZero();
  }
}

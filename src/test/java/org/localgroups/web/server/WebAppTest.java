package org.localgroups.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.localgroups.web.WebConfig;

/** The site's Content-Security-Policy and the tile server it may allow. */
class WebAppTest {
  @Test
  void tileHostGoesIntoTheContentSecurityPolicy() {
    assertThat(WebConfig.defaults().tileSource()).isEmpty();
    assertThat(WebApp.contentSecurityPolicy(WebConfig.defaults()))
        .contains("img-src 'self' data:;")
        .doesNotContain("http");
    WebConfig tiles =
        WebConfig.defaults()
            .withTiles("https://{s}.tiles.example.org/{z}/{x}/{y}.png", "© Example");
    assertThat(tiles.tileSource()).isEqualTo("https://*.tiles.example.org");
    assertThat(
            WebConfig.defaults()
                .withTiles("http://localhost:8080/tiles/{z}/{x}/{y}.png", "")
                .tileSource())
        .isEqualTo("http://localhost:8080");
    assertThatThrownBy(() -> WebConfig.defaults().withTiles("javascript:alert(1)", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> WebConfig.defaults().withTiles("https://evil.example; script-src *", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetsTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theHashChangesWhenTheBytesChangeAndOnlyThen() {
    Assets before = new Assets(Map.of("site.css", bytes("body { color: black }")));
    Assets same = new Assets(Map.of("site.css", bytes("body { color: black }")));
    Assets after = new Assets(Map.of("site.css", bytes("body { color: navy }")));
    assertThat(before.url("site.css"))
        .matches("/static/site\\.[0-9a-f]{10}\\.css")
        .isEqualTo(same.url("site.css"))
        .isNotEqualTo(after.url("site.css"));
    // SHA-256 of "abc", first ten hex digits (FIPS 180-2 test vector)
    assertThat(Assets.hashOf(bytes("abc"))).isEqualTo("ba7816bf8f");
  }

  @Test
  void theHashGoesBeforeTheLastExtensionOrAtTheEnd() {
    assertThat(Assets.hashedName("vendor/topojson-client/topojson-client.min.js", "0123456789"))
        .isEqualTo("vendor/topojson-client/topojson-client.min.0123456789.js");
    assertThat(Assets.hashedName("vendor/leaflet/LICENSE", "0123456789"))
        .isEqualTo("vendor/leaflet/LICENSE.0123456789");
    assertThat(Assets.hashedName("a.b/c", "0123456789")).isEqualTo("a.b/c.0123456789");
  }

  @Test
  void findsPlainCurrentAndOutdatedAddresses() {
    Assets assets =
        new Assets(
            Map.of(
                "vendor/leaflet/leaflet.js", bytes("L"), "vendor/leaflet/LICENSE", bytes("BSD")));
    String hash = Assets.hashOf(bytes("L"));

    Assets.Lookup plain = assets.find("vendor/leaflet/leaflet.js").orElseThrow();
    assertThat(plain.hashed()).isFalse();
    assertThat(plain.current()).isTrue();

    Assets.Lookup current = assets.find("vendor/leaflet/leaflet." + hash + ".js").orElseThrow();
    assertThat(current.hashed()).isTrue();
    assertThat(current.current()).isTrue();
    assertThat(current.asset().contentType()).isEqualTo("text/javascript; charset=utf-8");

    Assets.Lookup outdated = assets.find("vendor/leaflet/leaflet.0000000000.js").orElseThrow();
    assertThat(outdated.hashed()).isTrue();
    assertThat(outdated.current()).isFalse();

    String licence = Assets.hashOf(bytes("BSD"));
    assertThat(assets.find("vendor/leaflet/LICENSE." + licence).orElseThrow().current()).isTrue();

    assertThat(assets.find("vendor/leaflet/other.js")).isEmpty();
    assertThat(assets.find("vendor/leaflet/other." + hash + ".js")).isEmpty();
    assertThat(assets.find("../pom.xml")).isEmpty();
  }

  @Test
  void aTemplateNamingAMissingFileFailsLoudly() {
    Assets assets = new Assets(Map.of("site.css", bytes("")));
    assertThatThrownBy(() -> assets.url("sit.css"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sit.css");
  }

  @Test
  void theClasspathHoldsTheStaticFilesTheTemplatesName() {
    Assets assets = Assets.fromClasspath();
    for (String file :
        new String[] {
          "site.css",
          "no-js.css",
          "app.js",
          "map.js",
          "favicon.svg",
          "icons.svg",
          "vendor/leaflet/leaflet.js",
          "vendor/leaflet/leaflet.css",
          "vendor/world-atlas/countries-110m.json",
          "vendor/world-atlas/countries-50m.json"
        }) {
      String url = assets.url(file);
      Assets.Lookup l = assets.find(url.substring("/static/".length())).orElseThrow();
      assertThat(l.current()).as(file).isTrue();
      assertThat(l.asset().bytes()).as(file).isNotEmpty();
    }
    assertThat(assets.find("site.css").orElseThrow().asset().contentType())
        .isEqualTo("text/css; charset=utf-8");
  }
}

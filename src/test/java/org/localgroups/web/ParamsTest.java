package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.GroupStatus;

/** Request parameters: defaults, limits, and a clear refusal of anything else. */
class ParamsTest {
  @Test
  void aFlagIsOneOrZero() {
    assertThat(Params.flag(null, "bom")).isFalse();
    assertThat(Params.flag("0", "bom")).isFalse();
    assertThat(Params.flag("false", "bom")).isFalse();
    assertThat(Params.flag("1", "bom")).isTrue();
    assertThat(Params.flag("true", "bom")).isTrue();
    assertThatThrownBy(() -> Params.flag("yes", "bom"))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessage("The parameter 'bom' is 1 or 0 (true or false), not 'yes'.");
  }

  @Test
  void parametersHaveDefaultsAndLimits() {
    assertThat(Params.k(null)).isEqualTo(10);
    assertThat(Params.k("100")).isEqualTo(100);
    assertThat(Params.radiusKm(null)).isEqualTo(150.0);
    assertThat(Params.radiusKm("0")).isEqualTo(0.0);
    assertThat(Params.point("-90", " 180 ")).isEqualTo(new Params.ByPoint(-90, 180));
    assertThat(Params.perPage(null)).isEqualTo(20);
    assertThat(Params.status("Defunct")).contains(GroupStatus.DEFUNCT);
    assertThat(Params.status("")).isEmpty();
    assertThat(Params.country("pl")).isEqualTo("PL");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "k=0",
        "k=101",
        "k=1.5",
        "k=-1",
        "radius=-1",
        "radius=NaN",
        "radius=Infinity",
        "radius=20039",
        "lat=90.0001",
        "lat=0x1p3",
        "lat=1,5",
        "lon=-181",
        "lon=",
        "perPage=0",
        "perPage=101",
        "page=0",
        "status=zombie",
        "country=POL"
      })
  void badParametersAreBadInput(String spec) {
    String name = spec.substring(0, spec.indexOf('='));
    String value = spec.substring(spec.indexOf('=') + 1);
    Runnable call =
        switch (name) {
          case "k" -> () -> Params.k(value);
          case "radius" -> () -> Params.radiusKm(value);
          case "lat" -> () -> Params.point(value, "0");
          case "lon" -> () -> Params.point("0", value);
          case "perPage" -> () -> Params.perPage(value);
          case "page" -> () -> Params.page(value);
          case "status" -> () -> Params.status(value);
          default -> () -> Params.country(value);
        };
    assertThatThrownBy(call::run)
        .isInstanceOf(LocalGroupsException.class)
        .extracting(e -> ((LocalGroupsException) e).kind())
        .isEqualTo(LocalGroupsException.Kind.BAD_INPUT);
  }

  @Test
  void longQueryStringsAndTextAreRefused() {
    Params.checkQueryStringSize("q=" + "a".repeat(2046));
    assertThatThrownBy(() -> Params.checkQueryStringSize("q=" + "a".repeat(2047)))
        .hasMessageContaining("too long");
    assertThatThrownBy(() -> Params.text("x".repeat(201), "q"))
        .hasMessage("q is too long (201 characters; at most 200).");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/groups/pykonik",
        "/groups/krak%C3%B3w",
        "/groups/kraków",
        "/regions/a%2Fb",
        "/api/export/json",
        "/%2e%2e",
        "/%F0%9F%90%8D",
        "/a+b"
      })
  void wellFormedPathsHaveNoProblem(String path) {
    assertThat(Params.pathProblem(path)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/groups/%u0041",
        "/groups/%",
        "/groups/%4",
        "/groups/%zz",
        "/groups/%C0%AF",
        "/groups/%E0%80%AF",
        "/groups/%ED%A0%80",
        "/groups/%F4%90%80%80",
        "/groups/%FF",
        "/groups/%C3",
        "/groups/%00",
        "/groups/a%0Ab",
        "/groups/%7F"
      })
  void undecodablePathsAreNamed(String path) {
    assertThat(Params.pathProblem(path)).isNotEmpty();
  }

  @Test
  void pathsInLogLinesArePrintableAndShort() {
    assertThat(Params.forLog("/a b\u001b[31m\n")).isEqualTo("/a?b?[31m?");
    assertThat(Params.forLog("/" + "x".repeat(500))).hasSize(203).endsWith("...");
  }

  @Test
  void revisionsAreWholeNumbersFromOne() {
    assertThat(Params.revision(null, "before")).isZero();
    assertThat(Params.revision(" ", "before")).isZero();
    assertThat(Params.revision(" 42 ", "before")).isEqualTo(42);
    for (String bad : new String[] {"abc", "0", "-3", "1.5", "1e3", "9".repeat(19)}) {
      assertThatThrownBy(() -> Params.revision(bad, "before"))
          .as(bad)
          .isInstanceOf(LocalGroupsException.class)
          .hasMessageStartingWith("before must be a revision number");
    }
  }

  @Test
  void aRadiusIsNamedAsItsParameter() {
    assertThat(Params.radiusKm(null, "km")).isEqualTo(Params.DEFAULT_RADIUS_KM);
    assertThatThrownBy(() -> Params.radiusKm("-1", "km"))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageStartingWith("km must be between 0 and 20038 km");
  }
}

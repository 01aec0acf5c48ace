package org.localgroups.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.LocalGroupsException;

class ExportFormatTest {
  @ParameterizedTest
  @CsvSource({
    "moin, MOIN",
    "MoinMoin, MOIN",
    "wiki, MOIN",
    "WIKI, MOIN",
    "markdown, MARKDOWN",
    "md, MARKDOWN",
    "MD, MARKDOWN",
    "json, JSON",
    "Json, JSON",
    "csv, CSV",
    "CSV, CSV",
    "geojson, GEOJSON",
    "GeoJSON, GEOJSON",
    "' csv ', CSV"
  })
  void parsesNamesAndAliasesInAnyCase(String name, ExportFormat expected) {
    assertThat(ExportFormat.parse(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "xml", "geo-json", "markdownx", "html"})
  void refusesUnknownNamesListingTheKnownOnes(String name) {
    assertThatThrownBy(() -> ExportFormat.parse(name))
        .isInstanceOfSatisfying(
            LocalGroupsException.class,
            e -> assertThat(e.kind()).isEqualTo(LocalGroupsException.Kind.BAD_INPUT))
        .hasMessageContaining("'" + name + "'")
        .hasMessageContaining("moin, markdown, json, csv, geojson");
  }

  @Test
  void everyFormatHasAMediaTypeAndExtension() {
    assertThat(ExportFormat.JSON.mediaType()).isEqualTo("application/json");
    assertThat(ExportFormat.GEOJSON.mediaType()).isEqualTo("application/geo+json");
    assertThat(ExportFormat.CSV.mediaType()).startsWith("text/csv");
    assertThat(ExportFormat.MARKDOWN.mediaType()).startsWith("text/markdown");
    assertThat(ExportFormat.MOIN.mediaType()).startsWith("text/plain");
    assertThat(ExportFormat.MARKDOWN.fileExtension()).isEqualTo("md");
    assertThat(ExportFormat.GEOJSON.fileExtension()).isEqualTo("geojson");
    for (ExportFormat f : ExportFormat.values()) {
      assertThat(ExportFormat.parse(f.fileExtension())).isEqualTo(f);
    }
  }
}

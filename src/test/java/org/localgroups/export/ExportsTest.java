package org.localgroups.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.localgroups.LocalGroupsException;

class ExportsTest {
  @Test
  void jsonCsvAndGeoJsonAreAvailable() {
    assertThat(Exports.available())
        .isEqualTo(EnumSet.of(ExportFormat.JSON, ExportFormat.CSV, ExportFormat.GEOJSON));
  }

  @ParameterizedTest
  @EnumSource(value = ExportFormat.class, names = {"MOIN", "MARKDOWN"})
  void pageFormatsAreNotYetAvailable(ExportFormat format) {
    assertThatThrownBy(() -> Exports.writer(format))
        .isInstanceOfSatisfying(LocalGroupsException.class,
            e -> assertThat(e.kind()).isEqualTo(LocalGroupsException.Kind.BAD_INPUT))
        .hasMessageContaining("not yet available")
        .hasMessageContaining("json, csv, geojson");
  }

  @ParameterizedTest
  @EnumSource(value = ExportFormat.class, names = {"JSON", "CSV", "GEOJSON"})
  void writersFlushButLeaveTheWriterOpen(ExportFormat format) throws IOException {
    CloseWatchingWriter out = new CloseWatchingWriter();
    Exports.writer(format).write(SampleDirectory.directory(), out);
    assertThat(out.closed).isFalse();
    assertThat(out.toString()).isNotEmpty().isEqualTo(
        Exports.render(SampleDirectory.directory(), format));
  }

  @ParameterizedTest
  @EnumSource(value = ExportFormat.class, names = {"JSON", "CSV", "GEOJSON"})
  void outputIsDeterministic(ExportFormat format) {
    assertThat(Exports.render(SampleDirectory.directory(), format))
        .isEqualTo(Exports.render(SampleDirectory.directory(), format));
  }

  private static final class CloseWatchingWriter extends StringWriter {
    boolean closed;

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}

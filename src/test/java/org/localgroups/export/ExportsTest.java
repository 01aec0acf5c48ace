package org.localgroups.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportsTest {
  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"MOIN", "MARKDOWN", "JSON", "CSV", "GEOJSON"})
  void writersFlushButLeaveTheWriterOpen(ExportFormat format) throws IOException {
    CloseWatchingWriter out = new CloseWatchingWriter();
    Exports.writer(format).write(SampleDirectory.directory(), out);
    assertThat(out.closed).isFalse();
    assertThat(out.toString())
        .isNotEmpty()
        .isEqualTo(Exports.render(SampleDirectory.directory(), format));
  }

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"MOIN", "MARKDOWN", "JSON", "CSV", "GEOJSON"})
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

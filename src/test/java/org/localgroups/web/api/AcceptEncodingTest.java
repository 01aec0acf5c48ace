package org.localgroups.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Accept-Encoding headers get the export gzipped. */
class AcceptEncodingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "gzip | true",
        "gzip, deflate, br, zstd | true",
        "br;q=1.0, gzip;q=0.8, *;q=0.1 | true",
        "GZIP | true",
        "x-gzip | true",
        "* | true",
        "gzip;q=0 | false",
        "*, gzip;q=0 | false",
        "gzip;q=0.000 | false",
        "*;q=0 | false",
        "identity | false",
        "br | false",
        "gzip;q=x | false",
        "'' | false"
      })
  void gzipOnlyWhenTaken(String header, boolean gzip) {
    assertThat(AcceptEncoding.takesGzip(header)).as(header).isEqualTo(gzip);
  }
}

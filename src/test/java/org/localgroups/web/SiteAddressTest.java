package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only a host name or address (with a port) from the Host header goes into webcal: links. */
class SiteAddressTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      example.org                        | example.org
      localgroups.example.org:8080       | localgroups.example.org:8080
      127.0.0.1:7070                     | 127.0.0.1:7070
      [::1]:8080                         | [::1]:8080
      evil.org"><script>alert(1)</script> | localhost
      evil.org/path                      | localhost
      user@evil.org                      | localhost
      ''                                 | localhost
      """)
  void echoesOnlyAHost(String header, String expected) {
    assertThat(SiteAddress.host(header)).isEqualTo(expected);
  }
}

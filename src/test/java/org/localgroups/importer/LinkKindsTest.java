package org.localgroups.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.localgroups.directory.LinkKind;

class LinkKindsTest {

  @Test
  void readsWhatALinkIsFromTheHeadOfItsLabelNotFromClausesDescribingIt() {
    assertThat(
            LinkKinds.of(
                "http://www.python.de/",
                "German Python Site containing links to the most important"
                    + " German Python sites and mailing lists."))
        .isEqualTo(LinkKind.WEBSITE);
    assertThat(
            LinkKinds.of(
                "http://pydev.ru", "Russian Python Site contains forums for discussing Python"))
        .isEqualTo(LinkKind.WEBSITE);
    assertThat(LinkKinds.of("http://example.org/list", "Mailing list with archives"))
        .isEqualTo(LinkKind.MAILING_LIST);
    assertThat(LinkKinds.of("mailto:x@example.org", "mailing list"))
        .isEqualTo(LinkKind.MAILING_LIST);
    assertThat(LinkKinds.of("mailto:x@example.org", "")).isEqualTo(LinkKind.EMAIL);
  }
}

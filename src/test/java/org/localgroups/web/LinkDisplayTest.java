package org.localgroups.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;

class LinkDisplayTest {
  @Test
  void showsAnUnlabelledLinkAsItsShortAddress() {
    assertThat(Views.link(new Link(LinkKind.WEBSITE, "http://www.pykonik.org/", "", "http://www.pykonik.org/")).text())
        .isEqualTo("pykonik.org");
    assertThat(Views.link(new Link(LinkKind.MAILING_LIST, "mailto:jamaicanpy@zope.com.jm?Subject=subscribe", "",
        "mailto:jamaicanpy@zope.com.jm?Subject=subscribe")).text()).isEqualTo("jamaicanpy@zope.com.jm");
  }

  @Test
  void showsAnObfuscatedAddressAsTheAddressItMeans() {
    LinkView view = Views.link(new Link(LinkKind.EMAIL, "mailto:pythonkhmer@google.com", "", "pythonkhmer[at]google[dot]com"));
    assertThat(view.text()).isEqualTo("pythonkhmer@google.com");
    assertThat(view.href()).isEqualTo("mailto:pythonkhmer@google.com");
  }

  @Test
  void keepsAWrittenLabel() {
    assertThat(Views.link(new Link(LinkKind.MAILING_LIST, "http://groups.google.com/group/sydneypython/", "our maillist",
        "http://groups.google.com/group/sydneypython/")).text()).isEqualTo("our maillist");
  }
}

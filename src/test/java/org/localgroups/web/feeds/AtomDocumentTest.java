package org.localgroups.web.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class AtomDocumentTest {
  private static final String HOSTILE = "a\u0000b\u0007c\uFFFE<d>&\"e\" \uD800 ]]> 🐍";

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void leavesOutWhatXmlCannotCarryAndKeepsTheRest() {
    assertThat(AtomDocument.clean(HOSTILE)).isEqualTo("abc<d>&\"e\"  ]]> 🐍");
    assertThat(AtomDocument.clean("tab\tline\nreturn\r")).isEqualTo("tab\tline\nreturn\r");
  }

  @Test
  void hostileTextMakesAWellFormedFeedThatReadsBackAsWritten() throws Exception {
    Instant at = Instant.parse("2026-12-07T10:15:30Z");
    String xml =
        new AtomDocument(
                "http://localhost/changes.atom",
                HOSTILE,
                at,
                HOSTILE,
                "http://localhost/changes.atom?author=%3C",
                "http://localhost/changes?a=1&b=2",
                "",
                List.of(
                    new AtomDocument.Entry(
                        "http://localhost/revisions/7",
                        HOSTILE,
                        at,
                        HOSTILE,
                        "http://localhost/groups/x/diff?from=1&to=7",
                        HOSTILE)))
            .render();
    assertThat(xml).doesNotContain("<d>").contains("&lt;d&gt;&amp;");
    Document doc = parse(xml);
    String clean = AtomDocument.clean(HOSTILE);
    assertThat(
            doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
                .item(0)
                .getTextContent())
        .isEqualTo(clean);
    assertThat(
            doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary")
                .item(0)
                .getTextContent())
        .isEqualTo(clean);
    assertThat(
            doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated")
                .item(0)
                .getTextContent())
        .isEqualTo("2026-12-07T10:15:30Z");
    assertThat(
            doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link")
                .item(1)
                .getAttributes()
                .getNamedItem("href")
                .getNodeValue())
        .isEqualTo("http://localhost/changes?a=1&b=2");
  }
}

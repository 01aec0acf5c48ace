package org.localgroups.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.Directory;
import org.localgroups.web.FixtureDirectory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SiteFilesTest {
  @Test
  void theSitemapListsTheSitesPagesEveryRegionAndEveryGroup() throws Exception {
    Directory d = FixtureDirectory.directory();
    String xml = SiteFiles.sitemap("https://groups.example", d);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
    NodeList locs = doc.getElementsByTagNameNS("*", "loc");
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      urls.add(locs.item(i).getTextContent());
    }
    assertThat(urls).hasSize(4 + d.regions().size() + d.groups().size());
    assertThat(urls)
        .startsWith("https://groups.example/", "https://groups.example/regions")
        .contains(
            "https://groups.example/groups/pykrakow",
            "https://groups.example/regions/usa-california")
        .allMatch(u -> u.startsWith("https://groups.example/"));
  }

  @Test
  void robotsKeepCrawlersToThePagesAndNameTheSitemap() {
    assertThat(SiteFiles.robots("http://localhost:8080"))
        .contains("Disallow: /api/\n")
        .contains("Disallow: /near\n")
        .endsWith("Sitemap: http://localhost:8080/sitemap.xml\n");
  }
}

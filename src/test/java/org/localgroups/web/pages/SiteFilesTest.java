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
  void aSitemapTooLongForOneFileIsAnIndexOfFilesThatListEveryAddressOnce() throws Exception {
    Directory d = FixtureDirectory.directory();
    String site = "https://groups.example";
    int total = 4 + d.regions().size() + d.groups().size();
    int perFile = 7;
    List<String> index = locs(SiteFiles.sitemap(site, d, perFile), "sitemapindex");
    int parts = (total + perFile - 1) / perFile;
    assertThat(index)
        .hasSize(parts)
        .startsWith(site + "/sitemap-1.xml")
        .endsWith(site + "/sitemap-" + parts + ".xml");
    List<String> all = new ArrayList<>();
    for (int n = 1; n <= parts; n++) {
      List<String> part = locs(SiteFiles.part(site, d, n, perFile), "urlset");
      assertThat(part).hasSizeLessThanOrEqualTo(perFile).isNotEmpty();
      all.addAll(part);
    }
    assertThat(all).doesNotHaveDuplicates().hasSize(total);
    assertThat(all).isEqualTo(locs(SiteFiles.sitemap(site, d), "urlset"));
  }

  private static List<String> locs(String xml, String root) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo(root);
    NodeList locs = doc.getElementsByTagNameNS("*", "loc");
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      urls.add(locs.item(i).getTextContent());
    }
    return urls;
  }

  @Test
  void robotsKeepCrawlersToThePagesAndNameTheSitemap() {
    assertThat(SiteFiles.robots("http://localhost:8080"))
        .contains("Disallow: /api/\n")
        .contains("Disallow: /near\n")
        .endsWith("Sitemap: http://localhost:8080/sitemap.xml\n");
  }
}

package org.localgroups.moin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localgroups.outline.Block;
import org.localgroups.outline.Inline;

/**
 * Every link of the outline carries its target as the page wrote it, before any repair: the
 * importer reads no markup.
 */
class WrittenTargetTest {
  private static List<Inline.Link> links(String page) {
    return new MoinOutlineReader()
        .read(page, "").blocks().stream()
            .flatMap(
                b ->
                    b instanceof Block.Item i
                        ? i.content().stream()
                        : java.util.stream.Stream.<Inline>empty())
            .filter(Inline.Link.class::isInstance)
            .map(Inline.Link.class::cast)
            .toList();
  }

  @Test
  void bracketLinkGivesItsTargetPartAndASwappedOneItsUrlPart() {
    assertThat(
            links(
                " * [[http:python.ie|Python Ireland]] [[Brisbane|http://meetup.com/b/]] [[MelbournePUG|Melbourne]]\n"))
        .extracting(Inline.Link::writtenTarget)
        .containsExactly("http:python.ie", "http://meetup.com/b/", "MelbournePUG");
  }

  @Test
  void bareUrlsAddressesAndInterwikiAreTheirOwnText() {
    assertThat(
            links(
                " * http:python.de pig@chatta.us WikiPedia:Python [http:y.org] [http:z.org Zed]\n"))
        .extracting(Inline.Link::writtenTarget)
        .containsExactly(
            "http:python.de", "pig@chatta.us", "WikiPedia:Python", "http:y.org", "http:z.org");
  }

  @Test
  void obfuscatedAddressIsKeptAsSpelledOut() {
    assertThat(links(" * write to pythonkhmer[at]google[dot]com\n"))
        .singleElement()
        .satisfies(l -> assertThat(l.writtenTarget()).isEqualTo("pythonkhmer[at]google[dot]com"));
  }
}

package org.localgroups.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Inline.Link;
import org.localgroups.outline.Inline.Text;
import org.localgroups.outline.Target;

class ListingLineTest {

  private static Link url(String url, String label) {
    return new Link(new Target.Url(url), label, "[[" + url + "|" + label + "]]", url);
  }

  @Test
  void namesGroupFromLeadingLinkLabel() {
    ListingLine line =
        ListingLine.read(
            List.of(
                url("http://www.pykonik.org/", "Pykonik"),
                new Text(" - Cracow's Python Users Group")));
    assertThat(line.name()).isEqualTo("Pykonik");
    assertThat(line.description()).isEqualTo("Cracow's Python Users Group");
    assertThat(line.nameFromLink()).isTrue();
  }

  @Test
  void namesGroupFromLeadingTextBeforeItsLinks() {
    ListingLine line =
        ListingLine.read(
            List.of(
                new Text("Tulsa Web Devs - "),
                url("http://tulsawebdevs.org", "Website"),
                new Text(", "),
                url("http://on.fb.me/tulsawebdevs", "Facebook Group")));
    assertThat(line.name()).isEqualTo("Tulsa Web Devs");
    assertThat(line.description()).isEqualTo("Website, Facebook Group");
    assertThat(line.links()).hasSize(2);
    assertThat(line.nameFromLink()).isFalse();
  }

  @Test
  void joinsShortTrailingWordsToALinkThatNamesOnlyThePlace() {
    ListingLine line =
        ListingLine.read(
            List.of(
                new Link(
                    new Target.Email("pig@chatta.us", "mailto:pig@chatta.us"),
                    "Chattanooga, TN",
                    "[[mailto:pig@chatta.us|Chattanooga, TN]]",
                    "mailto:pig@chatta.us"),
                new Text(" user group")));
    assertThat(line.name()).isEqualTo("Chattanooga, TN user group");
    assertThat(line.description()).isEmpty();
  }

  @Test
  void keepsLongTrailingTextAsDescription() {
    ListingLine line =
        ListingLine.read(
            List.of(url("http://mempy.org", "MEMpy"), new Text(" Memphis, TN Python User Group")));
    assertThat(line.name()).isEqualTo("MEMpy");
    assertThat(line.description()).isEqualTo("Memphis, TN Python User Group");
  }

  @Test
  void takesTheNamePastedIntoAMeetupUrl() {
    String url =
        "http://www.meetup.com/Hyderabad-Python-Meetup-Group/%20Hyderabad%20Python%20Users%20Group%20-%20HyPy";
    ListingLine line = ListingLine.read(List.of(url(url, url)));
    assertThat(line.name()).isEqualTo("Hyderabad Python Users Group - HyPy");
    assertThat(line.nameNote()).contains("URL carries the group's name");
  }

  @Test
  void namesABareUrlEntryFromTheTextAfterIt() {
    List<Inline> content =
        List.of(
            new Link(
                new Target.Url("http://python.fi"), "", "http://python.fi", "http://python.fi"),
            new Text(" -- Python Finland association"));
    ListingLine line = ListingLine.read(content);
    assertThat(line.name()).isEqualTo("Python Finland association");
  }

  @Test
  void keepsAStatusPrefixInTheDescription() {
    ListingLine line =
        ListingLine.read(
            List.of(
                new Text("(Defunct) "),
                url(
                    "http://illipy.tautology.net/",
                    "IlliPy - The Champaign-Urbana Python Users Group")));
    assertThat(line.name()).isEqualTo("IlliPy - The Champaign-Urbana Python Users Group");
    assertThat(line.description()).isEqualTo("(Defunct)");
  }

  @Test
  void stripsTheDashSomeLabelsStartWith() {
    ListingLine line =
        ListingLine.read(
            List.of(
                url("http://pymty.org", "- Python Monterrey"),
                new Text(" Python User Group in Monterrey.")));
    assertThat(line.name()).isEqualTo("Python Monterrey");
    assertThat(line.description()).isEqualTo("Python User Group in Monterrey.");
  }

  @Test
  void cutsANameWithoutLinkAtItsFirstSeparator() {
    ListingLine line =
        ListingLine.read(
            List.of(
                new Text(
                    "Russian-speaking Python & Zope User Group, the oldest user group, is no longer active.")));
    assertThat(line.name()).isEqualTo("Russian-speaking Python & Zope User Group");
    assertThat(line.description()).isEqualTo("the oldest user group, is no longer active.");
  }

  @Test
  void readsAFlagEmojiAsItsCountryCode() {
    assertThat(ListingLine.flagCountry("🇩🇪 Berlin.rb")).isEqualTo("DE");
    assertThat(ListingLine.flagCountry("Ruby Argentina 🇦🇷")).isEqualTo("AR");
    assertThat(ListingLine.flagCountry("🇬🇧 and 🇮🇪")).isEqualTo("GB");
    assertThat(ListingLine.flagCountry("🐍 PyLadies")).isEmpty();
    assertThat(ListingLine.flagCountry("DE Berlin")).isEmpty();
  }

  @Test
  void takesSymbolsBeforeTheLinkOutOfTheName() {
    ListingLine line =
        ListingLine.read(
            List.of(
                new Text("🇩🇪 "),
                url("https://www.rubyberlin.org/", "Berlin.rb"),
                new Text(" - Monthly meetup")));
    assertThat(line.name()).isEqualTo("Berlin.rb");
    assertThat(line.nameFromLink()).isTrue();
    assertThat(line.description()).isEqualTo("🇩🇪 Monthly meetup");
    assertThat(ListingLine.withoutSymbols(line.description())).isEqualTo("Monthly meetup");
    assertThat(ListingLine.onlySymbols("🇩🇪 ⭐️")).isTrue();
    assertThat(ListingLine.onlySymbols("(Defunct)")).isFalse();
  }
}

package org.localgroups.moin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.localgroups.outline.Block;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Outline;
import org.localgroups.outline.Target;

/** Reads the real LocalUserGroups seed page. */
class MoinOutlineReaderSeedTest {
  private static final Pattern RAW_URL = Pattern.compile("https?:(?://)?[^\\s|\\[\\]]+");
  private static final Pattern RAW_EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern RAW_OBFUSCATED =
      Pattern.compile("(\\w+)\\[at\\](\\w+)\\[dot\\](\\w+)");

  private static String seed;
  private static Outline outline;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in =
        MoinOutlineReaderSeedTest.class.getResourceAsStream("/seed/LocalUserGroups.moin")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    outline = new MoinOutlineReader().read(seed, "LocalUserGroups");
  }

  @Test
  void coversEveryOneOf441LinesExactlyOnce() {
    assertThat(outline.lineCount()).isEqualTo(441);
    assertThat(outline.blocks())
        .extracting(Block::line)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 441).boxed().toList());
    assertThat(outline.title()).isEqualTo("LocalUserGroups");
  }

  @Test
  void readsAll96Headings() {
    List<Block.Heading> headings = blocks(Block.Heading.class);
    assertThat(headings).hasSize(96);
    assertThat(headings)
        .filteredOn(h -> h.level() == 1)
        .extracting(Block.Heading::text)
        .containsExactly("Geographical Breakdown of User Groups");
    assertThat(headings)
        .extracting(Block.Heading::text)
        .contains(
            "Thailand/ประเทศไทย",
            "Cambodia(សីល >>> សមាធិ >>> បញ្ញា)",
            "Washington, DC",
            "Washington");
  }

  @Test
  void classifiesNonContentLines() {
    assertThat(outline.blocks())
        .filteredOn(b -> b instanceof Block.Skipped)
        .extracting(b -> ((Block.Skipped) b).reason())
        .containsOnly("blank line", "table of contents macro", "horizontal rule", "category line");
    assertThat(outline.blocks().get(8)).isEqualTo(new Block.Skipped(9, "table of contents macro"));
    assertThat(outline.blocks().get(439)).isEqualTo(new Block.Skipped(440, "horizontal rule"));
    assertThat(outline.blocks().get(440)).isEqualTo(new Block.Skipped(441, "category line"));
  }

  @Test
  void hyderabadLineWithoutIndentIsAGroupItem() {
    Block line39 = outline.blocks().get(38);
    assertThat(line39)
        .isInstanceOfSatisfying(
            Block.Item.class,
            item -> {
              assertThat(item.depth()).isEqualTo(1);
              assertThat(item.content())
                  .singleElement()
                  .isInstanceOfSatisfying(
                      Inline.Link.class,
                      link ->
                          assertThat(link.target())
                              .isEqualTo(
                                  new Target.Url(
                                      "http://www.meetup.com/Hyderabad-Python-Meetup-Group/"
                                          + "%20Hyderabad%20Python%20Users%20Group%20-%20HyPy")));
            });
    assertThat(outline.diagnostics())
        .anyMatch(d -> d.line() == 39 && d.code().equals("unindented-bullet"));
  }

  @Test
  void thailandLineWithoutBulletIsAParagraphWithItsLink() {
    Block line85 = outline.blocks().get(84);
    assertThat(line85)
        .isInstanceOfSatisfying(
            Block.Paragraph.class,
            p -> {
              assertThat(p.content().get(0))
                  .isEqualTo(
                      new Inline.Link(
                          new Target.Url("http://www.codenone.com"),
                          "PyTPUG",
                          "[[http://www.codenone.com|PyTPUG]]",
                          "http://www.codenone.com"));
              assertThat(OutlineText.inlines(p.content()))
                  .endsWith(" - Thailand Python User Group");
            });
  }

  @Test
  void nestsBrazilianRegionalGroupsAndPhilippineSubBullets() {
    assertThat(((Block.Item) outline.blocks().get(251)).depth()).isEqualTo(2);
    assertThat(((Block.Item) outline.blocks().get(252)).depth()).isEqualTo(3);
    assertThat(((Block.Item) outline.blocks().get(261)).depth()).isEqualTo(2);
    assertThat(((Block.Item) outline.blocks().get(80)).depth()).isEqualTo(2);
  }

  @Test
  void linksEqualAnIndependentScanOfTheRawPage() {
    Set<String> raw = new TreeSet<>();
    Matcher url = RAW_URL.matcher(seed);
    while (url.find()) {
      String found = url.group().replaceAll("[.,)]+$", "");
      raw.add(found.replaceFirst("^(https?):(?!//)", "$1://"));
    }
    Matcher email = RAW_EMAIL.matcher(seed);
    while (email.find()) {
      raw.add(email.group());
    }
    Matcher obfuscated = RAW_OBFUSCATED.matcher(seed);
    while (obfuscated.find()) {
      raw.add(obfuscated.group(1) + "@" + obfuscated.group(2) + "." + obfuscated.group(3));
    }

    Set<String> read = new TreeSet<>();
    for (Block block : outline.blocks()) {
      List<Inline> content =
          switch (block) {
            case Block.Item i -> i.content();
            case Block.Paragraph p -> p.content();
            default -> List.of();
          };
      for (Inline inline : content) {
        if (inline instanceof Inline.Link link) {
          switch (link.target()) {
            case Target.Url u -> read.add(u.url());
            case Target.Email e -> read.add(e.address());
            case Target.Page p -> {}
          }
        }
      }
    }

    Set<String> missing = new TreeSet<>(raw);
    missing.removeAll(read);
    Set<String> extra = new TreeSet<>(read);
    extra.removeAll(raw);
    System.out.println(
        "seed links: raw "
            + raw.size()
            + ", read "
            + read.size()
            + "; missing from outline "
            + missing
            + "; only in outline "
            + extra);
    assertThat(read).isEqualTo(raw);
    assertThat(raw).hasSize(250);
  }

  @Test
  void reportsEachSeedQuirk() {
    assertThat(outline.diagnostics())
        .extracting(d -> d.line() + " " + d.code())
        .containsExactly(
            "19 obfuscated-email",
            "39 unindented-bullet",
            "39 url-with-encoded-label",
            "72 url-missing-slashes",
            "81 literal-second-star",
            "82 literal-second-star",
            "93 swapped-link",
            "96 swapped-link",
            "309 triple-bracket-link",
            "310 triple-bracket-link",
            "310 single-bracket-link");
    assertThat(outline.diagnostics())
        .extracting(Diagnostic::severity)
        .doesNotContain(Diagnostic.Severity.ERROR);
  }

  @Test
  void readsSwappedTripleAndMailtoLinksForIntent() {
    assertThat(linksOf(93).get(0))
        .isEqualTo(
            new Inline.Link(
                new Target.Url("http://www.meetup.com/Brisbane-Python-User-Group/"),
                "Brisbane",
                "[[Brisbane|http://www.meetup.com/Brisbane-Python-User-Group/]]",
                "http://www.meetup.com/Brisbane-Python-User-Group/"));
    assertThat(linksOf(309).get(0).target()).isEqualTo(new Target.Page("PhoenixPythonUserGroup"));
    assertThat(linksOf(310))
        .extracting(Inline.Link::target)
        .containsExactly(
            new Target.Page("PhoenixGeoPythonGroup"), new Target.Url("http://phxgeo.org"));
    assertThat(linksOf(115).get(0).target())
        .isEqualTo(
            new Target.Email(
                "jamaicanpy@zope.com.jm", "mailto:jamaicanpy@zope.com.jm?Subject=subscribe"));
    assertThat(linksOf(72).get(0).target()).isEqualTo(new Target.Url("http://facebook.com/lkpug"));
  }

  private static List<Inline.Link> linksOf(int line) {
    Block block = outline.blocks().get(line - 1);
    List<Inline> content =
        block instanceof Block.Item i ? i.content() : ((Block.Paragraph) block).content();
    return content.stream()
        .filter(Inline.Link.class::isInstance)
        .map(Inline.Link.class::cast)
        .toList();
  }

  private static <T extends Block> List<T> blocks(Class<T> type) {
    return outline.blocks().stream().filter(type::isInstance).map(type::cast).toList();
  }
}

package org.localgroups.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Region;
import org.localgroups.export.ExportFormat;
import org.localgroups.export.Exports;
import org.localgroups.markdown.MarkdownOutlineReader;
import org.localgroups.moin.MoinOutlineReader;
import org.localgroups.pages.PageFormat;
import org.localgroups.pages.PageReader;

/**
 * The seed page through the page writers and back: MoinMoin to MoinMoin, MoinMoin to Markdown, and
 * Markdown to Markdown. Directories are compared as whole records with only their source-line
 * fields zeroed, so every name, description, link (its {@code written} form included), note, fact,
 * placement, resource and slug must survive.
 */
class CrossFormatRoundTripTest {
  private static final Directory SEED = SeedPage.RESULT.directory();
  private static final String MOIN_EXPORT = moin(SEED);
  private static final String MARKDOWN_EXPORT = markdown(SEED);

  @Test
  void seedExportedAsMoinImportsToTheSameDirectory() {
    Directory again = importMoin(MOIN_EXPORT);
    assertSameDirectory(again, SEED);
  }

  @Test
  void seedExportedAsMarkdownImportsToTheSameDirectory() {
    Directory again = importMarkdown(MARKDOWN_EXPORT);
    assertSameDirectory(again, SEED);
  }

  @Test
  void markdownExportIsIdempotent() {
    assertThat(markdown(importMarkdown(MARKDOWN_EXPORT))).isEqualTo(MARKDOWN_EXPORT);
  }

  @Test
  void moinExportIsIdempotent() {
    assertThat(moin(importMoin(MOIN_EXPORT))).isEqualTo(MOIN_EXPORT);
  }

  @Test
  void moinExportKeepsEveryHeadingOfTheSeedInOrder() {
    List<String> seedHeadings = moinHeadings(SeedPage.TEXT);
    assertThat(seedHeadings).hasSizeGreaterThan(90);
    List<String> exported = moinHeadings(MOIN_EXPORT);
    assertThat(exported).containsSubsequence(seedHeadings);
    // the only headings added are the seed's sub-regions written as plain bullets ("Regional (by
    // State)")
    List<String> added = new ArrayList<>(exported);
    seedHeadings.forEach(added::remove);
    String[] seedLines = SeedPage.TEXT.split("\n", -1);
    List<String> bulletRegions =
        SEED.regions().stream()
            .filter(r -> !seedLines[r.line() - 1].strip().startsWith("="))
            .map(Region::name)
            .toList();
    assertThat(bulletRegions)
        .containsExactly("Regional (by State)", "Local (by city)", "Regional (by State)");
    assertThat(added).containsExactlyElementsOf(bulletRegions);
  }

  @Test
  void moinAndMarkdownExportsKeepEveryUrlAndAddressOfTheSeed() {
    var inSeed = SeedImportTest.addressesIn(SeedPage.TEXT);
    assertThat(inSeed).hasSizeGreaterThan(200);
    assertThat(SeedImportTest.addressesIn(MOIN_EXPORT)).containsAll(inSeed);
    assertThat(SeedImportTest.addressesIn(importMarkdown(MARKDOWN_EXPORT))).containsAll(inSeed);
  }

  @Test
  void exportsOfEitherFormatAreToldApartByContentInATextFile() {
    PageReader reader = new PageReader();
    assertThat(
            reader
                .read(
                    MARKDOWN_EXPORT.getBytes(StandardCharsets.UTF_8),
                    "export.txt",
                    PageFormat.AUTO,
                    "")
                .format())
        .isEqualTo(PageFormat.MARKDOWN);
    assertThat(
            reader
                .read(
                    MOIN_EXPORT.getBytes(StandardCharsets.UTF_8), "export.txt", PageFormat.AUTO, "")
                .format())
        .isEqualTo(PageFormat.MOIN);
  }

  private static void assertSameDirectory(Directory actual, Directory expected) {
    Directory a = WithoutLines.of(actual);
    Directory e = WithoutLines.of(expected);
    // field by field first, so a failure names the first region or group that differs
    assertThat(a.title()).isEqualTo(e.title());
    assertThat(a.intro()).containsExactlyElementsOf(e.intro());
    assertThat(a.regions()).containsExactlyElementsOf(e.regions());
    for (int i = 0; i < Math.min(a.groups().size(), e.groups().size()); i++) {
      assertThat(a.groups().get(i)).isEqualTo(e.groups().get(i));
    }
    assertThat(a).isEqualTo(e);
  }

  private static List<String> moinHeadings(String page) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\s*(=+)\\s+(.*?)\\s+\\1\\s*$").matcher(page);
    while (m.find()) {
      found.add(m.group(2));
    }
    return found;
  }

  private static Directory importMoin(String page) {
    return new Importer(SeedPage.GAZETTEER)
        .read(new MoinOutlineReader().read(page, "LocalUserGroups"), "export.moin", "moin")
        .directory();
  }

  private static Directory importMarkdown(String page) {
    return new Importer(SeedPage.GAZETTEER)
        .read(
            new MarkdownOutlineReader().read(page, "LocalUserGroups", ""), "export.md", "markdown")
        .directory();
  }

  private static String moin(Directory d) {
    return Exports.render(d, ExportFormat.MOIN);
  }

  private static String markdown(Directory d) {
    return Exports.render(d, ExportFormat.MARKDOWN);
  }
}

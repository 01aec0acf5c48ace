package org.localgroups.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.LocalGroupsException;
import org.localgroups.outline.Block;

/**
 * {@code --format auto}: the file name decides ({@code .md} is Markdown, {@code .moin} is
 * MoinMoin), and where it does not ({@code .txt}, no extension), the content does.
 */
class PageFormatDetectionTest {
  private static final String SEED = resource("/seed/LocalUserGroups.moin");

  private static final String MARKDOWN =
      """
      # Go User Groups

      ## Europe

      ### Germany

      * [Go User Group Berlin](https://www.meetup.com/golang-users-berlin/) - Berlin, Germany.
      * [Gophers Munich](https://www.meetup.com/Gophers-Munich/)
      """;

  private static final String MOIN =
      """
      <<TableOfContents>>

      = Europe =
      == Germany ==
       * [[http://www.pycologne.de|PyCologne]] - Python User Group Köln
       * [[http://pyddf.de/|PyDDF]] - Düsseldorf
      """;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"groups.md", "GROUPS.MD", "groups.markdown", "groups.mdown"})
  void readsMarkdownByItsFileName(String name) {
    assertThat(read(name, MARKDOWN).format()).isEqualTo(PageFormat.MARKDOWN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"LocalUserGroups.moin", "LocalUserGroups.wiki"})
  void readsMoinMoinByItsFileName(String name) {
    PageReader.Page page = read(name, MOIN);
    assertThat(page.format()).isEqualTo(PageFormat.MOIN);
    assertThat(page.outline().blocks())
        .filteredOn(b -> b instanceof Block.Heading)
        .extracting(b -> ((Block.Heading) b).text())
        .containsExactly("Europe", "Germany");
  }

  @Test
  void theFileNameWinsOverTheContent() {
    // a .md file is read as Markdown even when it holds MoinMoin markup: the curator named it so
    assertThat(read("odd.md", MOIN).format()).isEqualTo(PageFormat.MARKDOWN);
    assertThat(read("odd.moin", MARKDOWN).format()).isEqualTo(PageFormat.MOIN);
  }

  @Test
  void tellsMarkdownByItsContentInATextFile() {
    assertThat(read("groups.txt", MARKDOWN).format()).isEqualTo(PageFormat.MARKDOWN);
    assertThat(read("groups", MARKDOWN).format()).isEqualTo(PageFormat.MARKDOWN);
  }

  @Test
  void tellsMoinMoinByItsContentInATextFile() {
    assertThat(read("groups.txt", MOIN).format()).isEqualTo(PageFormat.MOIN);
    assertThat(read("LocalUserGroups.txt", SEED).format()).isEqualTo(PageFormat.MOIN);
    assertThat(read("LocalUserGroups", SEED).format()).isEqualTo(PageFormat.MOIN);
  }

  @Test
  void readsTheChosenFormatFromAFileOnDisk() throws IOException {
    Path md = Files.writeString(dir.resolve("groups.txt"), MARKDOWN);
    Path moin = Files.writeString(dir.resolve("wiki.txt"), MOIN);
    assertThat(new PageReader().read(md, PageFormat.AUTO, "").format())
        .isEqualTo(PageFormat.MARKDOWN);
    assertThat(new PageReader().read(moin, PageFormat.AUTO, "").format())
        .isEqualTo(PageFormat.MOIN);
    assertThat(new PageReader().read(moin, PageFormat.MARKDOWN, "").format())
        .isEqualTo(PageFormat.MARKDOWN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GoUserGroups.md", "readme-groups.md", "myst-groups.md"})
  void tellsRealMarkdownPagesByTheirContent(String page) {
    assertThat(PageFormat.detect("groups", resource("/markdown/" + page)))
        .isEqualTo(PageFormat.MARKDOWN);
  }

  @Test
  void tellsSmallSamplesApart() {
    assertThat(PageFormat.detect("x", "== Europe ==\n * [[http://a|A]]\n"))
        .isEqualTo(PageFormat.MOIN);
    assertThat(PageFormat.detect("x", "## Europe\n- [A](http://a)\n"))
        .isEqualTo(PageFormat.MARKDOWN);
    assertThat(PageFormat.detect("x", " * one\n * two <<TableOfContents>>\n"))
        .isEqualTo(PageFormat.MOIN);
  }

  @Test
  void refusesATextFileThatIsNeitherWithAHint() {
    assertThatThrownBy(() -> read("notes.txt", "Just some notes.\nNo headings, no links.\n"))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("cannot tell the page format")
        .hasMessageContaining("--format moin|markdown");
  }

  private static PageReader.Page read(String name, String text) {
    return new PageReader().read(text.getBytes(StandardCharsets.UTF_8), name, PageFormat.AUTO, "");
  }

  private static String resource(String path) {
    try (var in = PageFormatDetectionTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

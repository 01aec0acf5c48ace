package org.localgroups.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.localgroups.outline.Block;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Outline;

/**
 * Reads a Markdown list page (a README, a wiki page, a MyST document) into the format-neutral
 * {@link Outline} the importer reads: headings, list items by depth, paragraph lines and their
 * links, one block per source line. Parsing is commonmark-java's (CommonMark with GFM tables,
 * autolinks, YAML front matter and footnotes); MyST/pandoc directive fences and attribute lines are
 * recognised line by line. Reading never throws: whatever the input, the result is an outline plus
 * diagnostics. Instances are immutable and thread-safe.
 */
public final class MarkdownOutlineReader {
  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(),
          AutolinkExtension.create(),
          YamlFrontMatterExtension.create(),
          FootnotesExtension.create());

  /**
   * Stack for the parsing thread; reserved, not committed, so it costs memory only when a page
   * nests deep.
   */
  private static final long PARSE_STACK_BYTES = 256L * 1024 * 1024;

  private final Parser parser =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  /** A reader with the extensions above; cheap to keep and share. */
  public MarkdownOutlineReader() {}

  /**
   * Reads a page.
   *
   * @param text the page's Markdown source
   * @param title the page title to use when the page's front matter has no {@code title:}; may be
   *     ""
   * @param baseUrl the URL relative links are resolved against, or "" to keep them as page names
   *     (with a warning)
   * @return every line 1..lineCount as exactly one block, and what was noticed along the way
   */
  public Outline read(String text, String title, String baseUrl) {
    SourceText source = SourceText.of(text);
    DirectiveFences.Scan fences = DirectiveFences.scan(source);
    String input = source.blanking(fences.blanked());
    Optional<Document> parsed = parse(input);
    if (parsed.isEmpty()) {
      return unparsed(source, title);
    }
    Document document = parsed.get();
    OutlineWalk walk = new OutlineWalk(source, new LinkTargets(baseUrl), fences.reasons());
    List<Block> blocks = walk.walk(document);
    List<Diagnostic> diagnostics = new ArrayList<>(fences.diagnostics());
    diagnostics.addAll(walk.diagnostics());
    diagnostics.sort(java.util.Comparator.comparingInt(Diagnostic::line));
    return new Outline(
        frontMatterTitle(document).orElse(title), blocks, diagnostics, source.lineCount());
  }

  /**
   * Parses on a thread of its own with a large stack: commonmark's tree visitors recurse once per
   * nesting level, and a hostile page can nest lists thousands deep. Empty when even that
   * overflows.
   */
  private Optional<Document> parse(String input) {
    AtomicReference<@Nullable Document> result = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set((Document) parser.parse(input));
              } catch (StackOverflowError tooDeep) {
                // reported by the caller as an unreadable page
              }
            },
            "markdown-parse",
            PARSE_STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    return Optional.ofNullable(result.get());
  }

  private static Outline unparsed(SourceText source, String title) {
    List<Block> blocks = new ArrayList<>();
    for (int line = 1; line <= source.lineCount(); line++) {
      blocks.add(new Block.Skipped(line, "unread markup"));
    }
    List<Diagnostic> diagnostics =
        source.lineCount() == 0
            ? List.of()
            : List.of(
                new Diagnostic(
                    1,
                    0,
                    Diagnostic.Severity.ERROR,
                    "unparsable",
                    "the page nests too deeply to be read; no line of it was read"));
    return new Outline(title, blocks, diagnostics, source.lineCount());
  }

  private static Optional<String> frontMatterTitle(Node document) {
    // front matter can only open the page; visiting just that block keeps deep pages off the stack
    if (!(document.getFirstChild() instanceof YamlFrontMatterBlock front)) {
      return Optional.empty();
    }
    YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
    front.accept(visitor);
    Map<String, List<String>> data = visitor.getData();
    List<String> titles = data.getOrDefault("title", List.of());
    return titles.stream()
        .map(MarkdownOutlineReader::unquoted)
        .filter(t -> !t.isBlank())
        .findFirst();
  }

  private static String unquoted(String value) {
    String v = value.strip();
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1).strip();
    }
    return v;
  }
}

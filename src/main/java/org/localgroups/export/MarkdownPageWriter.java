package org.localgroups.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Link;

/**
 * Writes a directory as a Markdown list page (heading per region, a bullet per group with its
 * links).
 */
public final class MarkdownPageWriter {
  private final Layout layout = new Layout();

  public void write(Directory directory, Writer out) throws IOException {
    if (!directory.title().isEmpty()) {
      out.write("---\ntitle: " + yamlScalar(directory.title()) + "\n---\n\n");
    }
    layout.write(directory, out);
  }

  private static String yamlScalar(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static final class Layout extends PageLayout {
    private static final int MAX_HEADING = 6;

    @Override
    String heading(int level, String text) {
      return "#".repeat(Math.min(MAX_HEADING, Math.max(1, level))) + " " + text(text);
    }

    @Override
    String link(Link link, String label) {
      String target = target(link);
      String shown = label.isEmpty() ? (link.written().isEmpty() ? target : link.written()) : label;
      return "[" + text(shown) + "](<" + target.replace(">", "%3E") + ">)";
    }

    @Override
    String bullet(int depth, String text) {
      return "  ".repeat(depth - 1) + "- " + text;
    }

    @Override
    List<String> afterIntro() {
      return List.of();
    }

    @Override
    String text(String text) {
      return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
  }
}

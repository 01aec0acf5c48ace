package org.localgroups.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Link;

/** Writes a directory as a MoinMoin 1.9 page in the LocalUserGroups layout. */
public final class MoinPageWriter {
  private final Layout layout = new Layout();

  public void write(Directory directory, Writer out) throws IOException {
    layout.write(directory, out);
  }

  private static final class Layout extends PageLayout {
    private static final int MAX_HEADING = 5;

    @Override
    String heading(int level, String text) {
      String marks = "=".repeat(Math.min(MAX_HEADING, Math.max(1, level)));
      return marks + " " + text + " " + marks;
    }

    @Override
    String link(Link link, String label) {
      String target = target(link);
      if (label.isEmpty() && link.url().startsWith("mailto:") && !target.startsWith("mailto:")) {
        // inside [[...]] an address is a page name; written bare, MoinMoin reads it as an address
        // again
        return target;
      }
      return label.isEmpty() ? "[[" + target + "]]" : "[[" + target + "|" + label + "]]";
    }

    @Override
    String bullet(int depth, String text) {
      return " ".repeat(depth) + "* " + text;
    }

    @Override
    List<String> afterIntro() {
      return List.of("<<TableOfContents>>");
    }

    @Override
    String text(String text) {
      // "[[" would open a link; MoinMoin has no escape for it, so break it with a zero-width-free
      // blank
      return text.replace("[[", "[ [").replace("<<", "< <");
    }
  }
}

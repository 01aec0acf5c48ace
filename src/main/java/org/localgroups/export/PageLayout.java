package org.localgroups.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.localgroups.directory.Channels;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.IntroLine;
import org.localgroups.directory.Link;
import org.localgroups.directory.Region;
import org.localgroups.text.HiddenAddresses;

/**
 * The layout user-group list pages use, shared by the MoinMoin and Markdown writers: the
 * introduction, a heading per region, its channels, then a bullet per group with its other links
 * and notes below it. Written so that importing the page again gives the same directory.
 */
abstract class PageLayout {

  /** Writes a heading of a tree level (1 = top). */
  abstract String heading(int level, String text);

  /** A link in the page's syntax; an empty label means the target shows itself. */
  abstract String link(Link link, String label);

  /** A bullet at a nesting depth (1 = top). */
  abstract String bullet(int depth, String text);

  /** Lines written before the first region (e.g. a table of contents); may be empty. */
  abstract List<String> afterIntro();

  /** Text written verbatim so that it cannot be read as markup. */
  abstract String text(String text);

  /**
   * The target to write for a link: as the source wrote it ({@code http:host/path}, {@code
   * name[at]host[dot]org}, a wiki page name) when that reads back to the same link on its own, so
   * that a re-import repairs and reads it the same way; else (a relative link resolved against a
   * base URL at import) the URL itself, so that the written page stands on its own.
   */
  static String target(Link link) {
    String written = link.written();
    if (link.url().isEmpty()
        || written.contains(":")
        || written.contains("@")
        || HiddenAddresses.hides(written)) {
      return written.isEmpty() ? link.url() : written;
    }
    return link.url();
  }

  final void write(Directory directory, Writer out) throws IOException {
    for (IntroLine line : directory.intro()) {
      out.write(introLine(line));
      out.write('\n');
    }
    if (!directory.intro().isEmpty()) {
      out.write('\n');
    }
    for (String line : afterIntro()) {
      out.write(line);
      out.write("\n\n");
    }
    for (Region region : directory.regions()) {
      out.write(heading(region.level(), region.name()));
      out.write('\n');
      for (Link resource : region.resources()) {
        out.write(bullet(1, resource(resource)));
        out.write('\n');
      }
      for (String slug : region.groupSlugs()) {
        Optional<Group> group = directory.group(slug);
        if (group.isPresent()) {
          writeGroup(group.get(), out);
        }
      }
      out.write('\n');
    }
  }

  private String introLine(IntroLine line) {
    StringBuilder sb = new StringBuilder();
    String text = line.text();
    int at = 0;
    for (Link link : line.links()) {
      String shown = link.label().isEmpty() ? link.written() : link.label();
      int found = text.indexOf(shown, at);
      if (found < 0) {
        sb.append(text(text.substring(at))).append(' ');
        at = text.length();
        sb.append(link(link, link.label()));
        continue;
      }
      sb.append(text(text.substring(at, found))).append(link(link, link.label()));
      at = found + shown.length();
    }
    sb.append(text(text.substring(Math.min(at, text.length()))));
    return sb.toString();
  }

  private String resource(Link resource) {
    if (Channels.isChannelLabel(resource.label())) {
      return text(resource.label()) + ": " + link(resource, "");
    }
    return link(resource, resource.label());
  }

  private void writeGroup(Group group, Writer out) throws IOException {
    List<Link> links = group.links();
    boolean namedByLink = !links.isEmpty() && links.get(0).label().equals(group.name());
    String name = namedByLink ? link(links.get(0), group.name()) : text(group.name());
    int next = namedByLink ? 1 : 0;
    StringBuilder description = new StringBuilder();
    if (!group.description().isEmpty()) {
      next = inline(group.description(), links, next, description);
      description.insert(0, " - ");
    }
    out.write(bullet(1, name + description));
    out.write('\n');
    for (Link link : links.subList(next, links.size())) {
      out.write(bullet(2, link(link, link.label())));
      out.write('\n');
    }
    for (String note : group.notes()) {
      out.write(bullet(2, text(note)));
      out.write('\n');
    }
  }

  /**
   * Writes a group's description with its links back where they stood: the description holds the
   * labels of the links that were written on the group's own line ("Rio de Janeiro - Official Site,
   * Twitter and Photos"), so the links from {@code from} on whose labels follow one another in it
   * go back inline, in order; the others are written below the group. Returns the index of the
   * first link not written.
   */
  private int inline(String description, List<Link> links, int from, StringBuilder out) {
    int at = 0;
    int next = from;
    for (; next < links.size(); next++) {
      Link link = links.get(next);
      String shown = link.label().isEmpty() ? link.written() : link.label();
      int found = shown.isEmpty() ? -1 : description.indexOf(shown, at);
      if (found < 0) {
        break;
      }
      out.append(text(description.substring(at, found))).append(link(link, link.label()));
      at = found + shown.length();
    }
    out.append(text(description.substring(at)));
    return next;
  }
}

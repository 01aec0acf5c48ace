package org.localgroups.markdown;

import java.util.List;
import java.util.stream.Collectors;
import org.localgroups.outline.Block;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Outline;
import org.localgroups.outline.Target;

/** A compact one-line-per-block text form of an outline, for spec files and readable assertions. */
final class OutlineRendering {
  private OutlineRendering() {}

  static String render(Outline outline) {
    StringBuilder out = new StringBuilder();
    if (!outline.title().isEmpty()) {
      out.append("title ").append(outline.title()).append('\n');
    }
    for (Block block : outline.blocks()) {
      out.append(block(block)).append('\n');
    }
    for (Diagnostic d : outline.diagnostics()) {
      out.append("! ")
          .append(d.line())
          .append(' ')
          .append(d.severity())
          .append(' ')
          .append(d.code())
          .append('\n');
    }
    return out.toString();
  }

  static String block(Block block) {
    return switch (block) {
      case Block.Heading h -> h.line() + " heading " + h.level() + " " + h.text();
      case Block.Item i ->
          i.line()
              + (i.continuation() ? " item+ " : " item ")
              + i.depth()
              + " "
              + inlines(i.content());
      case Block.Paragraph p -> p.line() + " para " + inlines(p.content());
      case Block.Skipped s -> s.line() + " skip " + s.reason();
    };
  }

  static String inlines(List<Inline> inlines) {
    return inlines.stream().map(OutlineRendering::inline).collect(Collectors.joining());
  }

  private static String inline(Inline inline) {
    return switch (inline) {
      case Inline.Text t -> t.text();
      case Inline.Link l -> "{" + l.label() + " -> " + target(l.target()) + "}";
    };
  }

  private static String target(Target target) {
    return switch (target) {
      case Target.Url u -> u.url();
      case Target.Email e ->
          "mail:" + e.address() + (e.href().equals("mailto:" + e.address()) ? "" : " " + e.href());
      case Target.Page p -> "page:" + p.name();
    };
  }
}

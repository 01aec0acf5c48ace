package org.localgroups.moin;

import java.util.List;
import java.util.stream.Collectors;
import org.localgroups.outline.Block;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Outline;
import org.localgroups.outline.Target;

/**
 * The compact text form of an outline used by {@code outline-spec.txt}: one line per block ({@code
 * H2 Asia}, {@code I1 ...}, {@code C2 ...} for a continuation item, {@code P ...}, {@code S
 * reason}), then one line per diagnostic ({@code ! line:column SEVERITY code}). Links render as
 * {@code {url U "label" ⟨written⟩}}, {@code {email A href "label" ⟨written⟩}}, {@code {page N
 * "label" ⟨written⟩}}.
 */
final class OutlineText {
  private OutlineText() {}

  static String render(Outline outline) {
    StringBuilder out = new StringBuilder();
    for (Block block : outline.blocks()) {
      out.append(block(block)).append('\n');
    }
    for (Diagnostic d : outline.diagnostics()) {
      out.append("! ")
          .append(d.line())
          .append(':')
          .append(d.column())
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
      case Block.Heading h -> "H" + h.level() + " " + h.text();
      case Block.Item i -> (i.continuation() ? "C" : "I") + i.depth() + " " + inlines(i.content());
      case Block.Paragraph p -> "P " + inlines(p.content());
      case Block.Skipped s -> "S " + s.reason();
    };
  }

  static String inlines(List<Inline> inlines) {
    return inlines.stream().map(OutlineText::inline).collect(Collectors.joining());
  }

  private static String inline(Inline inline) {
    return switch (inline) {
      case Inline.Text t -> t.text();
      case Inline.Link l ->
          "{" + target(l.target()) + " \"" + l.label() + "\" ⟨" + l.written() + "⟩}";
    };
  }

  private static String target(Target target) {
    return switch (target) {
      case Target.Url u -> "url " + u.url();
      case Target.Email e -> "email " + e.address() + " " + e.href();
      case Target.Page p -> "page " + p.name();
    };
  }
}

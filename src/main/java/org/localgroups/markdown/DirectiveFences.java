package org.localgroups.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.localgroups.outline.Diagnostic;
import org.localgroups.outline.Diagnostic.Severity;

/**
 * A line-level pre-scan for MyST and pandoc directive fences, which CommonMark does not know:
 * {@code ```{note}}, {@code :::{note}}, {@code ::: warning}. Their fence and option lines are
 * blanked (overwritten by spaces) before commonmark parses the page, so that the Markdown inside is
 * read like any other; the blanked lines are explained here. Plain code fences are tracked only so
 * that a directive written inside one is left alone.
 */
final class DirectiveFences {
  static final String FENCE = "MyST directive fence";
  static final String OPTION = "MyST directive option";
  static final String CODE = "code block";
  static final String TARGET = "MyST target";

  /** Directives whose body is not Markdown: code, math, raw markup, file lists. */
  private static final Set<String> VERBATIM =
      Set.of(
          "code",
          "code-block",
          "sourcecode",
          "code-cell",
          "literalinclude",
          "math",
          "raw",
          "mermaid",
          "graphviz",
          "toctree",
          "include",
          "eval-rst",
          "csv-table",
          "highlight",
          "jupyter-execute");

  private static final Pattern TICK_DIRECTIVE =
      Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*\\{([^}\\s]+)\\}(.*)$");
  private static final Pattern COLON_OPEN = Pattern.compile("^ {0,3}(:{3,})\\s*(\\S.*)$");
  private static final Pattern COLON_CLOSE = Pattern.compile("^ {0,3}(:{3,})\\s*$");
  private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
  private static final Pattern FENCE_CLOSE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*$");
  private static final Pattern OPTION_LINE = Pattern.compile("^\\s*:[\\w-]+:(\\s.*)?$");
  private static final Pattern TARGET_LINE = Pattern.compile("^ {0,3}\\([^()\\s]+\\)=\\s*$");
  private static final Pattern COLON_NAME =
      Pattern.compile("^\\{?\\s*\\.?([\\w:.+-]+)\\}?\\s*(.*)$");

  /** What the pre-scan found: lines to blank for commonmark, and the reason for each. */
  record Scan(Set<Integer> blanked, Map<Integer, String> reasons, List<Diagnostic> diagnostics) {}

  private record Fence(char mark, int length, int line, String name, boolean markdown) {}

  private DirectiveFences() {}

  static Scan scan(SourceText source) {
    Set<Integer> blanked = new HashSet<>();
    Map<Integer, String> reasons = new TreeMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Deque<Fence> open = new ArrayDeque<>();
    @Nullable Fence plain = null;
    boolean options = false;
    List<Integer> verbatimBody = new ArrayList<>();
    for (int line = 1; line <= source.lineCount(); line++) {
      String text = source.line(line);
      if (plain != null) {
        if (closes(plain, FENCE_CLOSE.matcher(text))) {
          plain = null;
        }
        continue;
      }
      Fence top = open.peek();
      if (top != null && !top.markdown()) {
        // a colon-fenced verbatim directive: commonmark must not read its body as Markdown
        blanked.add(line);
        if (closes(top, COLON_CLOSE.matcher(text))) {
          open.pop();
          reasons.put(line, FENCE);
          reportVerbatim(source, top, verbatimBody, diagnostics);
          verbatimBody.clear();
        } else {
          reasons.put(line, CODE);
          verbatimBody.add(line);
        }
        continue;
      }
      if (top != null
          && (closes(top, COLON_CLOSE.matcher(text)) || closes(top, FENCE_CLOSE.matcher(text)))) {
        open.pop();
        blanked.add(line);
        reasons.put(line, FENCE);
        options = false;
        continue;
      }
      Matcher tick = TICK_DIRECTIVE.matcher(text);
      if (tick.matches() && !(tick.group(1).charAt(0) == '`' && tick.group(3).contains("`"))) {
        String name = tick.group(2);
        if (VERBATIM.contains(name)) {
          // commonmark reads it as a fenced code block whose info string starts with '{'
          plain = new Fence(tick.group(1).charAt(0), tick.group(1).length(), line, name, false);
        } else {
          Fence fence =
              new Fence(tick.group(1).charAt(0), tick.group(1).length(), line, name, true);
          openMarkdown(fence, tick.group(3).strip(), blanked, reasons, diagnostics, open);
          options = true;
        }
        continue;
      }
      Matcher colon = COLON_OPEN.matcher(text);
      if (colon.matches()) {
        Matcher named = COLON_NAME.matcher(colon.group(2));
        String name = named.matches() ? named.group(1) : colon.group(2).strip();
        String title = named.matches() ? named.group(2).strip() : "";
        Fence fence = new Fence(':', colon.group(1).length(), line, name, !VERBATIM.contains(name));
        if (fence.markdown()) {
          openMarkdown(fence, title, blanked, reasons, diagnostics, open);
          options = true;
        } else {
          open.push(fence);
          blanked.add(line);
          reasons.put(line, FENCE);
        }
        continue;
      }
      if (options && OPTION_LINE.matcher(text).matches()) {
        blanked.add(line);
        reasons.put(line, OPTION);
        continue;
      }
      options = false;
      if (TARGET_LINE.matcher(text).matches()) {
        blanked.add(line);
        reasons.put(line, TARGET);
        continue;
      }
      Matcher fenceOpen = FENCE_OPEN.matcher(text);
      if (fenceOpen.matches()
          && !(fenceOpen.group(1).charAt(0) == '`' && fenceOpen.group(2).contains("`"))) {
        plain =
            new Fence(fenceOpen.group(1).charAt(0), fenceOpen.group(1).length(), line, "", false);
      }
    }
    for (Fence fence : open) {
      if (!fence.markdown()) {
        reportVerbatim(source, fence, verbatimBody, diagnostics);
      }
      diagnostics.add(
          new Diagnostic(
              fence.line(),
              0,
              Severity.WARNING,
              "unclosed-directive",
              "directive {"
                  + fence.name()
                  + "} opened on line "
                  + fence.line()
                  + " is never closed; it runs to the end of the page"));
    }
    return new Scan(Set.copyOf(blanked), Map.copyOf(reasons), List.copyOf(diagnostics));
  }

  private static void openMarkdown(
      Fence fence,
      String title,
      Set<Integer> blanked,
      Map<Integer, String> reasons,
      List<Diagnostic> diagnostics,
      Deque<Fence> open) {
    open.push(fence);
    blanked.add(fence.line());
    reasons.put(fence.line(), FENCE);
    String titled = title.isEmpty() ? "" : " titled \"" + title + "\"";
    diagnostics.add(
        new Diagnostic(
            fence.line(),
            0,
            Severity.INFO,
            "directive",
            "directive {"
                + fence.name()
                + "}"
                + titled
                + ": its fence lines are skipped and its content is read as Markdown"));
  }

  private static void reportVerbatim(
      SourceText source, Fence fence, List<Integer> body, List<Diagnostic> diagnostics) {
    StringBuilder text = new StringBuilder();
    for (int line : body) {
      text.append(source.line(line)).append('\n');
    }
    List<String> urls = UrlSightings.in(text.toString());
    diagnostics.add(
        new Diagnostic(
            fence.line(),
            0,
            urls.isEmpty() ? Severity.INFO : Severity.WARNING,
            "directive",
            "directive {"
                + fence.name()
                + "} is not Markdown; its "
                + body.size()
                + " line(s) are skipped"
                + UrlSightings.describe(urls)));
  }

  private static boolean closes(Fence fence, Matcher close) {
    return close.matches()
        && close.group(1).charAt(0) == fence.mark()
        && close.group(1).length() >= fence.length();
  }
}

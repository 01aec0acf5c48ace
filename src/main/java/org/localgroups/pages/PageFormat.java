package org.localgroups.pages;

import java.util.Locale;
import java.util.regex.Pattern;
import org.localgroups.LocalGroupsException;

/** The markup a page is written in. */
public enum PageFormat {
  AUTO, MOIN, MARKDOWN;

  private static final Pattern MOIN_HEADING = Pattern.compile("(?m)^(=+) .+ \\1\\s*$");
  private static final Pattern MOIN_LINK = Pattern.compile("\\[\\[[^\\]]+\\]\\]");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^#{1,6} \\S");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[[^\\]\\n]+\\]\\([^)\\s]+\\)");

  /** Parses a --format value: auto, moin (moinmoin, wiki) or markdown (md). */
  public static PageFormat parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "auto" -> AUTO;
      case "moin", "moinmoin", "wiki" -> MOIN;
      case "markdown", "md" -> MARKDOWN;
      default -> throw LocalGroupsException.badInput(
          "unknown page format '" + name + "': use auto, moin or markdown");
    };
  }

  /**
   * Tells the format from the file name and, when the name does not say, from the content.
   *
   * @throws LocalGroupsException BAD_INPUT when neither says
   */
  static PageFormat detect(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown")) {
      return MARKDOWN;
    }
    if (name.endsWith(".moin") || name.endsWith(".wiki")) {
      return MOIN;
    }
    int moin = count(MOIN_HEADING, text) + count(MOIN_LINK, text);
    int markdown = count(MARKDOWN_HEADING, text) + count(MARKDOWN_LINK, text);
    if (moin == 0 && markdown == 0) {
      throw LocalGroupsException.badInput(fileName + ": cannot tell the page format (no MoinMoin or Markdown"
          + " headings or links found); name the file .moin or .md, or pass --format moin|markdown");
    }
    return moin >= markdown ? MOIN : MARKDOWN;
  }

  private static int count(Pattern p, String text) {
    var m = p.matcher(text);
    int n = 0;
    while (m.find() && n < 1000) {
      n++;
    }
    return n;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

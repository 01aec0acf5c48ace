package org.localgroups.pages;

import java.util.Locale;
import java.util.regex.Pattern;
import org.localgroups.LocalGroupsException;

/** The markup a page is written in, and the one rule that tells it when the user did not say. */
public enum PageFormat {
  AUTO,
  MOIN,
  MARKDOWN;

  private static final Pattern MD_HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+\\S");
  private static final Pattern MD_LINK = Pattern.compile("\\[[^\\[\\]\\n]+\\]\\([^)\\s]+\\)");
  private static final Pattern MD_BULLET = Pattern.compile("(?m)^[-*+][ \\t]+\\S");
  private static final Pattern MD_FENCE = Pattern.compile("(?m)^(```|~~~|:::)");
  private static final Pattern MOIN_HEADING = Pattern.compile("(?m)^\\s*(=+)\\s.*\\s\\1\\s*$");
  private static final Pattern MOIN_LINK = Pattern.compile("\\[\\[[^\\]\\n]+\\]\\]");
  private static final Pattern MOIN_MACRO =
      Pattern.compile("<<\\w+|\\{\\{\\{|'''|^ \\* ", Pattern.MULTILINE);

  /** Enough of each sign to decide; counting stops here so a huge page costs no more. */
  private static final int MAX_COUNT = 1000;

  /** Parses a --format value: auto, moin (moinmoin, wiki) or markdown (md). */
  public static PageFormat parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "auto" -> AUTO;
      case "moin", "moinmoin", "wiki" -> MOIN;
      case "markdown", "md" -> MARKDOWN;
      default ->
          throw LocalGroupsException.badInput(
              "unknown page format '" + name + "': use auto, moin or markdown");
    };
  }

  /**
   * Tells the format from the file name and, when the name does not say, from the content: headings
   * weigh most, then links; bullets at the margin, fences and macros tell the two dialects apart
   * where neither has headings or links.
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
    int markdown =
        3 * count(MD_HEADING, text)
            + 2 * count(MD_LINK, text)
            + count(MD_BULLET, text)
            + 3 * count(MD_FENCE, text);
    int moin = 3 * count(MOIN_HEADING, text) + 2 * count(MOIN_LINK, text) + count(MOIN_MACRO, text);
    if (moin == 0 && markdown == 0) {
      throw LocalGroupsException.badInput(
          fileName
              + ": cannot tell the page format (no MoinMoin or Markdown"
              + " headings or links found); name the file .moin or .md, or pass --format moin|markdown");
    }
    return markdown > moin ? MARKDOWN : MOIN;
  }

  private static int count(Pattern p, String text) {
    var m = p.matcher(text);
    int n = 0;
    while (m.find() && n < MAX_COUNT) {
      n++;
    }
    return n;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

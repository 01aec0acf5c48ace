package org.localgroups.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs and e-mail addresses seen in text that is not read as Markdown (code, HTML), for
 * diagnostics.
 */
final class UrlSightings {
  private static final Pattern URL =
      Pattern.compile(
          "(?i)\\b(?:https?://|ftp://|irc://|mailto:|www\\.)[^\\s<>\"'`)\\]]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern HREF =
      Pattern.compile("(?i)\\b(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
  private static final int SHOWN = 5;

  private UrlSightings() {}

  static List<String> in(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = URL.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** The href and src attribute values of HTML. */
  static List<String> hrefs(String html) {
    List<String> found = new ArrayList<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      found.add(value);
    }
    return found;
  }

  /** " and contain(s) N link(s), not imported: a, b, ..." or "" when there are none. */
  static String describe(List<String> urls) {
    if (urls.isEmpty()) {
      return "";
    }
    List<String> shown = urls.subList(0, Math.min(SHOWN, urls.size()));
    String more = urls.size() > SHOWN ? " and " + (urls.size() - SHOWN) + " more" : "";
    return "; it holds "
        + urls.size()
        + " link(s) that are not imported: "
        + String.join(", ", shown)
        + more;
  }
}

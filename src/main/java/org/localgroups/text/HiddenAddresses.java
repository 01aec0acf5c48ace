package org.localgroups.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses written to fool harvesters: {@code name[at]host[dot]org}, {@code
 * name(at)host.org}, {@code name at host dot org}. The one reading of them: the page front ends
 * find them, the importer and the writers tell a target written so. Quantifiers are bounded so a
 * long line costs linear time.
 */
public final class HiddenAddresses {
  private static final String LOCAL = "([A-Za-z0-9._+-]{1,64})";
  private static final String LABEL = "[A-Za-z0-9-]{1,63}";
  private static final String BRACKETED_AT = "(?:\\[at\\]|\\(at\\)|\\{at\\})";
  private static final Pattern BRACKETED =
      Pattern.compile(
          LOCAL
              + "[ \\t]{0,3}"
              + BRACKETED_AT
              + "[ \\t]{0,3}"
              + "("
              + LABEL
              + "(?:[ \\t]{0,3}(?:\\[dot\\]|\\(dot\\)|\\{dot\\}|\\.)[ \\t]{0,3}"
              + LABEL
              + "){1,8})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SPELLED =
      Pattern.compile(
          LOCAL + " at (" + LABEL + "(?: dot " + LABEL + "){1,8})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOT =
      Pattern.compile(
          "[ \\t]*(?:\\[dot\\]|\\(dot\\)|\\{dot\\}| dot |\\.)[ \\t]*", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_BRACKETED_AT =
      Pattern.compile(BRACKETED_AT, Pattern.CASE_INSENSITIVE);

  /**
   * An address found in a text.
   *
   * @param start where what was written starts
   * @param end where it ends (exclusive)
   * @param address the plain address ({@code name@host.org})
   */
  public record Found(int start, int end, String address) {}

  private HiddenAddresses() {}

  /** Every hidden address of {@code text}, in order, not overlapping. */
  public static List<Found> findAll(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.contains("at]")
        && !lower.contains("at)")
        && !lower.contains("at}")
        && !lower.contains(" at ")) {
      return List.of();
    }
    List<Found> all = new ArrayList<>();
    collect(BRACKETED.matcher(text), all);
    collect(SPELLED.matcher(text), all);
    all.sort(Comparator.comparingInt(Found::start));
    List<Found> kept = new ArrayList<>();
    int end = 0;
    for (Found found : all) {
      if (found.start() >= end) {
        kept.add(found);
        end = found.end();
      }
    }
    return kept;
  }

  /** The plain address when the whole text (a link's destination) is one hidden address. */
  public static Optional<String> whole(String text) {
    String t = text.strip();
    List<Found> found = findAll(t);
    return found.size() == 1
            && found.getFirst().start() == 0
            && found.getFirst().end() == t.length()
        ? Optional.of(found.getFirst().address())
        : Optional.empty();
  }

  /**
   * Whether a written target hides an address behind a bracketed "at" ({@code [at]}, {@code (at)},
   * {@code {at}}).
   */
  public static boolean hides(String written) {
    return ANY_BRACKETED_AT.matcher(written).find();
  }

  private static void collect(Matcher m, List<Found> into) {
    while (m.find()) {
      int end = m.end();
      String domain = m.group(2);
      while (domain.endsWith("-")) {
        domain = domain.substring(0, domain.length() - 1);
        end--;
      }
      into.add(new Found(m.start(), end, m.group(1) + "@" + DOT.matcher(domain).replaceAll(".")));
    }
  }
}

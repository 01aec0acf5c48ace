package org.localgroups.curate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Link;
import org.localgroups.directory.LinkKind;
import org.localgroups.meetings.OrganiserRules;

/**
 * The limits on what a person may write into the directory, one place for all edits: text sizes, no
 * control characters, text that was valid UTF-8, and links only to the web, e-mail and IRC.
 */
final class Fields {
  static final int MAX_NAME = 200;
  static final int MAX_DESCRIPTION = 2_000;

  /** Founded, meeting, place: a phrase. */
  static final int MAX_FIELD = 300;

  static final int MAX_COMMENT = 500;
  static final int MAX_AUTHOR = 100;
  static final int MAX_URL = 2_000;
  static final int MAX_LINKS = 30;

  /** Organisers' meeting rules of one group: a few series (a talk night and a hack night). */
  static final int MAX_MEETING_RULES = 5;

  /** The schemes a link may have: the web, e-mail and IRC (never javascript:, data:, file:). */
  static final List<String> SCHEMES = List.of("http", "https", "mailto", "irc", "ircs");

  private Fields() {}

  /**
   * The text, stripped.
   *
   * @throws LocalGroupsException BAD_INPUT when it is longer than {@code max}, holds control
   *     characters, or was not valid UTF-8: a replacement character stands where bytes could not be
   *     read (the JVM decodes command-line arguments and request bodies so), or half of a surrogate
   *     pair stands alone (no UTF-8 can encode it)
   */
  static String text(String text, String what, int max) {
    String t = text.strip();
    if (t.length() > max) {
      throw LocalGroupsException.badInput(
          capital(what) + " has at most " + max + " characters, not " + t.length() + ".");
    }
    if (t.indexOf('\uFFFD') >= 0 || hasLoneSurrogate(t)) {
      throw LocalGroupsException.badInput(capital(what) + " is not valid UTF-8 text.");
    }
    if (t.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0))) {
      throw LocalGroupsException.badInput(capital(what) + " must not hold control characters.");
    }
    return t;
  }

  /**
   * A link someone typed: an absolute http(s) URL with a host, a mailto: address, or an irc(s):
   * URL.
   *
   * @throws LocalGroupsException BAD_INPUT for anything else (javascript:, data:, a relative path,
   *     a bad URL)
   */
  static Link link(String text, BiFunction<String, String, LinkKind> kind) {
    String url = text(text, "a link", MAX_URL);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw LocalGroupsException.badInput(
          "'" + shown(url) + "' is not a valid link: " + e.getReason() + ".");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!SCHEMES.contains(scheme)) {
      throw LocalGroupsException.badInput(
          "A link must be http, https, mailto or irc; '" + shown(url) + "' is not.");
    }
    boolean web = scheme.startsWith("http") || scheme.startsWith("irc");
    if (web && (uri.getHost() == null || uri.getHost().isEmpty())) {
      throw LocalGroupsException.badInput("The link '" + shown(url) + "' names no host.");
    }
    if (scheme.equals("mailto")
        && !uri.getSchemeSpecificPart().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+.*")) {
      throw LocalGroupsException.badInput("The link '" + shown(url) + "' names no e-mail address.");
    }
    return new Link(kind.apply(url, ""), url, "", url);
  }

  private static boolean hasLoneSurrogate(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < t.length()
          && Character.isLowSurrogate(t.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Organisers' meeting rules as typed, each in the notation of {@link OrganiserRules}: checked and
   * written the canonical way. An empty list clears them.
   *
   * @throws LocalGroupsException BAD_INPUT for more than {@link #MAX_MEETING_RULES}, a rule longer
   *     than {@link #MAX_FIELD} or not valid text, one that does not read (saying why), or one
   *     given twice
   */
  static List<String> meetingRules(List<String> rules) {
    if (rules.size() > MAX_MEETING_RULES) {
      throw LocalGroupsException.badInput(
          "A group has at most " + MAX_MEETING_RULES + " meeting rules, not " + rules.size() + ".");
    }
    List<String> out = new ArrayList<>();
    for (String rule : rules) {
      String text = text(rule, "a meeting rule", MAX_FIELD);
      String canonical = OrganiserRules.canonical(text);
      if (out.contains(canonical)) {
        throw LocalGroupsException.badInput(
            "The meeting rule '" + shown(canonical) + "' is given twice.");
      }
      out.add(canonical);
    }
    return List.copyOf(out);
  }

  /** A status word ("inactive"). */
  static GroupStatus status(String word) {
    try {
      return GroupStatus.valueOf(word.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw LocalGroupsException.badInput(
          "The status is one of active, starting, inactive, defunct; not '" + shown(word) + "'.");
    }
  }

  /** Text the user typed, as a message quotes it: short, one line. */
  static String shown(String text) {
    String one = text.replaceAll("\\p{Cntrl}", "?");
    return one.length() <= 60 ? one : one.substring(0, 60) + "…";
  }

  private static String capital(String what) {
    return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }
}

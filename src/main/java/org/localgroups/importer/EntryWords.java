package org.localgroups.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.localgroups.directory.Channels;
import org.localgroups.directory.Link;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Target;

/**
 * What the words of an entry say it is: a group, a channel of its region, a site, a
 * table-of-contents line. Rules shared by the importer's reading of items and paragraphs.
 */
final class EntryWords {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DOT = Pattern.compile("\\.");

  private EntryWords() {}

  static final Pattern GROUP_WORDS =
      Pattern.compile(
          "\\b(group|groups|pug|pugs|pig|piggies|piggy|pyladies|users?|usergroup|community|comunidad|comunity|"
              + "meetups?|meetings?|meets?|club|association|pythonistas|pythoneers|hackers|enthusiasts|dinners?|drinks|"
              + "seminar|workshop|society|sig|ug|coders|developers|devs|gathering|grupo|grupy|verein|dojo)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern RESOURCE_WORDS =
      Pattern.compile(
          "\\b(wiki|forum|mailing list|site|website|portal|blog|planet|aggregator)\\b",
          Pattern.CASE_INSENSITIVE);

  static final java.util.Set<String> GENERIC_WORDS =
      java.util.Set.of(
          "python",
          "the",
          "pug",
          "py",
          "user",
          "users",
          "group",
          "django",
          "zope",
          "plone",
          "a",
          "an",
          "new",
          "national",
          "conference");

  private static final java.util.Set<String> CHANNEL_WORDS =
      java.util.Set.of(
          "meetup",
          "meetups",
          "group",
          "groups",
          "wiki",
          "forum",
          "mailing",
          "list",
          "page",
          "site",
          "website",
          "facebook",
          "twitter",
          "linkedin",
          "irc",
          "google",
          "channel",
          "blog",
          "photos",
          "videos",
          "the",
          "on",
          "fan");

  /** "[Europe](#europe)": links only into this page, and no words of its own. */
  static boolean isTableOfContentsEntry(List<Inline> inlines) {
    List<Inline.Link> links = links(inlines);
    boolean ownWords =
        inlines.stream()
            .anyMatch(i -> i instanceof Inline.Text t && t.text().matches(".*[\\p{L}\\p{N}].*"));
    return !links.isEmpty()
        && !ownWords
        && links.stream()
            .allMatch(l -> l.target() instanceof Target.Page page && page.name().startsWith("#"));
  }

  /**
   * A line that opens with a link ("[[url|Name]] ...", a table row "| [Name](url) | City |") starts
   * an entry.
   */
  static boolean startsWithLink(List<Inline> inlines) {
    for (Inline i : inlines) {
      if (i instanceof Inline.Link) {
        return true;
      }
      if (!Inline.readable(i).replaceAll("[\\s|]+", "").isEmpty()) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Google Group: http://...", "IRC: ..." -> the label, when the rest of the entry is only links.
   */
  static Optional<String> channelLabel(List<Inline> inlines) {
    if (inlines.isEmpty() || !(inlines.get(0) instanceof Inline.Text first)) {
      return Optional.empty();
    }
    int colon = first.text().indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String label = first.text().substring(0, colon).strip();
    if (!Channels.isChannelLabel(label)) {
      return Optional.empty();
    }
    String after = first.text().substring(colon + 1).strip();
    boolean onlyLinks =
        after.isEmpty()
            && inlines.subList(1, inlines.size()).stream()
                .allMatch(i -> i instanceof Inline.Link || Inline.readable(i).isBlank());
    return onlyLinks ? Optional.of(label) : Optional.empty();
  }

  /** "BangPypers Meetup Group", "PyTUG Wiki": past the first word, only words for a channel. */
  static boolean namesOnlyAChannel(String name) {
    String[] words = NOT_WORD.split(name.toLowerCase(Locale.ROOT));
    for (int i = 1; i < words.length; i++) {
      if (!words[i].isEmpty() && !CHANNEL_WORDS.contains(words[i])) {
        return false;
      }
    }
    return true;
  }

  /** A coined group name (BangPypers, PyTUG, LadyPy): a capital or digit inside its first word. */
  static boolean isCoinedName(String name) {
    String first = name.strip().split("[\\s\\-(,:]+", 2)[0];
    return first.length() > 1
        && first
            .substring(1)
            .chars()
            .anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  /**
   * "pykhmer" for http://docs.pykhmer.org; "" for hosts many groups share (Google Groups, Meetup).
   */
  static String distinctiveDomainLabel(String url) {
    String host = Link.hostOf(url).replaceFirst("^www\\.", "");
    if (host.isEmpty()
        || Link.SHARED_HOSTS.stream().anyMatch(s -> host.equals(s) || host.endsWith("." + s))
        || host.startsWith("groups.google.")) {
      return "";
    }
    String[] parts = DOT.split(host);
    if (parts.length < 2) {
      return "";
    }
    // example.org -> example; example.org.ar / example.com.br -> example
    int i = parts.length - 2;
    if (i > 0 && parts[parts.length - 1].length() == 2 && parts[i].length() <= 3) {
      i--;
    }
    return parts[i];
  }

  /**
   * A site, wiki or forum of a country, not a group: "German Python Wiki", "python-de German Python
   * mailing list".
   */
  static boolean looksLikeResource(String text) {
    return !GROUP_WORDS.matcher(text).find() && RESOURCE_WORDS.matcher(text).find();
  }

  /**
   * The entry's own words: the text before its first link ("Tulsa Web Devs - "), or when it starts
   * with a link, that link and the text up to the next one. Later links' labels ("Website",
   * "Official Site", "Photos") say nothing of what the entry is.
   */
  static String ownWords(List<Inline> inlines) {
    StringBuilder before = new StringBuilder();
    for (Inline i : inlines) {
      if (i instanceof Inline.Link) {
        break;
      }
      before.append(Inline.readable(i));
    }
    if (!before.toString().replaceAll("[\\s\\p{P}]+", "").isEmpty()) {
      return before.toString();
    }
    StringBuilder sb = new StringBuilder();
    int seen = 0;
    for (Inline i : inlines) {
      if (i instanceof Inline.Link && ++seen > 1) {
        break;
      }
      sb.append(Inline.readable(i));
    }
    return LinkReading.withoutChannelName(sb.toString());
  }

  static List<Inline.Link> links(List<Inline> inlines) {
    return inlines.stream()
        .filter(i -> i instanceof Inline.Link)
        .map(i -> (Inline.Link) i)
        .toList();
  }
}

package org.localgroups.importer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Inline.Link;
import org.localgroups.outline.Inline.Text;
import org.localgroups.outline.Target;

/**
 * One listing line read for its parts: the group's name, the rest of the line as description, its
 * links. Reads the shapes such pages use: {@code [[url|Name]] - text}, {@code Name - [[url|Site]]},
 * {@code url Name -- text}, {@code (Defunct) [[url|Name]]}, {@code [[mailto:x|Chattanooga, TN]]
 * user group}.
 *
 * @param name the group's name ("" when the line has no text at all)
 * @param description the rest of the line as a reader sees it, separators trimmed
 * @param text the whole line as a reader sees it
 * @param links the links in order
 * @param nameNote how the name was told, when it was not plainly written (for the report), else ""
 * @param nameFromLink whether the name was read from (or derived from) the first link, which then
 *     names the group
 */
record ListingLine(
    String name,
    String description,
    String text,
    List<Link> links,
    String nameNote,
    boolean nameFromLink) {

  /** Separators between a name and its description: " - ", " -- ", ": ", ", ", ". ". */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+[-–—]{1,2}\\s*|\\s*[-–—]{1,2}\\s+|:\\s+|,\\s+|\\.\\s+|\\s+\\(");

  private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s\\-–—:,.;]+");
  private static final Pattern STATUS_PREFIX =
      Pattern.compile("^\\(?\\s*(defunct|inactive|new|closed)\\s*\\)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_CONTINUATION =
      Pattern.compile("^(?:[a-z][\\w']*|Python\\b[\\w' ]*|Users?\\b[\\w' ]*)(?:\\s+[\\w']+){0,3}$");
  private static final int MAX_JOINED_WORDS = 4;

  static ListingLine read(List<Inline> content) {
    List<Link> links = new ArrayList<>();
    StringBuilder before = new StringBuilder();
    int firstLink = -1;
    for (int i = 0; i < content.size(); i++) {
      Inline inline = content.get(i);
      if (inline instanceof Link link) {
        links.add(link);
        if (firstLink < 0) {
          firstLink = i;
        }
      } else if (firstLink < 0 && inline instanceof Text t) {
        before.append(t.text());
      }
    }
    String text = readable(content, 0).strip();
    String pre = before.toString().strip();
    boolean bareFirst =
        firstLink >= 0
            && content.get(firstLink) instanceof Link l
            && l.label().isBlank()
            && !(l.target() instanceof Target.Page)
            && !readable(content, firstLink + 1).isBlank();
    if (firstLink >= 0
        && !bareFirst
        && (pre.isEmpty()
            || STATUS_PREFIX.matcher(pre).matches()
            || LEADING_PUNCT.matcher(pre).replaceAll("").isEmpty()
            || onlySymbols(pre))) {
      return fromLeadingLink(content, firstLink, pre, text, links);
    }
    return fromLeadingText(text, links);
  }

  /** {@code [[url|Name]] rest}: the link's label names the group. */
  private static ListingLine fromLeadingLink(
      List<Inline> content, int at, String prefix, String text, List<Link> links) {
    Link main = (Link) content.get(at);
    String note = "";
    String name = cleanName(main.label());
    String url = main.target() instanceof Target.Url u ? u.url() : "";
    if (name.isEmpty() || name.equals(main.target().display()) || name.equals(url)) {
      NameFromUrl derived = nameFromUrl(main.target());
      name = derived.name();
      note = derived.note();
    }
    String rest = readable(content, at + 1);
    String restStripped = rest.strip();
    // "[[mailto:..|Chattanooga, TN]] user group", "[[..|Madison]] Python Users' Group"
    String firstClause = restStripped.split("[.;:]\\s|[.;:]$|\\s[-–—]|,\\s|\\[", 2)[0].strip();
    boolean onlyText =
        content.subList(at + 1, content.size()).stream().noneMatch(i -> i instanceof Link);
    if (!firstClause.isEmpty()
        && !rest.startsWith(",")
        && !rest.startsWith(":")
        && onlyText
        && firstClause.split("\\s+").length <= MAX_JOINED_WORDS
        && NAME_CONTINUATION.matcher(firstClause).matches()
        && firstClause.equals(restStripped.replaceAll("[.!]+$", ""))) {
      name = name + " " + firstClause;
      restStripped =
          restStripped.substring(restStripped.indexOf(firstClause) + firstClause.length());
    }
    String description = LEADING_PUNCT.matcher(restStripped).replaceAll("").strip();
    if (!prefix.isEmpty()) {
      description = description.isEmpty() ? prefix : prefix + " " + description;
    }
    return new ListingLine(name, description, text, links, note, true);
  }

  /**
   * {@code Name - text [[url|label]]} or {@code url Name -- text}: the first clause names the
   * group.
   */
  private static ListingLine fromLeadingText(String text, List<Link> links) {
    String body = text;
    String note = "";
    // a bare URL (or address) first: "http://python.fi -- Python Finland association"
    if (!links.isEmpty() && text.startsWith(links.get(0).target().display())) {
      body = text.substring(links.get(0).target().display().length());
      body = LEADING_PUNCT.matcher(body).replaceAll("");
      if (body.isBlank()) {
        NameFromUrl derived = nameFromUrl(links.get(0).target());
        return new ListingLine(derived.name(), "", text, links, derived.note(), true);
      }
      note = "name taken from the text after the link";
    }
    Matcher sep = SEPARATOR.matcher(body);
    String name = body;
    String description = "";
    if (sep.find() && sep.start() > 0) {
      name = body.substring(0, sep.start());
      String tail = body.substring(sep.start());
      description =
          tail.startsWith(" (") || tail.startsWith("(")
              ? tail.strip()
              : LEADING_PUNCT.matcher(tail).replaceAll("");
    }
    return new ListingLine(cleanName(name), description.strip(), text, links, note, false);
  }

  /**
   * "🇩🇪", "🐍", "⭐": emoji and other symbols before the group's link mark it, they do not name
   * it.
   */
  static boolean onlySymbols(String text) {
    return !text.isBlank()
        && text.codePoints()
            .allMatch(
                cp ->
                    Character.isWhitespace(cp)
                        || switch (Character.getType(cp)) {
                          case Character.OTHER_SYMBOL,
                              Character.MODIFIER_SYMBOL,
                              Character.NON_SPACING_MARK,
                              Character.ENCLOSING_MARK,
                              Character.FORMAT ->
                              true;
                          default -> false;
                        });
  }

  /** The text without the symbols it starts with ("🇩🇪 Monthly meetup" -> "Monthly meetup"). */
  static String withoutSymbols(String text) {
    int i = 0;
    while (i < text.length()
        && onlySymbols(text.substring(i, i + Character.charCount(text.codePointAt(i))))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return text.substring(i).strip();
  }

  private static final int REGIONAL_INDICATOR_A = 0x1F1E6;
  private static final int REGIONAL_INDICATOR_Z = 0x1F1FF;

  /**
   * The ISO 3166-1 code of the first flag emoji in a text ("🇩🇪" is the regional indicators D and
   * E), or "". Lists sorted by continent mark each group's country this way.
   */
  static String flagCountry(String text) {
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean indicator = cp >= REGIONAL_INDICATOR_A && cp <= REGIONAL_INDICATOR_Z;
      if (indicator && previous >= 0) {
        return ""
            + (char) ('A' + previous - REGIONAL_INDICATOR_A)
            + (char) ('A' + cp - REGIONAL_INDICATOR_A);
      }
      previous = indicator ? cp : -1;
      i += Character.charCount(cp);
    }
    return "";
  }

  private static String cleanName(String name) {
    return LEADING_PUNCT.matcher(name.strip()).replaceAll("").replaceAll("[\\s.,;:]+$", "").strip();
  }

  private record NameFromUrl(String name, String note) {}

  /**
   * A name for a link that has no label but its URL. A meetup URL with the group's name pasted
   * after it ({@code
   * .../Hyderabad-Python-Meetup-Group/%20Hyderabad%20Python%20Users%20Group%20-%20HyPy}) gives that
   * name; otherwise the host ("python.cz") or the page or address.
   */
  private static NameFromUrl nameFromUrl(Target target) {
    return switch (target) {
      case Target.Url u -> {
        String decoded;
        try {
          decoded = URLDecoder.decode(u.url().replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          decoded = u.url();
        }
        int space = decoded.indexOf(' ');
        if (space > 0 && decoded.substring(space).strip().length() > 3) {
          yield new NameFromUrl(
              decoded.substring(space).strip(),
              "the URL carries the group's name after it (\""
                  + decoded.substring(space).strip()
                  + "\")");
        }
        String host = org.localgroups.directory.Link.hostOf(u.url());
        yield new NameFromUrl(
            host.startsWith("www.") ? host.substring(4) : host.isEmpty() ? u.url() : host,
            "no name written: named after the link's host");
      }
      case Target.Email e ->
          new NameFromUrl(e.address(), "no name written: named after the address");
      case Target.Page p -> new NameFromUrl(p.name(), "");
    };
  }

  /** Reading text of inlines from index {@code from}: links shown as their labels. */
  static String readable(List<Inline> content, int from) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < content.size(); i++) {
      sb.append(Inline.readable(content.get(i)));
    }
    return sb.toString().replaceAll("\\s+", " ");
  }

  /**
   * The first word of a name, lowercased, for telling two listings of one group apart from two
   * groups.
   */
  String firstWord() {
    String[] words = NOT_WORD.split(name.toLowerCase(Locale.ROOT));
    return words.length == 0 ? "" : words[0];
  }
}

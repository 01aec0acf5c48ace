package org.localgroups.directory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels that name a channel rather than a group ("Google Group", "IRC", "Website", "LadyPy Google
 * Group"). Shared by the importer, which reads "Label: link" lines as channels, and the writers,
 * which write them so.
 */
public final class Channels {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)^(.*?)\\b(google groups?|irc|website|websites|web site|facebook(?: group| page)?|mailing lists?|"
              + "twitter|forum|slack|discord|telegram|matrix|meetup(?: group)?|linkedin(?: group)?|wiki|mastodon|"
              + "chat|email|e-mail)$");

  private Channels() {}

  /** Whether a label (without its colon) names a channel. */
  public static boolean isChannelLabel(String label) {
    return LABEL.matcher(label.strip()).matches();
  }

  /**
   * The owner named before the channel word ("LadyPy" in "LadyPy Google Group"); empty when none.
   */
  public static Optional<String> owner(String label) {
    Matcher m = LABEL.matcher(label.strip());
    if (!m.matches() || m.group(1).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1).strip());
  }
}

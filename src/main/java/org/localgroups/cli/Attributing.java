package org.localgroups.cli;

import org.jspecify.annotations.Nullable;
import org.localgroups.curate.Editor;
import picocli.CommandLine.Option;

/**
 * Who makes a change and why, for the history: {@code --author} (default: the user running the
 * command, {@code $USER}) and {@code --comment}.
 */
final class Attributing {
  static final String USER_ENV = "USER";

  @Option(
      names = "--author",
      paramLabel = "NAME",
      description = "who makes the change (default: $" + USER_ENV + ", the user running this)")
  @Nullable String author;

  @Option(
      names = {"-m", "--comment"},
      defaultValue = "",
      paramLabel = "TEXT",
      description = "why, for the history")
  String comment = "";

  /**
   * The attribution: checked like every text written into the directory (size, control characters,
   * valid UTF-8).
   */
  Editor.Attribution attribution() {
    return new Editor.Attribution(author == null ? defaultAuthor() : author, comment);
  }

  /** {@code $USER}, else the JVM's idea of the user name, else "". */
  static String defaultAuthor() {
    String user = System.getenv(USER_ENV);
    if (user != null && !user.isBlank()) {
      return user;
    }
    return System.getProperty("user.name", "");
  }
}

package org.localgroups.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The maintained table of services that shut down ({@code checks/closed-platforms.tsv}): a link to
 * one of them is flagged {@link org.localgroups.fetch.Outcome#PLATFORM_CLOSED} without fetching.
 * Immutable and thread-safe.
 */
public final class ClosedPlatforms {
  /** The bundled table. */
  static final String RESOURCE = "/checks/closed-platforms.tsv";

  private static final int COLUMNS = 4;

  private final List<ClosedPlatform> platforms;

  public ClosedPlatforms(List<ClosedPlatform> platforms) {
    this.platforms = List.copyOf(platforms);
  }

  /** The table bundled with localgroups. */
  public static ClosedPlatforms bundled() {
    try (InputStream in = ClosedPlatforms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a table: tab-separated name, patterns (separated by spaces), closing date, source; lines
   * starting with {@code #} and blank lines are skipped.
   *
   * @throws IllegalArgumentException naming the line, when a line is malformed
   */
  static ClosedPlatforms read(String table) {
    List<ClosedPlatform> out = new ArrayList<>();
    int number = 0;
    try (BufferedReader lines = new BufferedReader(new java.io.StringReader(table))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS || cells[0].isBlank() || cells[1].isBlank()) {
          throw new IllegalArgumentException(
              "Line " + number + " of the closed platforms has not a name, patterns, date, source");
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String p : Arrays.stream(cells[1].strip().split(" +")).toList()) {
          try {
            patterns.add(Pattern.compile(p));
          } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                "Line " + number + " of the closed platforms: bad pattern " + p, e);
          }
        }
        out.add(new ClosedPlatform(cells[0].strip(), patterns, cells[2].strip(), cells[3].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ClosedPlatforms(out);
  }

  /** The platform a URL is on, when it is a closed one. */
  public Optional<ClosedPlatform> match(String url) {
    return platforms.stream().filter(p -> p.matches(url)).findFirst();
  }

  public List<ClosedPlatform> platforms() {
    return platforms;
  }
}

package org.localgroups.web.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.localgroups.LocalGroupsException;
import org.localgroups.web.Params;

/**
 * One line per answered request, on standard output (other logs go to standard error): as text for
 * a person at a terminal, as one JSON object per line for a log collector, or none.
 */
public final class RequestLog {
  /** How the lines are written. */
  public enum Format {
    TEXT,
    JSON,
    OFF;

    /** The format named on the command line ("text", "json", "off"). */
    public static Format named(String name) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw LocalGroupsException.badInput(
            "The log format is text, json or off, not '" + Params.shorten(name) + "'.");
      }
    }
  }

  /** What is logged of one request. */
  record Line(
      Instant at,
      String method,
      String path,
      String route,
      int status,
      double millis,
      String client) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Format format;
  private final PrintStream out;

  public RequestLog(Format format, PrintStream out) {
    this.format = format;
    this.out = out;
  }

  /** No lines at all (tests, and servers embedded in other programs). */
  public static RequestLog off() {
    return new RequestLog(Format.OFF, System.out);
  }

  void write(Line line) {
    String text = format(line);
    if (!text.isEmpty()) {
      out.println(text);
    }
  }

  /** The line as written: "" when off. Paths are printable ASCII only, at most 200 characters. */
  String format(Line line) {
    String path = Params.forLog(line.path());
    return switch (format) {
      case OFF -> "";
      case TEXT ->
          String.format(
              Locale.ROOT,
              "%s %s %s %d %.1f ms %s",
              line.at(),
              line.method(),
              path,
              line.status(),
              line.millis(),
              line.client());
      case JSON -> json(line, path);
    };
  }

  private static String json(Line line, String path) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("time", line.at().toString());
    fields.put("method", line.method());
    fields.put("path", path);
    fields.put("route", line.route());
    fields.put("status", line.status());
    fields.put("ms", Math.round(line.millis() * 10) / 10.0);
    fields.put("client", line.client());
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A map of strings and numbers is always JSON", e);
    }
  }
}

package org.localgroups.outline;

/**
 * Something a reader of the page should know about one spot of it.
 *
 * @param line 1-based source line
 * @param column 1-based column, or 0 when it concerns the whole line
 * @param code a stable short code, e.g. {@code swapped-link}
 * @param message one sentence for a curator
 */
public record Diagnostic(int line, int column, Severity severity, String code, String message) {
  public enum Severity {
    INFO,
    WARNING,
    ERROR
  }
}

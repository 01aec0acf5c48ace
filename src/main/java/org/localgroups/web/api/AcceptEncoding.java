package org.localgroups.web.api;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads an {@code Accept-Encoding} header (RFC 9110 §12.5.3) for the one coding we send. */
final class AcceptEncoding {
  private AcceptEncoding() {}

  /**
   * Whether the client takes a gzip body: "gzip" (or "*") listed with a weight above zero, and gzip
   * not refused by name ({@code gzip;q=0}).
   */
  static boolean takesGzip(@Nullable String header) {
    if (header == null) {
      return false;
    }
    Boolean named = null;
    boolean any = false;
    for (String item : header.split(",")) {
      String[] parts = item.split(";");
      String coding = parts[0].strip().toLowerCase(Locale.ROOT);
      boolean wanted = weight(parts) > 0;
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        named = wanted;
      } else if (coding.equals("*")) {
        any = wanted;
      }
    }
    return named != null ? named : any;
  }

  /** The q parameter of a list item, 1 when absent, 0 when unreadable. */
  private static double weight(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip().toLowerCase(Locale.ROOT);
      if (p.startsWith("q=")) {
        try {
          return Double.parseDouble(p.substring(2).strip());
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}

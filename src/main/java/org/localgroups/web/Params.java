package org.localgroups.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.directory.Directory;
import org.localgroups.directory.Group;
import org.localgroups.directory.GroupStatus;
import org.localgroups.directory.Placement;
import org.localgroups.directory.Region;
import org.localgroups.search.Bbox;
import org.localgroups.search.GroupFinder;
import org.localgroups.search.NearResult;

/**
 * Reads and checks request parameters; every bad value becomes a BAD_INPUT with a message for
 * people.
 */
public final class Params {
  public static final int MAX_QUERY_STRING_BYTES = 2048;
  public static final int MAX_TEXT_CHARS = 200;
  public static final int DEFAULT_K = 10;
  public static final int MAX_K = 100;
  public static final double DEFAULT_RADIUS_KM = 150;

  /** Half the Earth's circumference: no two places are farther apart. */
  public static final double MAX_RADIUS_KM = 20_038;

  public static final int DEFAULT_PER_PAGE = 20;
  public static final int MAX_PER_PAGE = 100;

  private Params() {}

  /** A search point: place text, or coordinates. */
  public sealed interface Where {}

  public record ByText(String text) implements Where {}

  public record ByPoint(double latitude, double longitude) implements Where {}

  /** Where to search from, or empty when neither q nor lat/lon is given. */
  public static Optional<Where> where(Context ctx) {
    String q = text(ctx.queryParam("q"), "q");
    String lat = ctx.queryParam("lat");
    String lon = ctx.queryParam("lon");
    if ((lat == null || lat.isBlank()) && (lon == null || lon.isBlank())) {
      return q.isEmpty() ? Optional.empty() : Optional.of(new ByText(q));
    }
    if ((lat == null || lat.isBlank()) || (lon == null || lon.isBlank())) {
      throw LocalGroupsException.badInput("Give both lat and lon, or a place name in q.");
    }
    return Optional.of(point(lat, lon));
  }

  /**
   * A point from lat and lon texts, both present. @throws LocalGroupsException BAD_INPUT when
   * either is off
   */
  static ByPoint point(String lat, String lon) {
    double latitude = number(lat, "lat");
    double longitude = number(lon, "lon");
    Placement.requireOnEarth(latitude, longitude);
    return new ByPoint(latitude, longitude);
  }

  /**
   * The group a path names. @throws LocalGroupsException NOT_FOUND when the directory has none of
   * that slug
   */
  public static Group group(Directory d, String slug) {
    return d.group(slug)
        .orElseThrow(
            () ->
                LocalGroupsException.notFound(
                    "No group '" + shorten(slug) + "' is in the directory."));
  }

  /**
   * The region a path names. @throws LocalGroupsException NOT_FOUND when the directory has none of
   * that slug
   */
  public static Region region(Directory d, String slug) {
    return d.region(slug)
        .orElseThrow(
            () ->
                LocalGroupsException.notFound(
                    "No region '" + shorten(slug) + "' is in the directory."));
  }

  /** Runs a near search from wherever the request asked. */
  public static NearResult near(GroupFinder finder, Where where, int k, double radiusKm) {
    return switch (where) {
      case ByText t -> finder.near(t.text(), k, radiusKm);
      case ByPoint p -> finder.near(p.latitude(), p.longitude(), k, radiusKm);
    };
  }

  public static int k(@Nullable String value) {
    return intIn(value, "k", DEFAULT_K, 1, MAX_K);
  }

  public static double radiusKm(@Nullable String value) {
    return radiusKm(value, "radius_km");
  }

  /** A radius in km from the parameter {@code name}, 150 when not given. */
  public static double radiusKm(@Nullable String value, String name) {
    if ((value == null || value.isBlank())) {
      return DEFAULT_RADIUS_KM;
    }
    double r = number(value, name);
    if (r < 0 || r > MAX_RADIUS_KM) {
      throw LocalGroupsException.badInput(
          name
              + " must be between 0 and "
              + (int) MAX_RADIUS_KM
              + " km, got "
              + shorten(value)
              + ".");
    }
    return r;
  }

  /**
   * A revision id from the parameter {@code name}: a whole number from 1; 0 when not given.
   *
   * @throws LocalGroupsException BAD_INPUT when it is not one
   */
  public static long revision(@Nullable String value, String name) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    String v = value.strip();
    // at most 18 digits: always a long, and far beyond any revision
    long id = v.matches("[0-9]{1,18}") ? Long.parseLong(v) : 0;
    if (id >= 1) {
      return id;
    }
    throw LocalGroupsException.badInput(
        name + " must be a revision number (a whole number from 1), got '" + shorten(value) + "'.");
  }

  /** A whole number from the parameter {@code name}, {@code dflt} when not given. */
  public static int wholeNumber(@Nullable String value, String name, int dflt, int min, int max) {
    return intIn(value, name, dflt, min, max);
  }

  /**
   * A map's view from {@code west,south,east,north} in WGS84 degrees; west east of east crosses the
   * antimeridian.
   */
  public static Bbox bbox(String value) {
    String[] edges = value.split(",", -1);
    if (edges.length != 4) {
      throw LocalGroupsException.badInput(
          "bbox must be four numbers, west,south,east,north in degrees (for example"
              + " bbox=-10,35,30,60), got '"
              + shorten(value)
              + "'.");
    }
    return new Bbox(
        number(edges[0], "bbox's west edge"),
        number(edges[1], "bbox's south edge"),
        number(edges[2], "bbox's east edge"),
        number(edges[3], "bbox's north edge"));
  }

  public static int page(@Nullable String value) {
    return intIn(value, "page", 1, 1, 1_000_000);
  }

  public static int perPage(@Nullable String value) {
    return intIn(value, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
  }

  public static Optional<GroupStatus> status(@Nullable String value) {
    if ((value == null || value.isBlank())) {
      return Optional.empty();
    }
    try {
      return Optional.of(GroupStatus.valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw LocalGroupsException.badInput(
          "status must be one of active, starting, inactive, defunct; got '"
              + shorten(value)
              + "'.");
    }
  }

  /** A country filter: an ISO 3166-1 alpha-2 code, upper-cased, or "". */
  public static String country(@Nullable String value) {
    if ((value == null || value.isBlank())) {
      return "";
    }
    String c = value.strip().toUpperCase(Locale.ROOT);
    if (!c.matches("[A-Z]{2}")) {
      throw LocalGroupsException.badInput(
          "country must be a two-letter ISO code such as PL; got '" + shorten(value) + "'.");
    }
    return c;
  }

  /** A yes-or-no parameter: absent, "0" or "false" is no; "1" or "true" is yes; else a 400. */
  public static boolean flag(@Nullable String value, String name) {
    if (value == null || value.equals("0") || value.equals("false")) {
      return false;
    }
    if (value.equals("1") || value.equals("true")) {
      return true;
    }
    throw LocalGroupsException.badInput(
        "The parameter '" + name + "' is 1 or 0 (true or false), not '" + shorten(value) + "'.");
  }

  /** Free text, stripped; "" when absent; too long is bad input. */
  public static String text(@Nullable String value, String name) {
    if (value == null) {
      return "";
    }
    String s = value.strip();
    if (s.length() > MAX_TEXT_CHARS) {
      throw LocalGroupsException.badInput(
          name + " is too long (" + s.length() + " characters; at most " + MAX_TEXT_CHARS + ").");
    }
    return s;
  }

  /** Rejects query strings over {@link #MAX_QUERY_STRING_BYTES} before anything reads them. */
  public static void checkQueryStringSize(@Nullable String queryString) {
    if (queryString != null && queryString.length() > MAX_QUERY_STRING_BYTES) {
      throw LocalGroupsException.badInput(
          "The query string is too long ("
              + queryString.length()
              + " bytes; at most "
              + MAX_QUERY_STRING_BYTES
              + ").");
    }
  }

  /**
   * What is wrong with an address's path as it came in, percent-encoded: "" when nothing. Its
   * escapes must be {@code %} and two hex digits, and the bytes they make well-formed UTF-8 without
   * control characters (no {@code %u0041}, lone {@code %}, overlong {@code %C0%AF}, surrogate
   * {@code %ED%A0%80}, {@code %FF} or {@code %00}). Such paths name nothing here; decoding them
   * failed deep inside the router (issue 13).
   */
  public static String pathProblem(String rawPath) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c == '%') {
        int high = i + 2 < rawPath.length() ? Character.digit(rawPath.charAt(i + 1), 16) : -1;
        int low = high < 0 ? -1 : Character.digit(rawPath.charAt(i + 2), 16);
        if (low < 0) {
          return "a % that is not followed by two hex digits";
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    String decoded;
    try {
      decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
    } catch (CharacterCodingException e) {
      return "its escapes are not UTF-8";
    }
    return decoded.chars().anyMatch(Character::isISOControl) ? "it holds a control character" : "";
  }

  /** An address for a log line: printable ASCII only, at most 200 characters. */
  public static String forLog(String rawPath) {
    String printable = rawPath.replaceAll("[^\\x21-\\x7e]", "?");
    return printable.length() <= 200 ? printable : printable.substring(0, 200) + "...";
  }

  private static int intIn(@Nullable String value, String name, int dflt, int min, int max) {
    if ((value == null || value.isBlank())) {
      return dflt;
    }
    int i;
    try {
      i = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw LocalGroupsException.badInput(
          name
              + " must be a whole number between "
              + min
              + " and "
              + max
              + ", got '"
              + shorten(value)
              + "'.");
    }
    if (i < min || i > max) {
      throw LocalGroupsException.badInput(
          name + " must be between " + min + " and " + max + ", got " + i + ".");
    }
    return i;
  }

  private static double number(@Nullable String value, String name) {
    if ((value == null || value.isBlank())) {
      throw LocalGroupsException.badInput(name + " is missing.");
    }
    try {
      double d = Double.parseDouble(value.strip());
      if (Double.isFinite(d) && value.strip().matches("[-+]?[0-9.eE+-]+")) {
        return d;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw LocalGroupsException.badInput(name + " must be a number, got '" + shorten(value) + "'.");
  }

  public static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}

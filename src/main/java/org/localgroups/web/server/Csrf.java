package org.localgroups.web.server;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.localgroups.web.errors.HttpProblem;

/**
 * Protection of every POST form against cross-site request forgery, by a double-submitted token:
 * the page that shows a form puts a random token both in a cookie ({@link #COOKIE}: HttpOnly,
 * SameSite=Strict) and in the form's hidden field {@link #FIELD}; a POST is taken only when the two
 * agree (compared in constant time) and, when the browser says where the request comes from ({@code
 * Origin}, else {@code Referer}), it comes from this site. Another site can make a browser send the
 * cookie (not even that, with SameSite=Strict) but cannot read it to fill in the field.
 *
 * <p>Use: {@code String token = Csrf.token(ctx)} when rendering the form, {@code <input
 * type="hidden" name="csrf" value="${token}">} in it, and {@code Csrf.verify(ctx)} first thing in
 * the POST handler, before anything is read or changed. A refusal is a 403 problem of type {@code
 * csrf}, shown as a page to browsers.
 */
public final class Csrf {
  /** The cookie that holds the visitor's token. */
  public static final String COOKIE = "localgroups_csrf";

  /** The form field that must repeat it. */
  public static final String FIELD = "csrf";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TOKEN_BYTES = 32;

  private Csrf() {}

  /**
   * The token for the forms of this page: the visitor's cookie when it holds a well-formed token,
   * otherwise a new one, set as the cookie on this response.
   */
  public static String token(Context ctx) {
    String current = ctx.cookie(COOKIE);
    if (current != null && wellFormed(current)) {
      return current;
    }
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Cookie cookie = new Cookie(COOKIE, token);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setSecure("https".equalsIgnoreCase(ctx.scheme()));
    ctx.cookie(cookie);
    return token;
  }

  /**
   * Refuses the request (403) unless its form field repeats its cookie's token and it comes from
   * this site. Call before reading or changing anything.
   */
  public static void verify(Context ctx) {
    String cookie = ctx.cookie(COOKIE);
    String field = ctx.formParam(FIELD);
    if (cookie == null || !wellFormed(cookie)) {
      throw refusal(
          "The form's security cookie is missing: open the form again (with cookies allowed for"
              + " this site) and send it from there.");
    }
    if (field == null || !equal(cookie, field)) {
      throw refusal(
          "The form's security token does not match: open the form again and send it from"
              + " there.");
    }
    String from = ctx.header("Origin");
    if (from == null || from.isBlank() || "null".equals(from)) {
      from = ctx.header("Referer");
    }
    if (from != null && !from.isBlank() && !sameSite(from, ctx.host())) {
      throw refusal("The form was sent from another site.");
    }
  }

  private static boolean wellFormed(String token) {
    return token.length() == 43 && token.chars().allMatch(Csrf::base64Url);
  }

  private static boolean base64Url(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  private static boolean equal(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether an Origin or Referer names the host (and port) this request was sent to. */
  private static boolean sameSite(String from, @Nullable String host) {
    if (host == null) {
      return false;
    }
    try {
      URI uri = URI.create(from.strip());
      String authority = uri.getRawAuthority();
      return authority != null
          && authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static HttpProblem refusal(String detail) {
    return HttpProblem.of(403, "csrf", "Form not accepted", detail);
  }
}

package org.localgroups.web;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The site's absolute address as the request reached it ("https://example.org"), for what must be
 * absolute: calendar feeds' links and webcal: subscriptions. A Host header that is not a host name
 * (or an IP address) with an optional port is not echoed back: "localhost" stands for it.
 */
public final class SiteAddress {
  private static final Pattern HOST =
      Pattern.compile(
          "(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}\\])(?::\\d{1,5})?");

  private SiteAddress() {}

  /** "http://host:port" of this request. */
  public static String of(Context ctx) {
    String scheme = "https".equalsIgnoreCase(ctx.scheme()) ? "https" : "http";
    return scheme + "://" + host(ctx.host());
  }

  /** The webcal: address of a feed at this path ("/groups/x.ics"). */
  public static String webcal(Context ctx, String path) {
    return "webcal://" + host(ctx.host()) + path;
  }

  static String host(@Nullable String header) {
    return header != null && HOST.matcher(header).matches() ? header : "localhost";
  }
}

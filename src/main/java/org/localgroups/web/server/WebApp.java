package org.localgroups.web.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.localgroups.web.Json;
import org.localgroups.web.Params;
import org.localgroups.web.Templates;
import org.localgroups.web.WebConfig;
import org.localgroups.web.WebServices;
import org.localgroups.web.api.Api;
import org.localgroups.web.api.MeetingsApi;
import org.localgroups.web.errors.ErrorMapping;
import org.localgroups.web.feeds.CalendarRoutes;
import org.localgroups.web.pages.Pages;

/**
 * The visitor's side of localgroups: HTML pages, the JSON API and static files, as one Javalin
 * server. Call {@code start(port)} on the result; nothing is loaded from another host at run time.
 */
public final class WebApp {
  /**
   * Jetty's default (8 KB) would answer an over-long query with a bare 431 before our own clear
   * 400.
   */
  private static final int REQUEST_HEADER_BYTES = 16 * 1024;

  private static final String STATIC_CACHE = "public, max-age=86400";

  private WebApp() {}

  /** A server over these services, not yet started. */
  public static Javalin create(WebServices services, WebConfig config) {
    Templates templates = new Templates();
    Json json = new Json();
    Pages pages = new Pages(services, config, templates);
    Api api = new Api(services, json);
    CalendarRoutes calendars = new CalendarRoutes(services);
    MeetingsApi meetingsApi = new MeetingsApi(services, json);
    ErrorMapping errors = new ErrorMapping(config, templates, json);
    String csp = contentSecurityPolicy(config);

    return Javalin.create(
        c -> {
          c.startup.showJavalinBanner = false;
          c.startup.showOldJavalinVersionWarning = false;
          c.http.compressionStrategy = CompressionStrategy.GZIP;
          c.http.prefer405over404 = true;
          c.jetty.modifyHttpConfiguration(h -> h.setRequestHeaderSize(REQUEST_HEADER_BYTES));
          c.jetty.modifyServer(
              server -> server.setErrorHandler(new ErrorMapping.TransportErrors()));
          c.staticFiles.add(
              sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/static";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", STATIC_CACHE);
              });
          c.routes.before(
              ctx -> {
                securityHeaders(ctx, csp);
                if (ErrorMapping.wantsJson(ctx)) {
                  ctx.header("Access-Control-Allow-Origin", "*");
                }
                Params.checkQueryStringSize(ctx.queryString());
              });
          // before the pages: /groups/{slug} would take /groups/{slug}.ics
          calendars.register(c.routes);
          pages.register(c.routes);
          api.register(c.routes);
          meetingsApi.register(c.routes);
          errors.register(c.routes);
        });
  }

  /** Only our own origin, plus the tile server when one is configured. */
  static String contentSecurityPolicy(WebConfig config) {
    String tiles = config.tileSource().isEmpty() ? "" : " " + config.tileSource();
    return "default-src 'self'; img-src 'self' data:"
        + tiles
        + "; script-src 'self'; style-src 'self'; "
        + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        + "frame-ancestors 'none'";
  }

  private static void securityHeaders(Context ctx, String csp) {
    ctx.header("Content-Security-Policy", csp);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Permissions-Policy", "geolocation=(self), camera=(), microphone=()");
  }
}

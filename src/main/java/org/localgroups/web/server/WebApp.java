package org.localgroups.web.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.web.Assets;
import org.localgroups.web.Json;
import org.localgroups.web.MovedSlugs;
import org.localgroups.web.Params;
import org.localgroups.web.Templates;
import org.localgroups.web.WebConfig;
import org.localgroups.web.WebServices;
import org.localgroups.web.api.Api;
import org.localgroups.web.api.Curation;
import org.localgroups.web.api.MeetingsApi;
import org.localgroups.web.errors.ErrorMapping;
import org.localgroups.web.feeds.CalendarRoutes;
import org.localgroups.web.feeds.ChangesFeed;
import org.localgroups.web.pages.DuplicatesPages;
import org.localgroups.web.pages.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The visitor's side of localgroups: HTML pages, the JSON API and static files, as one Javalin
 * server. Call {@code start(port)} on the result; nothing is loaded from another host at run time.
 */
public final class WebApp {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  private WebApp() {}

  /** A server over these services with the default {@link ClientLimits}, not yet started. */
  public static Javalin create(WebServices services, WebConfig config) {
    return create(services, config, ClientLimits.defaults());
  }

  /** A server over these services, without a request log, revisions and edits, not yet started. */
  public static Javalin create(WebServices services, WebConfig config, ClientLimits limits) {
    return create(services, config, limits, RequestLog.off(), ApiRateLimit.defaults(), null);
  }

  /** A server over these services with this rate limit and no request log, not yet started. */
  public static Javalin create(
      WebServices services, WebConfig config, ClientLimits limits, ApiRateLimit rate) {
    return create(services, config, limits, RequestLog.off(), rate, null);
  }

  /** A server over these services with this request log, not yet started. */
  public static Javalin create(
      WebServices services, WebConfig config, ClientLimits limits, RequestLog requestLog) {
    return create(services, config, limits, requestLog, ApiRateLimit.defaults(), null);
  }

  /**
   * A server over these services without a request log, not yet started; with {@code curation}, the
   * API also answers with revisions and history and takes edits.
   */
  public static Javalin create(
      WebServices services, WebConfig config, ClientLimits limits, Curation curation) {
    return create(services, config, limits, RequestLog.off(), ApiRateLimit.defaults(), curation);
  }

  /**
   * A server over these services, not yet started: a line per request to {@code requestLog}, the
   * public API limited by {@code rate}; with {@code curation}, the API also answers with revisions
   * and history and takes edits.
   */
  public static Javalin create(
      WebServices services,
      WebConfig config,
      ClientLimits limits,
      RequestLog requestLog,
      ApiRateLimit rate,
      @Nullable Curation curation) {
    ApiRateLimiter rateLimiter = new ApiRateLimiter(rate);
    Templates templates = new Templates(Assets.fromClasspath());
    StaticFiles staticFiles = new StaticFiles(templates.assets());
    Json json = new Json();
    Pages pages = new Pages(services, config, templates);
    Api api = new Api(services, json, curation);
    CalendarRoutes calendars = new CalendarRoutes(services);
    MovedSlugs moved = new MovedSlugs(services);
    DuplicatesPages duplicates = new DuplicatesPages(services, config, templates, curation);
    Optional<ChangesFeed> changesFeed =
        services.history().map(store -> new ChangesFeed(services, store, config));
    MeetingsApi meetingsApi = new MeetingsApi(services, json);
    ErrorMapping errors = new ErrorMapping(config, templates, json);
    Operations operations = new Operations(services, requestLog);
    Map<String, String> securityHeaders = securityHeaders(config);

    return Javalin.create(
        c -> {
          c.startup.showJavalinBanner = false;
          c.startup.showOldJavalinVersionWarning = false;
          c.http.compressionStrategy = CompressionStrategy.GZIP;
          c.http.prefer405over404 = true;
          c.requestLogger.http(operations::answered);
          JettySetup.configure(c.jetty, limits, errors.transportErrors(securityHeaders));
          c.routes.before(
              ctx -> {
                securityHeaders.forEach(ctx::header);
                if (Api.isCrossOrigin(ctx.method(), ctx.path())) {
                  ctx.header("Access-Control-Allow-Origin", "*");
                }
                refuseMalformedPath(ctx);
                Params.checkQueryStringSize(ctx.queryString());
                moved.redirect(ctx);
                rateLimiter.check(ctx);
              });
          // before the pages: /groups/{slug} would take /groups/{slug}.ics
          calendars.register(c.routes);
          changesFeed.ifPresent(f -> f.register(c.routes));
          staticFiles.register(c.routes);
          pages.register(c.routes);
          duplicates.register(c.routes);
          api.register(c.routes);
          meetingsApi.register(c.routes);
          operations.register(c.routes);
          errors.register(c.routes);
        });
  }

  /**
   * A path whose escapes do not decode names nothing here: a 400 and one log line, before the
   * router tries to decode it (which failed with a 500 and a stack trace per request). Jetty lets
   * such paths through to here (see {@link JettySetup}), unless it cannot read them at all.
   */
  private static void refuseMalformedPath(Context ctx) {
    String problem = Params.pathProblem(ctx.path());
    if (!problem.isEmpty()) {
      LOG.info(
          "Refused a malformed address ({}): {} {}",
          problem,
          ctx.method(),
          Params.forLog(ctx.path()));
      throw LocalGroupsException.badInput(
          "The address " + Params.shorten(ctx.path()) + " is malformed: " + problem + ".");
    }
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

  /** The headers every answer carries, ours and the errors Jetty answers before routing alike. */
  static Map<String, String> securityHeaders(WebConfig config) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", contentSecurityPolicy(config));
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Permissions-Policy", "geolocation=(self), camera=(), microphone=()");
    return Collections.unmodifiableMap(headers);
  }
}

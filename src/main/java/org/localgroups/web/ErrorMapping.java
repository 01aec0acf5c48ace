package org.localgroups.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.localgroups.LocalGroupsException;
import org.localgroups.geo.UnknownPlaceException;
import org.localgroups.web.ApiModel.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All HTTP error mapping, in one place: problem+json (RFC 9457) under /api and /health, an HTML page
 * elsewhere. Users never see a stack trace; unexpected failures are logged.
 */
final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
  private static final String HANDLED = "localgroups.error-handled";

  private final Views views;
  private final Templates templates;
  private final Json json;

  ErrorMapping(Views views, Templates templates, Json json) {
    this.views = views;
    this.templates = templates;
    this.json = json;
  }

  void register(RoutesConfig routes) {
    routes.exception(LocalGroupsException.class, (e, ctx) -> {
      List<String> suggestions = e instanceof UnknownPlaceException u ? u.suggestions() : List.of();
      String type = e instanceof UnknownPlaceException ? "unknown-place" : typeOf(e.kind());
      respond(ctx, status(e.kind()), type, e.getMessage(), suggestions);
    });
    routes.exception(HttpResponseException.class, (e, ctx) -> {
      int status = e.getStatus();
      String message = switch (status) {
        case 404 -> notFoundMessage(ctx);
        case 405 -> ctx.method() + " is not allowed on " + Params.shorten(ctx.path()) + "; this site is read-only here.";
        default -> e.getMessage();
      };
      String type = switch (status) {
        case 404 -> "not-found";
        case 405 -> "method-not-allowed";
        default -> "http-" + status;
      };
      respond(ctx, status, type, message, List.of());
    });
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
      respond(ctx, 500, "server-error", "Something went wrong on our side. It has been logged; please try again later.",
          List.of());
    });
    // requests that matched no route and no static file
    routes.error(404, ctx -> {
      if (ctx.attribute(HANDLED) == null) {
        respond(ctx, 404, "not-found", notFoundMessage(ctx), List.of());
      }
    });
  }

  private void respond(Context ctx, int status, String type, String message, List<String> suggestions) {
    ctx.attribute(HANDLED, Boolean.TRUE);
    ctx.status(status);
    if (wantsJson(ctx)) {
      json.write(ctx, Json.PROBLEM, new Problem("/problems/" + type, title(status, type), status, message,
          ctx.path(), suggestions));
    } else {
      boolean placeSearch = ctx.path().startsWith("/near");
      ctx.html(templates.render("error.jte", views.error(status, message, suggestions, placeSearch)));
    }
  }

  static boolean wantsJson(Context ctx) {
    String path = ctx.path();
    return path.equals("/api") || path.startsWith("/api/") || path.equals("/health");
  }

  static int status(LocalGroupsException.Kind kind) {
    return switch (kind) {
      case BAD_INPUT -> 400;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case UNAVAILABLE -> 503;
    };
  }

  private static String typeOf(LocalGroupsException.Kind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String title(int status, String type) {
    return switch (type) {
      case "unknown-place" -> "Unknown place";
      case "bad-input" -> "Bad input";
      case "not-found" -> "Not found";
      case "conflict" -> "Conflict";
      case "unavailable" -> "Unavailable";
      case "server-error" -> "Internal server error";
      case "method-not-allowed" -> "Method not allowed";
      default -> "HTTP " + status;
    };
  }

  private static String notFoundMessage(Context ctx) {
    return "There is nothing at " + Params.shorten(ctx.path()) + ".";
  }
}

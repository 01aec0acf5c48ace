package org.localgroups.web.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;
import org.localgroups.geo.UnknownPlaceException;
import org.localgroups.web.Json;
import org.localgroups.web.Params;
import org.localgroups.web.Presentation;
import org.localgroups.web.Templates;
import org.localgroups.web.WebConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All HTTP error mapping, in one place: problem+json (RFC 9457) under /api and /health, an HTML
 * page elsewhere; {@link #transportErrors} for what Jetty refuses before routing. Users never see a
 * stack trace; unexpected failures are logged.
 */
public final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
  private static final String HANDLED = "localgroups.error-handled";

  private final WebConfig config;
  private final Templates templates;
  private final Json json;

  /** RFC 9457 problem details; {@code suggestions} only for unknown places. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Problem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<String> suggestions) {}

  public ErrorMapping(WebConfig config, Templates templates, Json json) {
    this.config = config;
    this.templates = templates;
    this.json = json;
  }

  public void register(RoutesConfig routes) {
    // each problem's type URL explains it
    routes.get(
        "/problems/{type}",
        ctx -> {
          ProblemTypes.ProblemType type =
              ProblemTypes.named(ctx.pathParam("type"))
                  .orElseThrow(
                      () ->
                          LocalGroupsException.notFound(
                              "There is no kind of problem called '"
                                  + Params.shorten(ctx.pathParam("type"))
                                  + "'."));
          ctx.header("Cache-Control", "public, max-age=86400");
          ctx.html(
              templates.render(
                  ctx,
                  "error.jte",
                  new ErrorPage(
                      config.layout(type.title() + " (HTTP " + type.status() + ")", ""),
                      200,
                      type.explanation(),
                      List.of(),
                      false,
                      "")));
        });
    routes.exception(
        TooManyRequests.class,
        (e, ctx) -> respond(ctx, 429, "too-many-requests", e.sentence(), List.of()));
    routes.exception(
        HttpProblem.class,
        (e, ctx) -> {
          e.headers().forEach(ctx::header);
          respond(ctx, e.status(), e.type(), e.title(), e.getMessage(), e.members());
        });
    routes.exception(
        LocalGroupsException.class,
        (e, ctx) -> {
          if (e instanceof UnknownPlaceException u) {
            // the page lists the suggestions as links, so its sentence does not repeat them
            respond(
                ctx,
                status(e.kind()),
                "unknown-place",
                e.getMessage(),
                "No place called '" + Params.shorten(u.text()) + "' is known.",
                u.suggestions());
          } else {
            respond(ctx, status(e.kind()), typeOf(e.kind()), e.getMessage(), List.of());
          }
        });
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          int status = e.getStatus();
          String message =
              switch (status) {
                case 404 -> notFoundMessage(ctx);
                case 405 ->
                    ctx.method()
                        + " is not allowed on "
                        + Params.shorten(ctx.path())
                        + "; this site is read-only here.";
                default -> Objects.requireNonNullElse(e.getMessage(), "HTTP " + status);
              };
          String type =
              switch (status) {
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                default -> "http-" + status;
              };
          respond(ctx, status, type, message, List.of());
        });
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
          respond(
              ctx,
              500,
              "server-error",
              "Something went wrong on our side. It has been logged; please try again later.",
              List.of());
        });
    // requests that matched no route and no static file
    routes.error(
        404,
        ctx -> {
          if (ctx.attribute(HANDLED) == null) {
            respond(ctx, 404, "not-found", notFoundMessage(ctx), List.of());
          }
        });
  }

  /** A problem with its own title and further members; a page off the API. */
  private void respond(
      Context ctx,
      int status,
      String type,
      String title,
      String message,
      Map<String, Object> members) {
    if (!wantsJson(ctx)) {
      respond(ctx, status, type, message, List.of());
      return;
    }
    ctx.attribute(HANDLED, true);
    ctx.status(status);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "/problems/" + type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", message);
    body.put("instance", ctx.path());
    body.putAll(members);
    json.write(ctx, Json.PROBLEM, body);
  }

  private void respond(
      Context ctx, int status, String type, String message, List<String> suggestions) {
    respond(ctx, status, type, message, message, suggestions);
  }

  private void respond(
      Context ctx,
      int status,
      String type,
      String message,
      String pageMessage,
      List<String> suggestions) {
    ctx.attribute(HANDLED, true);
    ctx.status(status);
    if (wantsJson(ctx)) {
      json.write(
          ctx,
          Json.PROBLEM,
          new Problem(
              "/problems/" + type, title(status, type), status, message, ctx.path(), suggestions));
    } else {
      boolean placeSearch = ctx.path().startsWith("/near");
      String query = placeSearch ? queryOrEmpty(ctx) : "";
      ctx.html(
          templates.render(
              ctx, "error.jte", page(status, pageMessage, suggestions, placeSearch, query)));
    }
  }

  private ErrorPage page(
      int status, String message, List<String> suggestions, boolean offerStart, String query) {
    String title =
        switch (status) {
          case 400, 408, 414, 431, 505 -> "That request did not work";
          case 404 -> "Not found";
          case 409 -> "Someone else changed this";
          case 503 -> "Not available right now";
          default -> "Something went wrong";
        };
    return new ErrorPage(
        config.layout(title, ""),
        status,
        message,
        suggestions.stream().map(Presentation::placeChoice).toList(),
        offerStart,
        query);
  }

  /** The place text to offer again in the search form; "" when absent or too long to be a place. */
  private static String queryOrEmpty(Context ctx) {
    String q = ctx.queryString() == null ? null : ctx.queryParam("q");
    return q == null || q.length() > Params.MAX_TEXT_CHARS ? "" : q.strip();
  }

  /**
   * Whether errors on this path are answered as problem+json (the API, /health and the Atom feed,
   * whose readers are programs) rather than a page.
   */
  public static boolean wantsJson(Context ctx) {
    return wantsJson(ctx.path());
  }

  private static boolean wantsJson(String path) {
    return path.equals("/api")
        || path.startsWith("/api/")
        || path.equals("/health")
        || path.endsWith(".atom");
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
    return ProblemTypes.title(status, type);
  }

  private static String notFoundMessage(Context ctx) {
    return "There is nothing at " + Params.shorten(ctx.path()) + ".";
  }

  /**
   * The handler of what Jetty refuses before our routes see it (a malformed request line, an HTTP
   * version other than 1.x, an address over 16 KB or with escapes Jetty cannot decode, headers too
   * large): the same security headers as every other answer, and our error page on the paths of
   * pages, a short problem+json on API paths and where the path could not be read; fixed text only.
   *
   * @param headers the headers every answer carries
   */
  public ErrorHandler transportErrors(Map<String, String> headers) {
    return new TransportErrors(Map.copyOf(headers));
  }

  private final class TransportErrors extends ErrorHandler {
    private final Map<String, String> headers;

    TransportErrors(Map<String, String> headers) {
      this.headers = headers;
    }

    @Override
    protected void generateResponse(
        Request request,
        Response response,
        int code,
        @Nullable String message,
        @Nullable Throwable cause,
        Callback callback) {
      headers.forEach(response.getHeaders()::put);
      String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
      // Jetty names a request whose first line it could not read "BAD": its path is unknown
      boolean page = path != null && !"BAD".equals(request.getMethod()) && !wantsJson(path);
      byte[] body;
      if (page) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        body =
            templates
                .render("error.jte", page(code, transportMessage(code), List.of(), false, ""))
                .getBytes(StandardCharsets.UTF_8);
      } else {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.PROBLEM);
        body =
            json.bytes(
                new Problem(
                    "/problems/" + transportType(code),
                    title(code, transportType(code)),
                    code,
                    transportMessage(code),
                    "",
                    List.of()));
      }
      response.write(true, ByteBuffer.wrap(body), callback);
    }
  }

  static String transportMessage(int status) {
    return switch (status) {
      case 400 -> "The request could not be read: the address or its encoding is malformed.";
      case 408 -> "The request took too long to arrive.";
      case 414 -> "The address is too long.";
      case 431 -> "The request headers are too large.";
      case 505 -> "This server speaks HTTP/1.1 and HTTP/1.0 only.";
      default -> "The request could not be handled.";
    };
  }

  private static String transportType(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 408 -> "request-timeout";
      case 414 -> "uri-too-long";
      case 431 -> "headers-too-large";
      case 505 -> "http-version-not-supported";
      default -> "http-" + status;
    };
  }
}

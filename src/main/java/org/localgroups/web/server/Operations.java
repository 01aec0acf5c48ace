package org.localgroups.web.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.localgroups.LocalGroupsException;
import org.localgroups.web.WebServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator asks of a running server: is it alive ({@code /healthz}), may it take traffic
 * ({@code /readyz}: the database answers, the served directory and its index are current, the
 * gazetteer is loaded), and how is it doing ({@code /metrics}, Prometheus text through Micrometer:
 * a latency histogram per route, the JVM, the directory's size and version). Also writes the
 * request log.
 */
final class Operations {
  private static final Logger LOG = LoggerFactory.getLogger(Operations.class);

  private final WebServices services;
  private final RequestLog requestLog;
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  Operations(WebServices services, RequestLog requestLog) {
    this.services = services;
    this.requestLog = requestLog;
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    Gauge.builder(
            "localgroups.directory.groups", services, s -> s.view().directory().groups().size())
        .description("groups in the served directory")
        .register(registry);
    Gauge.builder("localgroups.directory.version", services, s -> s.view().version())
        .description("the store's last change set, as served")
        .register(registry);
  }

  void register(RoutesConfig routes) {
    routes.get("/healthz", ctx -> ctx.header("Cache-Control", "no-store").result("ok"));
    routes.get("/readyz", this::ready);
    routes.get("/metrics", this::metrics);
  }

  /** Called once per answered request, with the time it took. */
  void answered(Context ctx, float millis) {
    String route = route(ctx);
    int status = ctx.statusCode();
    Timer.builder("http.server.requests")
        .description("time to answer, per route")
        .tag("method", ctx.method().name())
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .publishPercentileHistogram()
        .register(registry)
        .record(Duration.ofNanos((long) (millis * 1_000_000)));
    requestLog.write(
        new RequestLog.Line(
            Instant.now(), ctx.method().name(), ctx.path(), route, status, millis, ctx.ip()));
  }

  /** The route's template ("/groups/{slug}"), never the address asked: a bounded set of labels. */
  private static String route(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (endpoint != null) {
      return endpoint.path;
    }
    return ctx.path().startsWith("/static/") ? "/static/*" : "unmatched";
  }

  private void ready(Context ctx) {
    Map<String, String> checks = new LinkedHashMap<>();
    boolean ready = true;
    try {
      long version = services.view().version();
      checks.put("database", "ok");
      checks.put("index", "current at version " + version);
    } catch (LocalGroupsException | IllegalStateException e) {
      LOG.warn("Not ready: {}", e.getMessage());
      checks.put("database", "unavailable: " + e.getMessage());
      ready = false;
    }
    boolean gazetteer = services.gazetteer().ready();
    checks.put("gazetteer", gazetteer ? "loaded" : "loading");
    ready &= gazetteer;
    ctx.header("Cache-Control", "no-store");
    ctx.status(ready ? 200 : 503);
    ctx.json(new Readiness(ready ? "ready" : "not ready", checks));
  }

  record Readiness(String status, Map<String, String> checks) {}

  /**
   * The metrics, to this machine only and not through a proxy: a reverse proxy on this machine
   * connects from loopback, but says whom it forwards for.
   */
  private void metrics(Context ctx) {
    if (!isLoopback(ctx.ip())
        || ctx.header("X-Forwarded-For") != null
        || ctx.header("Forwarded") != null
        || ctx.header("X-Real-IP") != null) {
      throw new ForbiddenResponse(
          "The metrics are for this machine only; scrape them on 127.0.0.1, not through a proxy.");
    }
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
    ctx.result(registry.scrape());
  }

  /** Whether a client address (an IP literal, as the connection gives it) is this machine. */
  static boolean isLoopback(String address) {
    String literal = address.replaceAll("^\\[|\\]$", "");
    // only IP literals: never a name, which would be looked up
    if (literal.isEmpty() || !literal.matches("[0-9A-Fa-f:.]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(literal).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}

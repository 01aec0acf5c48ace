package org.localgroups.web.server;

import io.javalin.config.JettyConfig;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty under the web app: threads, buffers, timeouts, what one client may hold, and the handler of
 * the errors Jetty answers itself. Each setting says which attack of issue 13 it answers.
 */
final class JettySetup {
  /**
   * Jetty's default (8 KB) would answer an over-long query with a bare 431 before our own clear
   * 400.
   */
  static final int REQUEST_HEADER_BYTES = 16 * 1024;

  /**
   * The kernel's send buffer per connection (Linux doubles it). Left to itself it grows to 4 MB on
   * loopback: a client that reads nothing had a dozen 250 KB exports written into it, and 300 such
   * clients kept the machine copying. 64 KB still sends our largest page, gzipped, at once, and 640
   * KB/s at a 200 ms round trip.
   */
  static final int SEND_BUFFER_BYTES = 64 * 1024;

  /**
   * Javalin's LEGACY mode, which already lets {@code %u0041} through, plus broken escapes and bad
   * UTF-8: Jetty refused those itself, before routing, without knowing whether the path was the
   * API's. Now they reach the web app, which answers 400 in the path's own format (problem+json
   * under /api) before anything decodes them. Escapes Jetty cannot decode at all ({@code %}, {@code
   * %zz}) it still refuses itself.
   */
  static final UriCompliance URI_COMPLIANCE =
      UriCompliance.LEGACY.with(
          "LOCALGROUPS",
          UriCompliance.Violation.BAD_PERCENT_ENCODING,
          UriCompliance.Violation.BAD_UTF8_ENCODING);

  private JettySetup() {}

  static void configure(JettyConfig jetty, ClientLimits limits, ErrorHandler transportErrors) {
    jetty.threadPool = requestThreads();
    jetty.modifyHttpConfiguration(
        h -> {
          h.setRequestHeaderSize(REQUEST_HEADER_BYTES);
          h.setUriCompliance(URI_COMPLIANCE);
          // while a request is handled: an answer the client does not read fails after this
          h.setIdleTimeout(limits.writeTimeout().toMillis());
          if (limits.localProxy()) {
            h.addCustomizer(new LocalProxy());
          }
        });
    jetty.modifyServer(
        server -> {
          server.setErrorHandler(transportErrors);
          boundSendBuffers(server);
          server.insertHandler(new HeaderDeadline(limits.headerTimeout()));
          if (limits.connectionsPerAddress() > 0) {
            server.addBean(new ConnectionsPerAddress(server, limits.connectionsPerAddress()));
          }
        });
  }

  /**
   * Jetty's pool of platform threads for its selectors, with requests handled on virtual threads: a
   * handler blocked writing to a client that does not read holds no platform thread, so such
   * clients cannot use up the pool (with Javalin's 250 platform threads, 300 of them stalled every
   * other visitor until the idle timeout).
   */
  private static QueuedThreadPool requestThreads() {
    QueuedThreadPool pool = new QueuedThreadPool();
    pool.setName("localgroups-http");
    pool.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("request-"));
    return pool;
  }

  /** Sets the send buffer of the connectors Javalin adds just before the server starts. */
  private static void boundSendBuffers(Server server) {
    server.addEventListener(
        new LifeCycle.Listener() {
          @Override
          public void lifeCycleStarting(LifeCycle event) {
            for (Connector c : server.getConnectors()) {
              if (c instanceof ServerConnector connector) {
                connector.setAcceptedSendBufferSize(SEND_BUFFER_BYTES);
              }
            }
          }
        });
  }
}

package org.localgroups.web.server;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * A reverse proxy on this machine (nginx, Caddy) terminating https: for connections from loopback,
 * its {@code Forwarded} / {@code X-Forwarded-*} headers say the client's address, the scheme and
 * the host (Jetty's {@link ForwardedRequestCustomizer} reads them). Connections from anywhere else
 * are taken as they are, their such headers ignored: a client that reaches the server directly
 * cannot name itself another address to escape its rate limit.
 */
final class LocalProxy implements HttpConfiguration.Customizer {
  private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();

  @Override
  public Request customize(Request request, HttpFields.Mutable responseHeaders) {
    SocketAddress peer = request.getConnectionMetaData().getRemoteSocketAddress();
    if (peer instanceof InetSocketAddress a
        && a.getAddress() != null
        && a.getAddress().isLoopbackAddress()) {
      return forwarded.customize(request, responseHeaders);
    }
    return request;
  }
}

package org.localgroups.web.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.SelectorManager;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.IO;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most N open connections from one remote address: a connection over the limit is closed as soon
 * as it is accepted, before anything is read from it. Jetty's own {@code ConnectionLimit} counts
 * all connections together, and stopping accepting would shut out everyone else too.
 *
 * <p>A bean of the server: when the server starts, it registers with its connectors (as Jetty's
 * {@code NetworkConnectionLimit} does). Logs one line when an address reaches the limit, not one
 * per refused connection.
 */
final class ConnectionsPerAddress extends AbstractLifeCycle
    implements SelectorManager.AcceptListener {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerAddress.class);

  private final Server server;
  private final int max;
  private final Map<SelectableChannel, InetAddress> addresses = new ConcurrentHashMap<>();
  private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
  private final Set<InetAddress> limited = ConcurrentHashMap.newKeySet();

  ConnectionsPerAddress(Server server, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, got " + max);
    }
    this.server = server;
    this.max = max;
  }

  @Override
  protected void doStart() {
    for (Connector c : server.getConnectors()) {
      if (c instanceof AbstractConnector connector) {
        connector.addBean(this, false);
      }
    }
  }

  @Override
  protected void doStop() {
    for (Connector c : server.getConnectors()) {
      if (c instanceof AbstractConnector connector) {
        connector.removeBean(this);
      }
    }
  }

  @Override
  public void onAccepting(SelectableChannel channel) {
    InetAddress address = remote(channel);
    if (address == null) {
      return;
    }
    addresses.put(channel, address);
    int count = open.merge(address, 1, Integer::sum);
    if (count > max) {
      if (limited.add(address)) {
        LOG.warn(
            "{} holds {} connections, the most one address may: closing its further connections"
                + " until some end",
            address.getHostAddress(),
            max);
      }
      // Jetty then reports onAcceptFailed, which counts this connection out again
      IO.close(channel);
    }
  }

  @Override
  public void onAcceptFailed(SelectableChannel channel, Throwable cause) {
    release(channel);
  }

  @Override
  public void onClosed(SelectableChannel channel) {
    release(channel);
  }

  private void release(SelectableChannel channel) {
    InetAddress address = addresses.remove(channel);
    if (address == null) {
      return;
    }
    Integer left = open.computeIfPresent(address, (a, n) -> n > 1 ? n - 1 : null);
    if (left == null || left < max) {
      limited.remove(address);
    }
  }

  private static @Nullable InetAddress remote(SelectableChannel channel) {
    try {
      return channel instanceof SocketChannel socket
              && socket.getRemoteAddress() instanceof InetSocketAddress inet
          ? inet.getAddress()
          : null;
    } catch (IOException e) {
      return null; // closed already
    }
  }
}

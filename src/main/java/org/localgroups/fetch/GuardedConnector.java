package org.localgroups.fetch;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.Promise;

/**
 * The HTTP client's connector with a last check before every connect: an address the guard does not
 * permit fails the connection without a packet sent. The resolver already judged the address; this
 * is the second lock on the same door.
 */
final class GuardedConnector extends ClientConnector {
  private final ConnectGuard guard;
  private final AtomicLong refused = new AtomicLong();

  GuardedConnector(ConnectGuard guard) {
    this.guard = guard;
  }

  @Override
  public void connect(SocketAddress address, Map<String, Object> context) {
    if (address instanceof InetSocketAddress socket
        && socket.getAddress() != null
        && guard.permits(socket)) {
      super.connect(address, context);
      return;
    }
    refused.incrementAndGet();
    Refusal refusal =
        new Refusal("the connector's guard does not permit " + address + ", nothing was sent");
    Object promise = context.get(CONNECTION_PROMISE_CONTEXT_KEY);
    if (promise instanceof Promise<?> p) {
      p.failed(refusal);
    } else {
      throw new IllegalStateException("no connection promise to fail", refusal);
    }
  }

  /** How many connects the guard refused (for tests). */
  long refusedConnects() {
    return refused.get();
  }
}

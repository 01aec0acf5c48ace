package org.localgroups.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * The HTTP client's only way from a host to addresses: resolves once through the {@link
 * HostResolver}, judges every address by the {@link NetPolicy} and hands the client exactly the
 * addresses it judged, so the address connected to is one that was checked (no DNS rebinding
 * between a check and a connect). Refuses the host when any of its addresses is refused.
 */
final class CheckedResolver implements SocketAddressResolver {
  private final HostResolver resolver;
  private final NetPolicy policy;
  private final Executor executor;

  CheckedResolver(HostResolver resolver, NetPolicy policy, Executor executor) {
    this.resolver = resolver;
    this.policy = policy;
    this.executor = executor;
  }

  @Override
  public void resolve(
      String host,
      int port,
      Map<String, Object> context,
      Promise<List<InetSocketAddress>> promise) {
    // resolving may block (system DNS): never on the client's selector threads
    executor.execute(
        () -> {
          List<InetSocketAddress> checked;
          try {
            checked = check(host, port);
          } catch (IOException | RuntimeException e) {
            promise.failed(e);
            return;
          }
          promise.succeeded(checked);
        });
  }

  /** The judged addresses of host:port, or the reason none may be used. */
  List<InetSocketAddress> check(String host, int port) throws IOException {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    Optional<InetAddress> literal = HostForms.literal(bare);
    List<InetAddress> addresses = literal.isPresent() ? List.of(literal.get()) : byName(bare);
    if (addresses.isEmpty()) {
      throw new UnknownHostException(bare);
    }
    int connectPort = literal.isPresent() ? port : resolver.connectPort(bare, port);
    List<InetSocketAddress> out = new ArrayList<>();
    for (InetAddress a : addresses) {
      InetSocketAddress socket = new InetSocketAddress(a, connectPort);
      Optional<String> refusal = policy.refusal(socket);
      if (refusal.isPresent()) {
        throw new Refusal(literal.isPresent() ? refusal.get() : bare + ": " + refusal.get());
      }
      out.add(socket);
    }
    return List.copyOf(out);
  }

  // RFC 6761: .invalid never resolves and localhost is always loopback, whatever DNS says.
  private List<InetAddress> byName(String name) throws UnknownHostException {
    if (name.equals("invalid") || name.endsWith(".invalid")) {
      throw new UnknownHostException(name);
    }
    if (name.equals("localhost") || name.endsWith(".localhost")) {
      return List.of(
          InetAddress.getByAddress(name, new byte[] {127, 0, 0, 1}),
          InetAddress.getByAddress(
              name, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
    }
    return resolver.resolve(name);
  }
}

package org.localgroups.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a host name into addresses. The fetcher asks once per connection and connects only to
 * addresses it has judged from that one answer. The system's DNS by default; tests give a fixed
 * table so that no name ever leaves the machine.
 */
@FunctionalInterface
public interface HostResolver {
  /**
   * The addresses of a host name (never an IP literal: those are read by the fetcher itself).
   *
   * @throws UnknownHostException when the name does not resolve
   */
  List<InetAddress> resolve(String host) throws UnknownHostException;

  /**
   * The port to connect to for a name and the URL's port: the URL's port, always, in production.
   * TEST-ONLY seam: a test that plays many named hosts on one loopback server overrides this to
   * send their port 80 (or 443) to its server's port. The policy judges the port returned, so this
   * cannot widen what production reaches; never overridden outside tests. Not asked for IP literals
   * (those connect to the URL's port).
   */
  default int connectPort(String host, int port) {
    return port;
  }

  /** The system's resolver (DNS, hosts file). */
  static HostResolver system() {
    return host -> List.of(InetAddress.getAllByName(host));
  }

  /**
   * A fixed table of names (lower case) to addresses (literals such as "127.0.0.1" or "::1"); every
   * other name fails as DNS would.
   */
  static HostResolver table(Map<String, List<String>> names) {
    Map<String, List<InetAddress>> table =
        names.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toUnmodifiableMap(
                    e -> e.getKey().toLowerCase(Locale.ROOT),
                    e ->
                        e.getValue().stream()
                            .map(
                                a ->
                                    HostForms.literal(a)
                                        .orElseThrow(
                                            () ->
                                                new IllegalArgumentException(
                                                    "not an address: " + a)))
                            .toList()));
    return host -> {
      List<InetAddress> found = table.get(host.toLowerCase(Locale.ROOT));
      if (found == null || found.isEmpty()) {
        throw new UnknownHostException(host);
      }
      return found;
    };
  }
}

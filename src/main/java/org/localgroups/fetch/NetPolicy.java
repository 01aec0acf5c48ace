package org.localgroups.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which addresses and ports the fetcher may connect to: public unicast addresses on the allowed
 * ports (80 and 443 unless configured), never loopback, private, link-local, CGNAT, multicast,
 * documentation, benchmarking or reserved ranges, IPv6 unique-local or link-local, nor an IPv6
 * address that embeds such an IPv4 address (IPv4-mapped, NAT64, 6to4). An allow-list of networks
 * ({@code --allow-net 127.0.0.0/8}, empty by default) lets tests reach servers on loopback; an
 * allow-listed address may be reached on any port. Immutable and thread-safe.
 */
public final class NetPolicy {
  /** The ports of the web: http and https. */
  public static final Set<Integer> WEB_PORTS = Set.of(80, 443);

  /** A blocked range and the words that name it in a refusal. */
  private record Range(Cidr cidr, String what) {}

  // IANA special-purpose address registries (RFC 6890 and updates), IPv4 then IPv6. The first
  // match names the refusal, so narrower ranges come before the ones that contain them.
  private static final List<Range> V4 =
      List.of(
          range("0.0.0.0/8", "an unspecified (\"this network\") address"),
          range("10.0.0.0/8", "a private address"),
          range("100.64.0.0/10", "a shared (CGNAT) address"),
          range("127.0.0.0/8", "a loopback address"),
          range("169.254.0.0/16", "a link-local address"),
          range("172.16.0.0/12", "a private address"),
          range("192.0.0.0/24", "an IETF protocol address"),
          range("192.0.2.0/24", "a documentation address"),
          range("192.88.99.0/24", "a 6to4 relay address"),
          range("192.168.0.0/16", "a private address"),
          range("198.18.0.0/15", "a benchmarking address"),
          range("198.51.100.0/24", "a documentation address"),
          range("203.0.113.0/24", "a documentation address"),
          range("224.0.0.0/4", "a multicast address"),
          range("255.255.255.255/32", "the broadcast address"),
          range("240.0.0.0/4", "a reserved address"));

  private static final List<Range> V6 =
      List.of(
          range("::/128", "the unspecified address"),
          range("::1/128", "a loopback address"),
          range("::/96", "an IPv4-compatible address (deprecated)"),
          range("64:ff9b:1::/48", "a local-use NAT64 address"),
          range("100::/64", "a discard-only address"),
          range("2001:db8::/32", "a documentation address"),
          range("2001::/23", "an IETF protocol address (Teredo, ORCHID and others)"),
          range("3fff::/20", "a documentation address"),
          range("fc00::/7", "a unique-local address"),
          range("fe80::/10", "a link-local address"),
          range("fec0::/10", "a site-local address (deprecated)"),
          range("ff00::/8", "a multicast address"));

  private static final Cidr MAPPED = Cidr.parse("::ffff:0:0/96");
  private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
  private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");
  private static final Cidr GLOBAL_UNICAST = Cidr.parse("2000::/3");

  private final List<Cidr> allowed;
  private final Set<Integer> ports;

  private NetPolicy(List<Cidr> allowed, Set<Integer> ports) {
    this.allowed = List.copyOf(allowed);
    this.ports = Set.copyOf(ports);
  }

  /** Public addresses only, on ports 80 and 443. */
  public static NetPolicy standard() {
    return new NetPolicy(List.of(), WEB_PORTS);
  }

  /**
   * Public addresses and the given networks ("127.0.0.0/8", "::1/128"); a bad network is refused
   * with a {@link org.localgroups.LocalGroupsException} whose message says what is wrong.
   */
  public static NetPolicy allowing(List<String> cidrs) {
    List<Cidr> parsed = new ArrayList<>();
    for (String c : cidrs) {
      parsed.add(Cidr.parse(c));
    }
    return new NetPolicy(parsed, WEB_PORTS);
  }

  /** The same policy with other allowed ports for public addresses. */
  public NetPolicy withPorts(Set<Integer> allowedPorts) {
    for (int p : allowedPorts) {
      if (p < 1 || p > 65535) {
        throw org.localgroups.LocalGroupsException.badInput(
            "Not a port: " + p + " (ports are numbers from 1 to 65535).");
      }
    }
    return new NetPolicy(allowed, allowedPorts);
  }

  /** The allow-list, as written in CIDR notation. */
  public List<String> allowList() {
    return allowed.stream().map(Cidr::toString).toList();
  }

  /** The ports allowed on public addresses. */
  public Set<Integer> ports() {
    return new TreeSet<>(ports);
  }

  /** Whether the address is on the allow-list. */
  public boolean allowListed(InetAddress address) {
    return allowed.stream().anyMatch(c -> c.contains(address));
  }

  /**
   * Why the address may not be connected to ("127.0.0.1 is a loopback address"), or empty when it
   * may. Allow-listed addresses may.
   */
  public Optional<String> refusal(InetAddress address) {
    if (allowListed(address)) {
      return Optional.empty();
    }
    return blockedRange(address).map(what -> address.getHostAddress() + " is " + what);
  }

  /** Why the address and port may not be connected to, or empty when they may. */
  public Optional<String> refusal(InetSocketAddress socket) {
    InetAddress address = socket.getAddress();
    if (address == null) {
      return Optional.of(socket.getHostString() + " was not resolved");
    }
    Optional<String> byAddress = refusal(address);
    if (byAddress.isPresent()) {
      return byAddress;
    }
    if (!allowListed(address) && !ports.contains(socket.getPort())) {
      return Optional.of("port " + socket.getPort() + " is not allowed (only " + ports() + ")");
    }
    return Optional.empty();
  }

  /** Whether the address is public unicast, whatever the allow-list says. */
  public static boolean isPublic(InetAddress address) {
    return blockedRange(address).isEmpty();
  }

  private static Optional<String> blockedRange(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return first(V4, b);
    }
    if (address instanceof Inet6Address) {
      if (MAPPED.contains(b)) {
        return embedded(b, 12, "an IPv4-mapped address");
      }
      if (NAT64.contains(b)) {
        return embedded(b, 12, "a NAT64 address");
      }
      if (SIX_TO_FOUR.contains(b)) {
        return embedded(b, 2, "a 6to4 address");
      }
      Optional<String> named = first(V6, b);
      if (named.isPresent()) {
        return named;
      }
      if (!GLOBAL_UNICAST.contains(b)) {
        return Optional.of("outside global unicast (2000::/3)");
      }
      return Optional.empty();
    }
    return Optional.of("of an unknown kind");
  }

  // The IPv4 address inside an IPv6 one is judged by the IPv4 rules: a NAT64 or 6to4 address that
  // embeds a private address leads there.
  private static Optional<String> embedded(byte[] b, int offset, String what) {
    byte[] v4 = new byte[4];
    System.arraycopy(b, offset, v4, 0, 4);
    Optional<String> inner = first(V4, v4);
    if (inner.isEmpty()) {
      return Optional.empty();
    }
    String shown;
    try {
      shown = InetAddress.getByAddress(v4).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException("4 bytes always make an address", e);
    }
    return Optional.of(what + " embedding " + shown + ", " + inner.get());
  }

  private static Optional<String> first(List<Range> ranges, byte[] b) {
    for (Range r : ranges) {
      if (r.cidr().contains(b)) {
        return Optional.of(r.what() + " (" + r.cidr() + ")");
      }
    }
    return Optional.empty();
  }

  private static Range range(String cidr, String what) {
    return new Range(Cidr.parse(cidr), what);
  }

  @Override
  public String toString() {
    return "NetPolicy[allow=" + allowList() + ", ports=" + ports() + "]";
  }
}

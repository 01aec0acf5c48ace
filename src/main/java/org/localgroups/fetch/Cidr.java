package org.localgroups.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import org.localgroups.LocalGroupsException;

/** A block of addresses, IPv4 or IPv6: a network and a prefix length ("10.0.0.0/8", "fc00::/7"). */
final class Cidr {
  private final byte[] network;
  private final int prefix;
  private final String text;

  private Cidr(byte[] network, int prefix, String text) {
    this.network = network;
    this.prefix = prefix;
    this.text = text;
  }

  /**
   * Parses "127.0.0.0/8" or "2001:db8::/32" (a bare address is a block of one); refuses anything
   * else with a sentence saying what was wrong.
   */
  static Cidr parse(String cidr) {
    String s = cidr.strip();
    int slash = s.indexOf('/');
    String addressPart = slash < 0 ? s : s.substring(0, slash);
    Optional<InetAddress> address = HostForms.literal(addressPart);
    if (address.isEmpty()) {
      throw LocalGroupsException.badInput(
          "Not a network in CIDR notation: \""
              + cidr
              + "\" (write an address and a prefix length, e.g. 127.0.0.0/8 or ::1/128).");
    }
    byte[] bytes = rawBytes(addressPart, address.get());
    int bits = bytes.length * 8;
    int prefix = bits;
    if (slash >= 0) {
      String p = s.substring(slash + 1);
      if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > bits) {
        throw LocalGroupsException.badInput(
            "Not a network in CIDR notation: \""
                + cidr
                + "\" (the prefix length after / must be a number from 0 to "
                + bits
                + ").");
      }
      prefix = Integer.parseInt(p);
    }
    byte[] network = mask(bytes, prefix);
    if (!Arrays.equals(network, bytes)) {
      throw LocalGroupsException.badInput(
          "Not a network in CIDR notation: \""
              + cidr
              + "\" has bits set after its prefix (did you mean "
              + format(network, prefix)
              + "?).");
    }
    return new Cidr(network, prefix, format(network, prefix));
  }

  /** Whether the address lies in this block (IPv4 and IPv6 never match each other). */
  boolean contains(InetAddress address) {
    return contains(address.getAddress());
  }

  boolean contains(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    return Arrays.equals(mask(address, prefix), network);
  }

  int prefix() {
    return prefix;
  }

  @Override
  public String toString() {
    return text;
  }

  // An IPv4-mapped literal written in IPv6 form ("::ffff:0:0/96") must stay 16 bytes: Java turns
  // it into an Inet4Address, so read the IPv6 text ourselves in that one case.
  private static byte[] rawBytes(String text, InetAddress parsed) {
    byte[] b = parsed.getAddress();
    if (b.length == 4 && text.contains(":")) {
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xff;
      mapped[11] = (byte) 0xff;
      System.arraycopy(b, 0, mapped, 12, 4);
      return mapped;
    }
    return b;
  }

  private static byte[] mask(byte[] address, int prefix) {
    byte[] out = address.clone();
    for (int i = 0; i < out.length; i++) {
      int keep = Math.max(0, Math.min(8, prefix - i * 8));
      out[i] = (byte) (out[i] & (0xff << (8 - keep)));
    }
    return out;
  }

  private static String format(byte[] network, int prefix) {
    try {
      InetAddress a =
          network.length == 16
              ? java.net.Inet6Address.getByAddress(null, network, -1)
              : InetAddress.getByAddress(network);
      return a.getHostAddress() + "/" + prefix;
    } catch (UnknownHostException e) {
      throw new IllegalStateException("4 or 16 bytes always make an address", e);
    }
  }
}

package org.localgroups.fetch;

import java.math.BigInteger;
import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The host of a URL read the way browsers and curl read it (the WHATWG URL standard's host parser),
 * so that "2130706433", "0x7f.1", "017700000001" and "127.1" are all seen as 127.0.0.1 before
 * anything is judged. Never does DNS.
 */
final class HostForms {
  private HostForms() {}

  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");
  private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");
  private static final int MAX_NAME_LENGTH = 253;
  private static final int MAX_LABEL_LENGTH = 63;

  /**
   * A host as read from a URL: its canonical text (dotted IPv4, IPv6 in brackets or a lower-case
   * ASCII name) and the address when it is a literal.
   */
  record Host(String text, @Nullable InetAddress literal) {
    /** The host without IPv6 brackets, as a resolver or a Host header value wants it. */
    String bare() {
      return text.startsWith("[") ? text.substring(1, text.length() - 1) : text;
    }
  }

  /**
   * Reads the host part of a URL's authority (percent-escapes decoded, IDN to ASCII), or explains
   * why it cannot be a host.
   */
  static Host read(String raw) throws Refusal {
    if (raw.isEmpty()) {
      throw new Refusal("the URL has no host");
    }
    if (raw.startsWith("[")) {
      if (!raw.endsWith("]")) {
        throw new Refusal("\"" + raw + "\" is not a valid IPv6 address");
      }
      String inner = raw.substring(1, raw.length() - 1);
      InetAddress a =
          ipv6(inner).orElseThrow(() -> new Refusal("\"" + raw + "\" is not a valid IPv6 address"));
      return new Host("[" + inner.toLowerCase(Locale.ROOT) + "]", a);
    }
    String decoded = percentDecode(raw);
    String ascii;
    try {
      ascii = IDN.toASCII(decoded, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new Refusal("\"" + raw + "\" is not a valid host name");
    }
    if (endsInNumber(ascii)) {
      InetAddress a =
          ipv4(ascii).orElseThrow(() -> new Refusal("\"" + raw + "\" is not a valid IPv4 address"));
      return new Host(a.getHostAddress(), a);
    }
    String name = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
    if (!NAME.matcher(name).matches() || name.length() > MAX_NAME_LENGTH) {
      throw new Refusal("\"" + raw + "\" is not a valid host name");
    }
    for (String label : name.split("\\.")) {
      if (label.length() > MAX_LABEL_LENGTH) {
        throw new Refusal("\"" + raw + "\" is not a valid host name");
      }
    }
    return new Host(name, null);
  }

  /** An IPv4 address in any form browsers accept, or an IPv6 address without brackets. */
  static Optional<InetAddress> literal(String text) {
    if (text.contains(":")) {
      return ipv6(text.startsWith("[") ? text.substring(1, text.length() - 1) : text);
    }
    return endsInNumber(text) ? ipv4(text) : Optional.empty();
  }

  /**
   * The WHATWG "ends in a number" test: the last dot-separated part (a trailing dot ignored) is
   * decimal digits or 0x-hex. Such a host must be an IPv4 address or nothing.
   */
  static boolean endsInNumber(String host) {
    List<String> parts = parts(host);
    if (parts.isEmpty()) {
      return false;
    }
    String last = parts.get(parts.size() - 1);
    if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return true;
    }
    return parseNumber(last) != null;
  }

  /** The WHATWG IPv4 parser: 1 to 4 parts, each decimal, octal (leading 0) or hex (0x). */
  static Optional<InetAddress> ipv4(String host) {
    List<String> parts = parts(host);
    if (parts.isEmpty() || parts.size() > 4) {
      return Optional.empty();
    }
    List<BigInteger> numbers = new ArrayList<>();
    for (String part : parts) {
      BigInteger n = parseNumber(part);
      if (n == null) {
        return Optional.empty();
      }
      numbers.add(n);
    }
    BigInteger byteLimit = BigInteger.valueOf(256);
    for (int i = 0; i < numbers.size() - 1; i++) {
      if (numbers.get(i).compareTo(byteLimit) >= 0) {
        return Optional.empty();
      }
    }
    BigInteger last = numbers.get(numbers.size() - 1);
    if (last.compareTo(byteLimit.pow(5 - numbers.size())) >= 0) {
      return Optional.empty();
    }
    long value = last.longValue();
    for (int i = 0; i < numbers.size() - 1; i++) {
      value += numbers.get(i).longValue() << (8 * (3 - i));
    }
    byte[] b = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    try {
      return Optional.of(InetAddress.getByAddress(b));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** An IPv6 literal (no brackets, no zone); InetAddress does no lookup for these characters. */
  static Optional<InetAddress> ipv6(String text) {
    if (!text.contains(":") || !IPV6_CHARS.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName("[" + text + "]"));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  // The parts of a dotted host; a single trailing empty part (a trailing dot) is dropped, as the
  // standard does.
  private static List<String> parts(String host) {
    List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
    if (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    return parts;
  }

  private static @Nullable BigInteger parseNumber(String part) {
    if (part.isEmpty()) {
      return null;
    }
    String digits = part;
    int radix = 10;
    if (part.startsWith("0x") || part.startsWith("0X")) {
      digits = part.substring(2);
      radix = 16;
      if (digits.isEmpty()) {
        return BigInteger.ZERO;
      }
    } else if (part.length() > 1 && part.startsWith("0")) {
      digits = part.substring(1);
      radix = 8;
    }
    // bounded: a 4-byte address never needs more than 40 digits, whatever the radix
    if (digits.length() > 40) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), radix) < 0) {
        return null;
      }
    }
    return new BigInteger(digits, radix);
  }

  private static String percentDecode(String s) throws Refusal {
    if (s.indexOf('%') < 0) {
      return s;
    }
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '%') {
        if (i + 2 >= in.length) {
          throw new Refusal("\"" + s + "\" is not a valid host name");
        }
        int hi = Character.digit(in[i + 1], 16);
        int lo = Character.digit(in[i + 2], 16);
        if (hi < 0 || lo < 0) {
          throw new Refusal("\"" + s + "\" is not a valid host name");
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        out.write(in[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}

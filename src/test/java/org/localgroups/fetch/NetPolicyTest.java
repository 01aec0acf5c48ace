package org.localgroups.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.localgroups.LocalGroupsException;

/** The address policy and the reading of hosts, example by example and as properties. */
class NetPolicyTest {
  private static final NetPolicy STANDARD = NetPolicy.standard();

  @ParameterizedTest
  @CsvSource({
    "2130706433, 127.0.0.1",
    "0x7f.1, 127.0.0.1",
    "017700000001, 127.0.0.1",
    "127.1, 127.0.0.1",
    "0x7f.0x0.0.1, 127.0.0.1",
    "0177.0.0.1, 127.0.0.1",
    "0X7F000001, 127.0.0.1",
    "127.0.0.1., 127.0.0.1",
    "1.2.3, 1.2.0.3",
    "0, 0.0.0.0",
    "0x, 0.0.0.0",
    "4294967295, 255.255.255.255",
    "10.0.0.1, 10.0.0.1",
    "169.254.169.254, 169.254.169.254",
    "0251.0376.0251.0376, 169.254.169.254",
  })
  void readsIpv4AsBrowsersDo(String written, String meant) throws Exception {
    HostForms.Host host = HostForms.read(written);
    assertThat(host.literal()).isEqualTo(InetAddress.getByName(meant));
    assertThat(host.text()).isEqualTo(meant);
  }

  @org.junit.jupiter.api.Test
  void aLastPartThatIsNoNumberMakesAName() throws Exception {
    // WHATWG: "0x1g" does not end in a number, so it is a (strange) domain name, not an address
    assertThat(HostForms.read("0x1g").literal()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4294967296",
        "1.256.0.0",
        "256.1.1.1",
        "1.2.3.4.5",
        "08",
        "1..2",
        "1.2.3.0x1000000"
      })
  void refusesNumbersThatAreNoAddress(String written) {
    assertThatThrownBy(() -> HostForms.read(written))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("not a valid");
  }

  @ParameterizedTest
  @CsvSource({
    "Example.ORG, example.org",
    "example.org., example.org",
    "bücher.example, xn--bcher-kva.example",
    "groups.1a, groups.1a",
    "%67roups.example, groups.example",
  })
  void readsNamesInLowerCaseAscii(String written, String name) throws Exception {
    HostForms.Host host = HostForms.read(written);
    assertThat(host.literal()).isNull();
    assertThat(host.text()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"exa mple.org", "a/b", "ex%zzample.org", "[::1", "[fe80::1%25eth0]", ""})
  void refusesHostsThatAreNoHost(String written) {
    assertThatThrownBy(() -> HostForms.read(written)).isInstanceOf(Refusal.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "127.0.0.1|a loopback address",
        "10.1.2.3|a private address",
        "172.31.255.255|a private address",
        "192.168.1.1|a private address",
        "169.254.169.254|a link-local address",
        "100.64.0.1|a shared (CGNAT) address",
        "224.0.0.1|a multicast address",
        "0.0.0.0|an unspecified",
        "255.255.255.255|the broadcast address",
        "192.0.2.1|a documentation address",
        "198.51.100.7|a documentation address",
        "203.0.113.9|a documentation address",
        "198.18.0.1|a benchmarking address",
        "240.0.0.1|a reserved address",
        "::|the unspecified address",
        "::1|a loopback address",
        "fd00::1|a unique-local address",
        "fc00::1|a unique-local address",
        "fe80::1|a link-local address",
        "ff02::1|a multicast address",
        "2001:db8::1|a documentation address",
        "::ffff:10.0.0.1|a private address",
        "64:ff9b::a9fe:a9fe|a NAT64 address embedding 169.254.169.254",
        "2002:c0a8:0101::1|a 6to4 address embedding 192.168.1.1",
        "::10.0.0.1|an IPv4-compatible address",
      })
  void refusesSpecialAddresses(String address, String why) throws Exception {
    assertThat(STANDARD.refusal(InetAddress.getByName(address)))
        .hasValueSatisfying(s -> assertThat(s).contains(why));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.215.14",
        "8.8.8.8",
        "172.32.0.1",
        "100.128.0.1",
        "2606:4700::1111",
        "64:ff9b::808:808",
        "2002:0808:0808::1",
        "::ffff:8.8.8.8"
      })
  void allowsPublicAddresses(String address) throws Exception {
    assertThat(STANDARD.refusal(InetAddress.getByName(address))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10.0.0.0/33|the prefix length after / must be a number from 0 to 32",
        "::/129|from 0 to 128",
        "10.0.0.1/8|has bits set after its prefix (did you mean 10.0.0.0/8?)",
        "banana|write an address and a prefix length",
        "10.0.0.0/|the prefix length",
        "example.org/8|write an address",
      })
  void refusesABadNetworkWithASentence(String cidr, String says) {
    assertThatThrownBy(() -> NetPolicy.allowing(List.of(cidr)))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining(says)
        .hasMessageContaining(cidr);
  }

  @ParameterizedTest
  @CsvSource({"127.0.0.0/8, 127.0.0.0/8", "::1/128, ::1/128", "0x7f.1, 127.0.0.1/32"})
  void readsNetworks(String cidr, String shown) {
    assertThat(NetPolicy.allowing(List.of(cidr)).allowList())
        .containsExactly(shown.replace("::1", "0:0:0:0:0:0:0:1"));
  }

  @org.junit.jupiter.api.Test
  void theAllowListOpensOnlyItsNetworksOnAnyPort() throws Exception {
    NetPolicy p = NetPolicy.allowing(List.of("127.0.0.0/8"));
    assertThat(p.refusal(new InetSocketAddress("127.0.0.5", 8080))).isEmpty();
    assertThat(p.refusal(new InetSocketAddress("10.0.0.1", 80))).isPresent();
    assertThat(p.refusal(new InetSocketAddress("::1", 80))).isPresent();
    assertThat(p.refusal(new InetSocketAddress("93.184.215.14", 8080)))
        .hasValue("port 8080 is not allowed (only [80, 443])");
    assertThat(p.refusal(new InetSocketAddress("93.184.215.14", 443))).isEmpty();
    assertThat(p.withPorts(Set.of(8080)).refusal(new InetSocketAddress("93.184.215.14", 8080)))
        .isEmpty();
  }

  // ---- properties ----

  @Property
  void everyAddressInABlockedIpv4RangeIsBlocked(
      @ForAll("blockedV4") String cidr, @ForAll int random) throws UnknownHostException {
    Cidr c = Cidr.parse(cidr);
    byte[] base = InetAddress.getByName(cidr.substring(0, cidr.indexOf('/'))).getAddress();
    int hostBits = 32 - c.prefix();
    int offset = hostBits == 0 ? 0 : (int) (Integer.toUnsignedLong(random) % (1L << hostBits));
    int value = java.nio.ByteBuffer.wrap(base).getInt() + offset;
    InetAddress a = InetAddress.getByAddress(java.nio.ByteBuffer.allocate(4).putInt(value).array());
    assertThat(c.contains(a)).isTrue();
    assertThat(STANDARD.refusal(a)).as(a.toString()).isPresent();
    // the same address mapped into IPv6, or behind NAT64 or 6to4, is blocked too
    byte[] v4 = a.getAddress();
    byte[] nat64 = new byte[16];
    nat64[1] = 0x64;
    nat64[2] = (byte) 0xff;
    nat64[3] = (byte) 0x9b;
    System.arraycopy(v4, 0, nat64, 12, 4);
    assertThat(STANDARD.refusal(InetAddress.getByAddress(nat64))).isPresent();
    byte[] sixToFour = new byte[16];
    sixToFour[0] = 0x20;
    sixToFour[1] = 0x02;
    System.arraycopy(v4, 0, sixToFour, 2, 4);
    sixToFour[15] = 1;
    assertThat(STANDARD.refusal(InetAddress.getByAddress(sixToFour))).isPresent();
  }

  @Provide
  Arbitrary<String> blockedV4() {
    return Arbitraries.of(
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.0.2.0/24",
        "192.168.0.0/16",
        "198.18.0.0/15",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",
        "240.0.0.0/4");
  }

  @Property
  void everyAddressInABlockedIpv6RangeIsBlocked(
      @ForAll("blockedV6") String cidr, @ForAll byte[] noise) throws UnknownHostException {
    Cidr c = Cidr.parse(cidr);
    byte[] a = InetAddress.getByName(cidr.substring(0, cidr.indexOf('/'))).getAddress();
    for (int bit = c.prefix(); bit < 128; bit++) {
      int n = bit / 8 < noise.length ? noise[bit / 8] : bit;
      if (((n >> (bit % 8)) & 1) == 1) {
        a[bit / 8] |= (byte) (0x80 >>> (bit % 8));
      }
    }
    InetAddress address = InetAddress.getByAddress(a);
    assertThat(c.contains(address)).isTrue();
    assertThat(STANDARD.refusal(address)).as(address.toString()).isPresent();
  }

  @Provide
  Arbitrary<String> blockedV6() {
    return Arbitraries.of(
        "fc00::/7", "fe80::/10", "ff00::/8", "2001:db8::/32", "::/96", "100::/64", "fec0::/10");
  }

  /** Every way of writing one IPv4 address is read as that address. */
  @Property
  void everyFormOfAnIpv4AddressReadsTheSame(
      @ForAll int value, @ForAll @IntRange(min = 1, max = 4) int parts) throws Exception {
    long v = Integer.toUnsignedLong(value);
    InetAddress expected =
        InetAddress.getByAddress(java.nio.ByteBuffer.allocate(4).putInt(value).array());
    for (int radix : new int[] {8, 10, 16}) {
      String written = form(v, parts, radix);
      assertThat(HostForms.read(written).literal()).as(written).isEqualTo(expected);
      assertThat(STANDARD.refusal(expected).isPresent()).isEqualTo(!NetPolicy.isPublic(expected));
    }
  }

  // The address as 1-4 parts: the first parts-1 bytes, then the rest as one number.
  private static String form(long v, int parts, int radix) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < parts - 1; i++) {
      s.append(number((v >>> (8 * (3 - i))) & 0xff, radix)).append('.');
    }
    long rest = v & ((1L << (8 * (5 - parts))) - 1);
    return s.append(number(rest, radix)).toString();
  }

  private static String number(long n, int radix) {
    return switch (radix) {
      case 8 -> "0" + Long.toOctalString(n);
      case 16 -> "0x" + Long.toHexString(n);
      default -> Long.toString(n);
    };
  }
}

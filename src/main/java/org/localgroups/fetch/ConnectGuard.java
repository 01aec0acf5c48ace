package org.localgroups.fetch;

import java.net.InetSocketAddress;

/**
 * The last word before a socket connects: the fetcher's connector asks it for every address, after
 * the policy already judged it. In production it is the {@link NetPolicy} again (defence in depth);
 * in tests it allows loopback only, so that a bug can never send a packet off the machine.
 */
@FunctionalInterface
public interface ConnectGuard {
  /** Whether the connector may connect to this address. */
  boolean permits(InetSocketAddress address);

  /** Loopback addresses only, on any port: for tests and benchmarks. */
  static ConnectGuard loopbackOnly() {
    return address -> address.getAddress() != null && address.getAddress().isLoopbackAddress();
  }

  /** The policy's own judgement. */
  static ConnectGuard of(NetPolicy policy) {
    return address -> policy.refusal(address).isEmpty();
  }
}

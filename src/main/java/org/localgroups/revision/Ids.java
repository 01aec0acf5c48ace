package org.localgroups.revision;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New entity ids: {@code g} or {@code r} and 12 base-32 characters (60 random bits), so that
 * several processes on one database never need to agree on a counter. At a million groups two ids
 * collide with a probability of about 4 in 10 million, and the store's primary key refuses it if
 * they do.
 */
@FunctionalInterface
public interface Ids {
  String next(EntityKind kind);

  /** Random ids, for the application. */
  static Ids random() {
    SecureRandom random = new SecureRandom();
    return kind -> prefix(kind) + base32(random.nextLong() >>> 4, 12);
  }

  /** Ids counted from 1 ({@code g000000000001}), for tests that want to name them. */
  static Ids counting() {
    AtomicLong next = new AtomicLong();
    return kind -> prefix(kind) + base32(next.incrementAndGet(), 12);
  }

  private static String prefix(EntityKind kind) {
    return switch (kind) {
      case GROUP -> "g";
      case REGION -> "r";
      case INTRO -> throw new IllegalArgumentException("the intro has its one id");
    };
  }

  private static String base32(long value, int digits) {
    String alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    char[] out = new char[digits];
    long v = value;
    for (int i = digits - 1; i >= 0; i--) {
      out[i] = alphabet.charAt((int) (v & 31));
      v >>>= 5;
    }
    return new String(out);
  }
}

package org.localgroups.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.localgroups.LocalGroupsException;

/**
 * The secret that lets a client edit through the API (there are no accounts yet): given to the
 * server in a file, sent by the client as {@code Authorization: Bearer TOKEN}. Only its SHA-256 is
 * kept, and a presented token is compared by digest in constant time ({@link
 * MessageDigest#isEqual}). Without one, editing through the API is off.
 */
public final class EditToken {
  /** Shorter secrets are guessed: 128 bits written in hex are 32 characters. */
  static final int MIN_CHARS = 20;

  /** A token is one line; a longer file is not a token. */
  static final int MAX_CHARS = 1_000;

  private static final String BEARER = "Bearer ";

  private final byte @Nullable [] digest;

  private EditToken(byte @Nullable [] digest) {
    this.digest = digest;
  }

  /** Editing through the API is off. */
  public static EditToken off() {
    return new EditToken(null);
  }

  /**
   * The token written in this text (surrounding white space ignored).
   *
   * @throws LocalGroupsException BAD_INPUT when it is shorter than {@link #MIN_CHARS} or holds
   *     white space or control characters
   */
  public static EditToken of(String text) {
    String t = text.strip();
    if (t.length() < MIN_CHARS || t.length() > MAX_CHARS) {
      throw LocalGroupsException.badInput(
          "The edit token must be one line of "
              + MIN_CHARS
              + " to "
              + MAX_CHARS
              + " characters (for example the output of 'openssl rand -hex 32'), not "
              + t.length()
              + ".");
    }
    if (!t.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw LocalGroupsException.badInput(
          "The edit token must be printable ASCII without spaces (for example the output of"
              + " 'openssl rand -hex 32').");
    }
    return new EditToken(sha256(t));
  }

  /** The token in this file. */
  public static EditToken fromFile(Path file) {
    try {
      if (Files.size(file) > MAX_CHARS + 2) {
        throw LocalGroupsException.badInput(
            "The edit token file " + file + " is larger than a token; it holds one line.");
      }
      return of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw LocalGroupsException.badInput(
          "The edit token file " + file + " cannot be read: " + e.getMessage() + ".");
    }
  }

  /** Whether a token is configured. */
  public boolean isOn() {
    return digest != null;
  }

  /** What an {@code Authorization} header presents: nothing, a bearer token, or something else. */
  public enum Presented {
    NONE,
    WRONG,
    RIGHT
  }

  /** What the header presents, checked against this token. */
  public Presented check(@Nullable String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return Presented.NONE;
    }
    if (digest == null
        || authorization.length() > BEARER.length() + MAX_CHARS
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Presented.WRONG;
    }
    byte[] given = sha256(authorization.substring(BEARER.length()).strip());
    return MessageDigest.isEqual(digest, given) ? Presented.RIGHT : Presented.WRONG;
  }

  /** The digest kept (for the test that shows the plain token is not). */
  Optional<byte[]> digest() {
    return digest == null ? Optional.empty() : Optional.of(digest.clone());
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return digest == null ? "EditToken[off]" : "EditToken[on]";
  }
}

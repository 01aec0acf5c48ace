package org.localgroups;

/**
 * The one unchecked exception root: its message is what the user should be told, in one sentence.
 * Mapped once to problem+json (HTTP) and once to a message and exit code (CLI).
 */
public class LocalGroupsException extends RuntimeException {
  /** What sort of failure, for HTTP status and exit code. */
  public enum Kind {
    /** the input is wrong (malformed page, bad parameter): 400 / exit 2 */
    BAD_INPUT,
    /** the thing asked for does not exist: 404 / exit 3 */
    NOT_FOUND,
    /** a concurrent change won: 409 / exit 4 */
    CONFLICT,
    /** the storage or another part cannot be used right now (locked, read-only): 503 / exit 5 */
    UNAVAILABLE
  }

  private final Kind kind;

  public LocalGroupsException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public LocalGroupsException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** The sentence for the user; never null. */
  @Override
  public String getMessage() {
    return java.util.Objects.requireNonNullElse(super.getMessage(), kind.name());
  }

  public Kind kind() {
    return kind;
  }

  public static LocalGroupsException badInput(String message) {
    return new LocalGroupsException(Kind.BAD_INPUT, message);
  }

  public static LocalGroupsException notFound(String message) {
    return new LocalGroupsException(Kind.NOT_FOUND, message);
  }
}

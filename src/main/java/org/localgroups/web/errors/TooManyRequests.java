package org.localgroups.web.errors;

/** A client over the API's rate limit: answered with 429 and a too-many-requests problem. */
public final class TooManyRequests extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String sentence;

  /** With the sentence the client is told. */
  public TooManyRequests(String message) {
    super(message, null, false, false);
    this.sentence = message;
  }

  /** What the client is told. */
  public String sentence() {
    return sentence;
  }
}

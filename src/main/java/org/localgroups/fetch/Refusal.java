package org.localgroups.fetch;

import java.io.IOException;

/**
 * Our own policy refused a URL or an address before any connection; the message completes the
 * sentence "refused: ...". An IOException so that it passes through the HTTP client's resolver and
 * connector as a failure of the exchange.
 */
final class Refusal extends IOException {
  private static final long serialVersionUID = 1L;

  Refusal(String reason) {
    super(reason);
  }
}

package org.localgroups.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Coordinates as exports and the API print them: plain decimals, at most six places (about 11 cm).
 */
public final class Coordinates {
  /** RFC 7946 section 11.2: six decimal places are already finer than any city or state needs. */
  static final int DECIMALS = 6;

  private Coordinates() {}

  /** The degrees rounded half-up to six places, trailing zeros dropped, never -0. */
  static BigDecimal round(double degrees) {
    BigDecimal rounded =
        BigDecimal.valueOf(degrees).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded;
  }

  /** {@link #round} as a double, for the JSON API's numbers. */
  public static double rounded(double degrees) {
    return round(degrees).doubleValue();
  }

  /** {@link #round} as text without exponent ("-33.868820", "180"). */
  static String text(double degrees) {
    return round(degrees).toPlainString();
  }
}

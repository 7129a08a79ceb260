package io.github.peoplecongress.reporting.internal;

import java.math.BigDecimal;

/** Decimal helpers shared by the statistics and the renderers. */
public final class Decimals {

  private Decimals() {}

  /**
   * Strips trailing zeros without going to exponent form: {@code 2.30 → 2.3}, {@code 3200 → 3200}, {@code 0.00 → 0}.
   *
   * @param value  the value, not null
   * @return the value without trailing zeros after the point, at scale 0 or more, not null
   */
  public static BigDecimal strip(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}

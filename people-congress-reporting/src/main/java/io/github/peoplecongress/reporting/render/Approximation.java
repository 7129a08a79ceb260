package io.github.peoplecongress.reporting.render;

import io.github.peoplecongress.reporting.internal.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The "x余" rounding of a work report: a figure is floored to the place value of its leading digit, and 余 ("more
 * than") is added only when something was cut — {@code 327 → "300余"}, {@code 268 → "200余"}, {@code 96 → "90余"},
 * {@code 41 → "40余"}, {@code 12 → "10余"}, {@code 300 → "300"}, {@code 8 → "8"}. Money amounts keep two leading
 * digits ({@code 3246万元 → "3200余万元"}): the renderer passes {@link RenderOptions#getSignificantDigits()} for counts
 * and {@link RenderOptions#getMoneySignificantDigits()} for money.
 *
 * <p>Implementation Requirements: this class is stateless and thread-safe.
 */
public final class Approximation {

  private Approximation() {}

  /**
   * Floors a non-negative figure to its leading digits: {@code floor(327, 1)} is 300, {@code floor(3246, 2)} is
   * 3200, {@code floor(2.3, 1)} is 2.
   *
   * @param value  the figure, not negative, not null
   * @param significantDigits  the leading digits kept, positive
   * @return the floored figure, not above {@code value}, without trailing zeros after the point, not null
   * @throws IllegalArgumentException if the value is negative or the digits not positive
   */
  public static BigDecimal floor(BigDecimal value, int significantDigits) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("Cannot round a negative figure " + value);
    }
    if (significantDigits < 1) {
      throw new IllegalArgumentException("significantDigits must be positive, but was " + significantDigits);
    }
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    int leadingExponent = value.precision() - value.scale() - 1;
    int scale = significantDigits - 1 - leadingExponent;
    return Decimals.strip(value.setScale(scale, RoundingMode.DOWN));
  }

  /**
   * Returns whether rounding cuts something, so that 余 is written.
   *
   * @param value  the figure, not negative, not null
   * @param significantDigits  the leading digits kept, positive
   * @return true if {@link #floor(BigDecimal, int)} is below the value
   */
  public static boolean cuts(BigDecimal value, int significantDigits) {
    return floor(value, significantDigits).compareTo(value) != 0;
  }

  /**
   * Returns the Chinese form: the floored figure followed by 余 when something was cut ({@code "300余"}, {@code "8"}).
   *
   * @param value  the figure, not negative, not null
   * @param significantDigits  the leading digits kept, positive
   * @return the text, not null
   */
  public static String chinese(BigDecimal value, int significantDigits) {
    return floor(value, significantDigits).toPlainString() + (cuts(value, significantDigits) ? "余" : "");
  }

  /**
   * Returns the English form: {@code "more than 300"} when something was cut, otherwise the figure.
   *
   * @param value  the figure, not negative, not null
   * @param significantDigits  the leading digits kept, positive
   * @return the text, not null
   */
  public static String english(BigDecimal value, int significantDigits) {
    String floored = floor(value, significantDigits).toPlainString();
    return cuts(value, significantDigits) ? "more than " + floored : floored;
  }
}

package io.github.peoplecongress.reporting.statistics;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An exact fraction with its numerator and denominator, for a rate such as 办复率 = 132 answered / 136 assigned.
 * Never a {@code double}: the percentage is computed from the exact fraction and rounded once, when shown.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRatio.class)
public abstract class Ratio {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** @return the numerator, not negative */
  public abstract BigDecimal getNumerator();

  /** @return the denominator, not negative; zero means the rate is undefined */
  public abstract BigDecimal getDenominator();

  /**
   * Obtains a ratio of two counts.
   *
   * @param numerator  the numerator, not negative
   * @param denominator  the denominator, not negative
   * @return the ratio, not null
   * @throws IllegalArgumentException if either is negative
   */
  public static Ratio of(long numerator, long denominator) {
    return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * Obtains a ratio of two exact amounts.
   *
   * @param numerator  the numerator, not negative, not null
   * @param denominator  the denominator, not negative, not null
   * @return the ratio, not null
   * @throws IllegalArgumentException if either is negative
   */
  public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    return ImmutableRatio.builder().numerator(numerator).denominator(denominator).build();
  }

  /**
   * Returns whether the denominator is zero, so that the rate is undefined (shown as "—").
   *
   * @return true if undefined
   */
  public boolean undefined() {
    return getDenominator().signum() == 0;
  }

  /**
   * Returns the percentage, rounded once from the exact fraction: {@code 132/136} at scale 1 half-up is 97.1.
   *
   * @param scale  the number of decimals of the percentage, not negative
   * @param rounding  the rounding, not null
   * @return the percentage, empty when the denominator is zero
   */
  public Optional<BigDecimal> percent(int scale, RoundingMode rounding) {
    if (undefined()) {
      return Optional.empty();
    }
    return Optional.of(getNumerator().multiply(HUNDRED).divide(getDenominator(), scale, rounding));
  }

  @Value.Check
  protected void check() {
    if (getNumerator().signum() < 0 || getDenominator().signum() < 0) {
      throw new IllegalArgumentException("Ratio numerator " + getNumerator() + " and denominator "
          + getDenominator() + " must not be negative");
    }
  }

  @Override
  public String toString() {
    return getNumerator().toPlainString() + "/" + getDenominator().toPlainString();
  }
}

package io.github.peoplecongress.model.outreach;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import org.immutables.value.Value;

/**
 * The district's fiscal expenditure in one year and the part spent on livelihood (民生投入), for the report's
 * "民生方面的投入占财政支出的 x% 以上": for example 2,400,000,000 yuan in all, 1,560,000,000 on livelihood, a share of
 * {@code 0.6500}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFiscalSummary.class)
public abstract class FiscalSummary {

  /** The scale of {@link #livelihoodShare()}: four decimals, so a percentage with two. */
  public static final int SHARE_SCALE = 4;

  /** @return the year, not null */
  public abstract Year getYear();

  /** @return the total fiscal expenditure (财政支出) in yuan, positive */
  public abstract @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal getTotalExpenditure();

  /** @return the livelihood expenditure (民生支出) in yuan, not negative, not above the total */
  public abstract @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal getLivelihoodExpenditure();

  /** @return where the figures come from, such as {@code "2019年财政决算"}, up to 200 characters */
  @Value.Default
  public @Size(max = 200) String getSource() {
    return "";
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableFiscalSummary.Builder builder() {
    return ImmutableFiscalSummary.builder();
  }

  /**
   * Returns livelihood expenditure divided by total expenditure, as a ratio with {@link #SHARE_SCALE} (4) decimals,
   * rounded half up: 1,560,000,000 / 2,400,000,000 is {@code 0.6500}, that is 65.00%. A report that says "x% 以上"
   * should round down instead, with {@link #livelihoodShare(int, RoundingMode)}.
   *
   * @return the ratio, between 0 and 1, not null
   */
  public BigDecimal livelihoodShare() {
    return livelihoodShare(SHARE_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Returns livelihood expenditure divided by total expenditure, with the given scale and rounding.
   *
   * @param scale  the decimals of the result, not negative
   * @param rounding  the rounding mode, not null; {@link RoundingMode#UNNECESSARY} throws if the ratio is inexact
   * @return the ratio, between 0 and 1, not null
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and the ratio needs rounding
   */
  public BigDecimal livelihoodShare(int scale, RoundingMode rounding) {
    return getLivelihoodExpenditure().divide(getTotalExpenditure(), scale, rounding);
  }

  @Value.Check
  protected void check() {
    String record = "FiscalSummary " + getYear();
    Checks.require(getTotalExpenditure().signum() > 0, record,
        "totalExpenditure must be positive, but was " + getTotalExpenditure().toPlainString());
    Checks.notNegative(record, "livelihoodExpenditure", getLivelihoodExpenditure());
    Checks.require(getLivelihoodExpenditure().compareTo(getTotalExpenditure()) <= 0, record,
        "livelihoodExpenditure " + getLivelihoodExpenditure().toPlainString() + " must not exceed totalExpenditure "
            + getTotalExpenditure().toPlainString());
  }
}

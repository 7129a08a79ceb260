package io.github.peoplecongress.reporting.render;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.reporting.metric.Language;
import org.immutables.value.Value;

/**
 * How report text is rendered: the language, and whether the figures the seed writes as "x余" are rounded down to a
 * round figure ({@code 327} → {@code "300余"}, counts to one significant digit; {@code 3246万元} → {@code "3200余万元"},
 * money to two). Rounding is off by default: the text then gives exact figures.
 *
 * <pre>
 * RenderOptions.builder().language(Language.ZH).approximate(true).build();
 * </pre>
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRenderOptions.class)
public abstract class RenderOptions {

  /** @return the language, Chinese by default */
  @Value.Default
  public Language getLanguage() {
    return Language.ZH;
  }

  /** @return whether to round the seed's "x余" figures down to a round figure; false by default */
  @Value.Default
  public boolean isApproximate() {
    return false;
  }

  /**
   * Returns how many leading digits a rounded count keeps (件, 人次, 篇, 部…): 1 by default, as METRICS.md rounds
   * counts (327 → 300余, 96 → 90余). Money has its own setting, {@link #getMoneySignificantDigits()}.
   *
   * @return the digits kept, positive
   */
  @Value.Default
  public int getSignificantDigits() {
    return 1;
  }

  /**
   * Returns how many leading digits a rounded money amount keeps, in the unit the sentence uses (万元 or 亿元 in
   * Chinese, million yuan in English): 2 by default, so 3246万元 reads "3200余万元" as in the seed, not "3000余万元"
   * (a tenth of the amount would be lost); 32.46 million yuan reads "more than 32 million yuan".
   *
   * @return the digits kept, positive
   */
  @Value.Default
  public int getMoneySignificantDigits() {
    return 2;
  }

  /**
   * Returns the default options: Chinese, exact figures.
   *
   * @return the options, not null
   */
  public static RenderOptions defaults() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableRenderOptions.Builder builder() {
    return ImmutableRenderOptions.builder();
  }

  @Value.Check
  protected void check() {
    if (getSignificantDigits() < 1 || getMoneySignificantDigits() < 1) {
      throw new IllegalArgumentException("RenderOptions significantDigits and moneySignificantDigits must be"
          + " positive, but were " + getSignificantDigits() + " and " + getMoneySignificantDigits());
    }
  }
}

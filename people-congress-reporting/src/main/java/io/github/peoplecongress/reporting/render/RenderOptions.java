package io.github.peoplecongress.reporting.render;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.reporting.metric.Language;
import org.immutables.value.Value;

/**
 * How report text is rendered: the language, and whether the figures the seed writes as "x余" are rounded down to a
 * round figure ({@code 327} → {@code "300余"}). Rounding is off by default: the text then gives exact figures.
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
   * Returns how many leading digits a rounded figure keeps: 1 by default (327 → 300余, 3246 → 3000余); 2 keeps
   * 3246 → 3200余.
   *
   * @return the digits kept, positive
   */
  @Value.Default
  public int getSignificantDigits() {
    return 1;
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
    if (getSignificantDigits() < 1) {
      throw new IllegalArgumentException("RenderOptions significantDigits must be positive, but was "
          + getSignificantDigits());
    }
  }
}

package io.github.peoplecongress.reporting.statistics;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.reporting.internal.Decimals;
import io.github.peoplecongress.reporting.metric.Measure;
import io.github.peoplecongress.reporting.metric.Metric;
import io.github.peoplecongress.reporting.metric.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value of one metric in a {@link YearlyStatistics}, for example {@code SC_MEETINGS = 8}, or
 * {@code SUGGESTION_ANSWER_RATE = 97.1} with the exact ratio 132/136.
 *
 * <p>{@link #getValue()} is exact for counts (an integer) and money (yuan); for a rate it is the percentage rounded
 * as the metric says, and {@link #getRatio()} holds the exact fraction. It is empty when the metric is undefined
 * (a rate over zero, no fiscal summary, no term).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableMetricValue.class)
public abstract class MetricValue {

  /** @return the metric, not null */
  public abstract Metric getMetric();

  /** @return the value: a count, yuan, a rounded percentage or a term number; empty when undefined */
  public abstract Optional<BigDecimal> getValue();

  /** @return for a rate, the exact fraction */
  public abstract Optional<Ratio> getRatio();

  /**
   * Obtains a count or amount.
   *
   * @param metric  the metric, not null
   * @param value  the exact value, not null
   * @return the value, not null
   */
  public static MetricValue of(Metric metric, BigDecimal value) {
    return ImmutableMetricValue.builder().metric(metric).value(value).build();
  }

  /**
   * Obtains a rate from its exact fraction, rounding the percentage as the metric says.
   *
   * @param metric  a rate metric, not null
   * @param ratio  the exact fraction, not null
   * @return the value, not null
   */
  public static MetricValue ofRatio(Metric metric, Ratio ratio) {
    return ImmutableMetricValue.builder().metric(metric).ratio(ratio)
        .value(ratio.percent(metric.percentScale(), metric.percentRounding())).build();
  }

  /**
   * Obtains an undefined value.
   *
   * @param metric  the metric, not null
   * @return the value, not null
   */
  public static MetricValue undefined(Metric metric) {
    return ImmutableMetricValue.builder().metric(metric).build();
  }

  /**
   * Returns the value in the unit the metric is shown in: money divided into 万元 or 亿元 (exact, without trailing
   * zeros, such as 2.3 for 230,000,000 元), other values as they are.
   *
   * @return the value shown, empty when undefined
   */
  public Optional<BigDecimal> shown() {
    Unit unit = getMetric().getUnit();
    return getValue().map(value -> unit.money()
        ? Decimals.strip(value.divide(unit.yuanPerUnit(), Math.max(value.scale(), 0) + 8, RoundingMode.UNNECESSARY))
        : value);
  }

  /**
   * Returns the value as a long, for counts.
   *
   * @return the count, or 0 when undefined
   * @throws ArithmeticException if the value has a fraction
   */
  public long longValue() {
    return getValue().map(BigDecimal::longValueExact).orElse(0L);
  }

  /**
   * Returns the value shown as plain text: {@code "8"}, {@code "2.3"}, {@code "97.1"}, or {@code "—"} when undefined.
   *
   * @return the text, not null
   */
  public String text() {
    return shown().map(BigDecimal::toPlainString).orElse("—");
  }

  @Value.Check
  protected void check() {
    if (getRatio().isPresent() && getMetric().getMeasure() != Measure.RATE) {
      throw new IllegalArgumentException("MetricValue " + getMetric() + " has ratio " + getRatio().get()
          + " but is a " + getMetric().getMeasure() + ", not a rate");
    }
  }
}

package io.github.peoplecongress.reporting.metric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The published definition of one metric, as exported to JSON — for example {@code SC_MEETINGS}, "召开常委会会议",
 * unit 次, with its Chinese and English definitions.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableMetricDefinition.class)
public abstract class MetricDefinition {

  /** @return the stable id, such as {@code "SC_MEETINGS"}, not null */
  public abstract String getId();

  /** @return the Chinese label, not null */
  public abstract String getLabel();

  /** @return the English label, not null */
  public abstract String getEnglishLabel();

  /** @return the unit, not null */
  public abstract Unit getUnit();

  /** @return the unit's Chinese label, such as {@code "人次"}, not null */
  public abstract String getUnitLabel();

  /** @return how the metric is accumulated and merged, not null */
  public abstract Measure getMeasure();

  /** @return the Chinese definition, not null */
  public abstract String getDefinition();

  /** @return the English definition, not null */
  public abstract String getEnglishDefinition();

  /** @return for a rate of two metrics, the numerator's id */
  public abstract Optional<String> getNumerator();

  /** @return for a rate of two metrics, the denominator's id */
  public abstract Optional<String> getDenominator();

  /** @return whether the seed report writes the figure as "x余" */
  public abstract boolean isApproximateInSeed();

  /**
   * Returns the definition of a metric.
   *
   * @param metric  the metric, not null
   * @return the definition, not null
   */
  public static MetricDefinition of(Metric metric) {
    return ImmutableMetricDefinition.builder()
        .id(metric.getId())
        .label(metric.getLabel())
        .englishLabel(metric.getEnglishLabel())
        .unit(metric.getUnit())
        .unitLabel(metric.getUnit().getLabel())
        .measure(metric.getMeasure())
        .definition(metric.getDefinition())
        .englishDefinition(metric.getEnglishDefinition())
        .numerator(metric.numerator().map(Metric::getId))
        .denominator(metric.denominator().map(Metric::getId))
        .approximateInSeed(metric.approximateInSeed())
        .build();
  }
}

package io.github.peoplecongress.reporting.statistics;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.WorkPeriod;
import io.github.peoplecongress.reporting.metric.Measure;
import io.github.peoplecongress.reporting.metric.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * The statistics of one committee's records — or of several, merged — keyed by {@link Metric}: for example the X区 16th
 * standing committee's 2019, with {@code SC_MEETINGS = 8} and {@code WORK_REPORTS_HEARD = 18}.
 *
 * <pre>
 * YearlyStatistics stats = YearlyStatistics.of(year2019);
 * stats.count(Metric.SC_MEETINGS);                               // 8
 * stats.value(Metric.SUGGESTION_ANSWER_RATE).getRatio();         // 132/136
 * YearlyStatistics all = committeeYears.stream().collect(YearlyStatistics.collector());
 * </pre>
 *
 * <p>The value holds mergeable state, not finished numbers: counts as long sums, distinct counts as sets of keys
 * (prefixed by the district's division code), amounts as exact sums in yuan, reports heard with their meeting keys,
 * fiscal summaries once per district-year. {@link #merge(YearlyStatistics)} is associative and commutative with
 * {@link #empty()} as identity, so the statistics of parts (a year split into parts that share the standing data,
 * several districts, several years) merge to the statistics of the whole. Values, including rates, are derived from
 * the merged state on demand ({@link #value(Metric)}).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe. Computing is linear in the number of
 * records; each record list is read once.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableYearlyStatistics.class)
public abstract class YearlyStatistics {

  /** @return the calendar years covered, not null */
  public abstract Set<Year> getYears();

  /**
   * Returns the periods counted, as {@link io.github.peoplecongress.model.records.WorkPeriod#toString()} writes them ({@code 2019}, {@code term:16},
   * {@code 2019-01-01..2020-06-30}), so that a report words its span: 一年来, 本届以来.
   *
   * @return the periods, not null
   */
  public abstract Set<String> getPeriods();

  /** @return the districts covered, by division code, with their names, not null */
  public abstract Map<String, String> getDistricts();

  /** @return the sums of the {@link io.github.peoplecongress.reporting.metric.Measure#COUNT} metrics, every such metric present, not null */
  public abstract Map<Metric, Long> getCounts();

  /** @return the sums in yuan of the {@link io.github.peoplecongress.reporting.metric.Measure#AMOUNT} metrics, every such metric present, not null */
  public abstract Map<Metric, BigDecimal> getAmounts();

  /** @return the key sets of the {@link io.github.peoplecongress.reporting.metric.Measure#DISTINCT} and {@link io.github.peoplecongress.reporting.metric.Measure#TERM} metrics, each present, not null */
  public abstract Map<Metric, Set<String>> getKeys();

  /**
   * Returns, for the law-inspection metrics ({@link Metric#LAWS_INSPECTED}, {@link Metric#LAWS_INSPECTED_WITH_HIGHER}),
   * the earliest inspection start date of each key (division code and normalised law title). Merging keeps the
   * earlier date, so the order in which the report names the laws — the order the committee inspected them — is part
   * of the mergeable state.
   *
   * @return the earliest date of each key, by metric, not null
   */
  public abstract Map<Metric, Map<String, LocalDate>> getFirstDates();

  /** @return the dates of the meetings of the records, by meeting key, to place reports heard, not null */
  public abstract Map<String, LocalDate> getMeetingDates();

  /** @return the reports heard, by report key (district code, year, report id), not null */
  public abstract Map<String, HeardReport> getHeardReports();

  /** @return the fiscal summaries, by district code and year, not null */
  public abstract Map<String, FiscalEntry> getFiscalSummaries();

  /**
   * Computes the statistics of the latest calendar year of a set of records (the year of its as-of date), in one
   * pass over its records.
   *
   * @param records  the records, not null
   * @return the statistics, not null
   */
  public static YearlyStatistics of(CommitteeRecords records) {
    return of(records, WorkPeriod.latestYear(records));
  }

  /**
   * Computes the statistics of a period of a set of records — a year, a term or a range of days — in one pass over
   * its records: each record is counted once, in the period that holds its date.
   *
   * @param records  the records, not null
   * @param period  the period, not null
   * @return the statistics, not null
   * @throws IllegalArgumentException if the period is a term the records do not have
   */
  public static YearlyStatistics of(CommitteeRecords records, WorkPeriod period) {
    Objects.requireNonNull(records, "records");
    Accumulator accumulator = new Accumulator();
    accumulator.add(records, period);
    return accumulator.toStatistics();
  }

  /**
   * Returns the statistics of nothing, the identity of {@link #merge(YearlyStatistics)}: every count zero.
   *
   * @return the empty statistics, not null
   */
  public static YearlyStatistics empty() {
    return new Accumulator().toStatistics();
  }

  /**
   * Returns a collector that computes and merges the statistics of committees' records, for roll-ups across districts
   * and years; unordered and safe for parallel streams.
   *
   * @return the collector, not null
   */
  public static Collector<CommitteeRecords, ?, YearlyStatistics> collector() {
    return Collector.of(Accumulator::new, (Accumulator a, CommitteeRecords records) -> a.add(records,
        WorkPeriod.latestYear(records)), Accumulator::combine, Accumulator::toStatistics,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns a collector that merges statistics already computed, such as those of each district.
   *
   * @return the collector, not null
   */
  public static Collector<YearlyStatistics, ?, YearlyStatistics> merging() {
    return Collector.of(Accumulator::new, Accumulator::add, Accumulator::combine, Accumulator::toStatistics,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Merges these statistics with others: counts and amounts add, key sets unite, rates are re-derived. Each merge
   * copies both sides: to merge many, such as every district's, collect them with {@link #merging()}, which is linear.
   *
   * @param other  the other statistics, not null
   * @return the merged statistics, not null
   */
  public YearlyStatistics merge(YearlyStatistics other) {
    Accumulator accumulator = new Accumulator();
    accumulator.add(this);
    accumulator.add(other);
    return accumulator.toStatistics();
  }

  /**
   * Returns the value of a metric, derived from the merged state.
   *
   * @param metric  the metric, not null
   * @return the value, not null
   */
  public MetricValue value(Metric metric) {
    switch (metric.getMeasure()) {
      case COUNT:
        return MetricValue.of(metric, BigDecimal.valueOf(getCounts().getOrDefault(metric, 0L)));
      case AMOUNT:
        return MetricValue.of(metric, getAmounts().getOrDefault(metric, BigDecimal.ZERO));
      case DISTINCT:
        return MetricValue.of(metric, BigDecimal.valueOf(distinct(metric)));
      case REPORTS:
        return MetricValue.of(metric, BigDecimal.valueOf(reportsHeard(metric)));
      case TERM:
        return keys(metric).stream().map(Integer::valueOf).max(Integer::compare)
            .map(term -> MetricValue.of(metric, BigDecimal.valueOf(term)))
            .orElseGet(() -> MetricValue.undefined(metric));
      case RATE:
        return ratio(metric).map(ratio -> MetricValue.ofRatio(metric, ratio))
            .orElseGet(() -> MetricValue.undefined(metric));
      default:
        throw new IllegalStateException("Unknown measure " + metric.getMeasure());
    }
  }

  /**
   * Returns the value of a counted metric as a long: a count, a distinct count or a number of reports.
   *
   * @param metric  a metric that is not an amount or a rate, not null
   * @return the count, not negative
   * @throws IllegalArgumentException if the metric is an amount or a rate
   */
  public long count(Metric metric) {
    if (metric.getMeasure() == Measure.AMOUNT || metric.getMeasure() == Measure.RATE) {
      throw new IllegalArgumentException("Metric " + metric + " is a " + metric.getMeasure()
          + "; use value(metric)");
    }
    return value(metric).longValue();
  }

  /**
   * Returns the values of all metrics, in catalogue order.
   *
   * @return an immutable list, not null
   */
  public List<MetricValue> values() {
    return Arrays.stream(Metric.values()).map(this::value).toList();
  }

  /**
   * Returns the exact fraction of a rate: numerator and denominator merged, not averaged.
   *
   * @param metric  a rate metric, not null
   * @return the fraction, empty when the metric is not a rate or has no data (no fiscal summary)
   */
  public Optional<Ratio> ratio(Metric metric) {
    if (metric == Metric.LIVELIHOOD_SHARE) {
      if (getFiscalSummaries().isEmpty()) {
        return Optional.empty();
      }
      BigDecimal livelihood = BigDecimal.ZERO;
      BigDecimal total = BigDecimal.ZERO;
      for (FiscalEntry entry : getFiscalSummaries().values()) {
        livelihood = livelihood.add(entry.getLivelihoodExpenditure());
        total = total.add(entry.getTotalExpenditure());
      }
      return Optional.of(Ratio.of(livelihood, total));
    }
    if (metric.numerator().isEmpty() || metric.denominator().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Ratio.of(count(metric.numerator().get()), count(metric.denominator().get())));
  }

  /**
   * Returns the first year covered, for a single year's statistics its year.
   *
   * @return the year, empty for empty statistics
   */
  public Optional<Year> firstYear() {
    return getYears().stream().min(Year::compareTo);
  }

  /**
   * Returns the keys of a distinct metric, such as the law titles inspected prefixed by the district code
   * ({@code "610103/安全生产法"}).
   *
   * @param metric  the metric, not null
   * @return the keys, empty when none or when the metric is not a distinct metric, not null
   */
  public Set<String> keys(Metric metric) {
    return getKeys().getOrDefault(metric, Set.of());
  }

  /**
   * Returns the earliest date a key of a distinct metric was seen, such as the start of the first inspection of a law.
   *
   * @param metric  the metric, not null
   * @param key  the key, as in {@link #keys(Metric)}, not null
   * @return the date, empty when the metric keeps no dates or the key is unknown
   */
  public Optional<LocalDate> firstDate(Metric metric, String key) {
    return Optional.ofNullable(getFirstDates().getOrDefault(metric, Map.of()).get(key));
  }

  private long distinct(Metric metric) {
    if (metric == Metric.DEPUTIES_PARTICIPATING) {
      Set<String> serving = keys(Metric.DEPUTIES_SERVING);
      return keys(metric).stream().filter(serving::contains).count();
    }
    return keys(metric).size();
  }

  private long reportsHeard(Metric metric) {
    long count = 0;
    for (HeardReport report : getHeardReports().values()) {
      boolean kind = metric == Metric.WORK_REPORTS_HEARD ? report.isOrganReport() : report.isFiscalReport();
      LocalDate date = getMeetingDates().getOrDefault(report.getMeetingKey(), report.getHeardDate());
      if (kind && report.getPeriod().contains(date)) {
        count++;
      }
    }
    return count;
  }

  @Override
  public String toString() {
    return "YearlyStatistics{" + getDistricts().values() + ", " + getYears() + "}";
  }
}

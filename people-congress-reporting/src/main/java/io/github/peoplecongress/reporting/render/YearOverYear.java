package io.github.peoplecongress.reporting.render;

import io.github.peoplecongress.reporting.internal.Tables;
import io.github.peoplecongress.reporting.metric.Language;
import io.github.peoplecongress.reporting.metric.Metric;
import io.github.peoplecongress.reporting.metric.Unit;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A year-over-year comparison (同比) of two or more years' statistics: for each metric, each year's value and, from
 * the second year on, the change from the year before and the change in percent — for example 召开常委会会议
 * 2019: 8, 2020: 10, +2, +25.0%.
 *
 * <pre>
 * YearOverYear.of(List.of(stats2019, stats2020)).toMarkdown(Language.ZH);
 * </pre>
 *
 * <p>Changes are exact differences of the values shown (for rates, in percentage points, marked "pp"/"个百分点" in
 * the header note); the percent change is the difference over the earlier value, rounded half-up to 0.1%, and "—"
 * when the earlier value is zero or either value is undefined.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class YearOverYear {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final List<YearlyStatistics> years;

  private YearOverYear(List<YearlyStatistics> years) {
    this.years = years;
  }

  /**
   * Compares the statistics of several years, ordered by their first year.
   *
   * @param years  the statistics, at least two, each of at least one year, not null
   * @return the comparison, not null
   * @throws IllegalArgumentException if fewer than two statistics are given, one covers no year, they are of different
   *     districts (a roll-up is no change over time) or a year is given twice
   */
  public static YearOverYear of(List<YearlyStatistics> years) {
    if (years.size() < 2) {
      throw new IllegalArgumentException("A year-over-year comparison needs at least two years, but got "
          + years.size());
    }
    Set<Year> seen = new HashSet<>();
    for (YearlyStatistics statistics : years) {
      if (statistics.getYears().isEmpty()) {
        throw new IllegalArgumentException("Statistics " + statistics + " cover no year");
      }
      if (!statistics.getDistricts().equals(years.get(0).getDistricts())) {
        throw new IllegalArgumentException("A year-over-year comparison is of the same district's years, but got "
            + years.get(0).getDistricts().values() + " and " + statistics.getDistricts().values()
            + "; to add up districts, merge their statistics");
      }
      for (Year year : statistics.getYears()) {
        if (!seen.add(year)) {
          throw new IllegalArgumentException("A year-over-year comparison needs each year once, but " + year
              + " is given twice");
        }
      }
    }
    List<YearlyStatistics> sorted = new ArrayList<>(years);
    sorted.sort(Comparator.comparing(statistics -> statistics.firstYear().orElseThrow()));
    return new YearOverYear(List.copyOf(sorted));
  }

  /**
   * Returns the change of a metric from one year to the next, as shown.
   *
   * @param metric  the metric, not null
   * @param index  the later year's position, from 1
   * @return the difference, empty when either value is undefined
   */
  public Optional<BigDecimal> change(Metric metric, int index) {
    Optional<BigDecimal> before = years.get(index - 1).value(metric).shown();
    Optional<BigDecimal> after = years.get(index).value(metric).shown();
    return before.isPresent() && after.isPresent() ? Optional.of(after.get().subtract(before.get()))
        : Optional.empty();
  }

  /**
   * Returns the percent change of a metric from one year to the next, rounded half-up to 0.1%.
   *
   * @param metric  the metric, not null
   * @param index  the later year's position, from 1
   * @return the percent change, empty when the earlier value is zero or either value is undefined
   */
  public Optional<BigDecimal> percentChange(Metric metric, int index) {
    Optional<BigDecimal> before = years.get(index - 1).value(metric).shown();
    return change(metric, index).filter(change -> before.get().signum() != 0)
        .map(change -> change.multiply(HUNDRED).divide(before.get(), 1, RoundingMode.HALF_UP));
  }

  /**
   * Renders the comparison as a Markdown table.
   *
   * @param language  the language, not null
   * @return the table, not null
   */
  public String toMarkdown(Language language) {
    return Tables.markdown(header(language), rows(language));
  }

  /**
   * Renders the comparison as CSV (RFC 4180).
   *
   * @param language  the language, not null
   * @return the CSV text, not null
   */
  public String toCsv(Language language) {
    return Tables.csv(header(language), rows(language));
  }

  private List<String> header(Language language) {
    boolean zh = language == Language.ZH;
    List<String> header = new ArrayList<>(List.of(zh ? "编号" : "Id", zh ? "指标" : "Metric", zh ? "单位" : "Unit"));
    for (int i = 0; i < years.size(); i++) {
      String year = years.get(i).firstYear().orElseThrow().toString();
      header.add(year);
      if (i > 0) {
        header.add(zh ? year + "增减" : "Change " + year);
        header.add(zh ? year + "增减%" : "Change " + year + " %");
      }
    }
    return header;
  }

  private List<List<String>> rows(Language language) {
    List<List<String>> rows = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      if (metric == Metric.TERM_NUMBER) {
        continue;
      }
      List<String> row = new ArrayList<>();
      row.add(metric.getId());
      row.add(metric.label(language));
      row.add(metric.getUnit() == Unit.PERCENT
          ? (language == Language.ZH ? "%（增减为百分点）" : "% (change in points)")
          : metric.getUnit().label(language));
      for (int i = 0; i < years.size(); i++) {
        row.add(years.get(i).value(metric).text());
        if (i > 0) {
          row.add(change(metric, i).map(YearOverYear::signed).orElse("—"));
          row.add(percentChange(metric, i).map(p -> signed(p) + "%").orElse("—"));
        }
      }
      rows.add(row);
    }
    return rows;
  }

  private static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }
}

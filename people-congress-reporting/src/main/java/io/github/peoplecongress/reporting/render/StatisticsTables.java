package io.github.peoplecongress.reporting.render;

import io.github.peoplecongress.reporting.internal.Json;
import io.github.peoplecongress.reporting.internal.Tables;
import io.github.peoplecongress.reporting.metric.Language;
import io.github.peoplecongress.reporting.metric.Metric;
import io.github.peoplecongress.reporting.statistics.MetricValue;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tables of all metrics of a {@link YearlyStatistics}, in catalogue order: id, label, value (in the unit shown),
 * unit, and for rates the exact fraction — as Markdown, CSV or JSON.
 *
 * <pre>
 * | 编号 | 指标 | 数值 | 单位 | 分子/分母 |
 * | SC_MEETINGS | 召开常委会会议 | 8 | 次 |  |
 * | SUGGESTION_ANSWER_RATE | 办复率 | 97.1 | % | 132/136 |
 * </pre>
 *
 * <p>Implementation Requirements: this class is stateless and thread-safe.
 */
public final class StatisticsTables {

  private StatisticsTables() {}

  /**
   * Renders the statistics as a Markdown table.
   *
   * @param statistics  the statistics, not null
   * @param language  the language of labels, not null
   * @return the table, not null
   */
  public static String toMarkdown(YearlyStatistics statistics, Language language) {
    return Tables.markdown(header(language), rows(statistics, language));
  }

  /**
   * Renders the statistics as CSV (RFC 4180).
   *
   * @param statistics  the statistics, not null
   * @param language  the language of labels, not null
   * @return the CSV text, not null
   */
  public static String toCsv(YearlyStatistics statistics, Language language) {
    return Tables.csv(header(language), rows(statistics, language));
  }

  /**
   * Renders the statistics as JSON: the years and districts covered, and per metric its id, label, unit, value
   * shown and, for rates, the exact numerator and denominator.
   *
   * @param statistics  the statistics, not null
   * @param language  the language of labels, not null
   * @return the JSON text, not null
   */
  public static String toJson(YearlyStatistics statistics, Language language) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("years", new TreeSet<Year>(statistics.getYears()).stream().map(Year::getValue).toList());
    document.put("districts", new TreeMap<>(statistics.getDistricts()));
    List<Map<String, Object>> metrics = new ArrayList<>();
    for (MetricValue value : statistics.values()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      Metric metric = value.getMetric();
      entry.put("id", metric.getId());
      entry.put("label", metric.label(language));
      entry.put("unit", metric.getUnit().label(language));
      entry.put("value", value.shown().orElse(null));
      value.getRatio().ifPresent(ratio -> {
        entry.put("numerator", ratio.getNumerator());
        entry.put("denominator", ratio.getDenominator());
      });
      metrics.add(entry);
    }
    document.put("metrics", metrics);
    return Json.write(document);
  }

  private static List<String> header(Language language) {
    return language == Language.ZH ? List.of("编号", "指标", "数值", "单位", "分子/分母")
        : List.of("Id", "Metric", "Value", "Unit", "Numerator/denominator");
  }

  private static List<List<String>> rows(YearlyStatistics statistics, Language language) {
    List<List<String>> rows = new ArrayList<>();
    for (MetricValue value : statistics.values()) {
      Metric metric = value.getMetric();
      rows.add(List.of(metric.getId(), metric.label(language), value.text(), metric.getUnit().label(language),
          value.getRatio().map(Object::toString).orElse("")));
    }
    return rows;
  }
}

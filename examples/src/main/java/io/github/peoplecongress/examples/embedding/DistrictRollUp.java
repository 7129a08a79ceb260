package io.github.peoplecongress.examples.embedding;

import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.reporting.metric.Language;
import io.github.peoplecongress.reporting.metric.Metric;
import io.github.peoplecongress.reporting.render.StatisticsTables;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import java.util.List;

/** Rolling up several districts' years, in parallel: the statistics are mergeable, so parts combine exactly. */
public final class DistrictRollUp {
  private DistrictRollUp() {}

  /**
   * Returns the city-wide number of committee meetings and a Markdown table of every metric.
   *
   * @param districts  one committee year per district, not null
   * @return the table, not null
   */
  public static String cityTable(List<CommitteeRecords> districts) {
    // README:roll-up
    YearlyStatistics city = districts.parallelStream().collect(YearlyStatistics.collector());
    long meetings = city.count(Metric.SC_MEETINGS);
    return "常委会会议合计 " + meetings + " 次\n\n" + StatisticsTables.toMarkdown(city, Language.ZH);
    // README:end
  }
}

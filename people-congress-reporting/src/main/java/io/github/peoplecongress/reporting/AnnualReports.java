package io.github.peoplecongress.reporting;

import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.reporting.render.RenderOptions;
import io.github.peoplecongress.reporting.render.WorkReportRenderer;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import java.util.Collection;

/**
 * The shortest way from committees' records to the work report's figures and text — for example the review of 2019:
 *
 * <pre>
 * String text = AnnualReports.text(year2019, RenderOptions.defaults());  // "一年来，共召开常委会会议8次，…"
 * YearlyStatistics district = AnnualReports.statistics(List.of(year2017, year2018, year2019));
 * </pre>
 *
 * <p>Implementation Requirements: this class is stateless and thread-safe.
 */
public final class AnnualReports {

  private AnnualReports() {}

  /**
   * Computes the statistics of one committee's records.
   *
   * @param year  the records, not null
   * @return the statistics, not null
   */
  public static YearlyStatistics statistics(CommitteeRecords year) {
    return YearlyStatistics.of(year);
  }

  /**
   * Computes and merges the statistics of the latest year of several committees' records, one set per district, for a
   * roll-up across districts.
   *
   * @param years  the committees' records, not null
   * @return the merged statistics, not null
   * @throws IllegalArgumentException if a district's period is given twice
   */
  public static YearlyStatistics statistics(Collection<CommitteeRecords> years) {
    return years.stream().collect(YearlyStatistics.collector());
  }

  /**
   * Renders the statistical sentences of the work report for one committee's records.
   *
   * @param year  the records, not null
   * @param options  the rendering options, not null
   * @return the text, one sentence per line, not null
   */
  public static String text(CommitteeRecords year, RenderOptions options) {
    return WorkReportRenderer.text(YearlyStatistics.of(year), options);
  }
}

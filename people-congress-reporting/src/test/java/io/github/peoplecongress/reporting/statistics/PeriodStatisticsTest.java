package io.github.peoplecongress.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.model.records.WorkPeriod;
import io.github.peoplecongress.reporting.Fixtures;
import io.github.peoplecongress.reporting.metric.Language;
import io.github.peoplecongress.reporting.metric.Metric;
import io.github.peoplecongress.reporting.render.RenderOptions;
import io.github.peoplecongress.reporting.render.WorkReportRenderer;
import io.github.peoplecongress.reporting.render.YearOverYear;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Statistics over a period of a set of records: each record counted once, in the period that holds its date; the
 * text worded for the span; roll-ups labelled; a district's period never counted twice.
 */
class PeriodStatisticsTest {
  private static final CommitteeRecords YEAR_2019 = Fixtures.year2019();
  /** The same records, known complete up to the end of 2020: 2020 has none of them. */
  private static final CommitteeRecords TWO_YEARS = ImmutableCommitteeRecords.copyOf(YEAR_2019)
      .withSpan(DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)));

  @Test
  void the_default_period_is_the_latest_year_of_the_records() {
    assertThat(YearlyStatistics.of(YEAR_2019).getYears()).containsExactly(Year.of(2019));
    assertThat(YearlyStatistics.of(TWO_YEARS).getYears()).containsExactly(Year.of(2020));
    assertThat(YearlyStatistics.of(TWO_YEARS).count(Metric.SC_MEETINGS)).isZero();
  }

  @Test
  void a_range_counts_every_record_of_its_days_once() {
    YearlyStatistics year = YearlyStatistics.of(TWO_YEARS, WorkPeriod.year(2019));
    YearlyStatistics both = YearlyStatistics.of(TWO_YEARS, WorkPeriod.parse("2019-01-01..2020-12-31"));
    // every count is the same, for 2020 has no records; mailboxes are those in place at the period's end
    assertThat(both.values()).filteredOn(v -> v.getMetric() != Metric.MAILBOXES)
        .isEqualTo(year.values().stream().filter(v -> v.getMetric() != Metric.MAILBOXES).toList());
    assertThat(year.count(Metric.MAILBOXES)).as("MB-1, MB-2 at the end of 2019").isEqualTo(2);
    assertThat(both.count(Metric.MAILBOXES)).as("and MB-3, set up on 2020-01-05").isEqualTo(3);
    assertThat(both.getYears()).containsExactlyInAnyOrder(Year.of(2019), Year.of(2020));
    assertThat(both.getPeriods()).containsExactly("2019-01-01..2020-12-31");
    YearlyStatistics firstHalf = YearlyStatistics.of(TWO_YEARS, WorkPeriod.parse("2019-01-01..2019-06-30"));
    YearlyStatistics secondHalf = YearlyStatistics.of(TWO_YEARS, WorkPeriod.parse("2019-07-01..2019-12-31"));
    assertThat(firstHalf.count(Metric.SC_MEETINGS) + secondHalf.count(Metric.SC_MEETINGS))
        .isEqualTo(year.count(Metric.SC_MEETINGS));
  }

  @Test
  void the_text_says_over_the_year_over_a_year_and_since_the_first_year_over_a_range() {
    RenderOptions zh = RenderOptions.builder().language(Language.ZH).build();
    RenderOptions en = RenderOptions.builder().language(Language.EN).build();
    String year = WorkReportRenderer.text(YearlyStatistics.of(TWO_YEARS, WorkPeriod.year(2019)), zh);
    String range = WorkReportRenderer.text(YearlyStatistics.of(TWO_YEARS, WorkPeriod.parse("2019-01-01..2020-12-31")),
        zh);
    assertThat(year).contains("一年来，共召开常委会会议");
    assertThat(range).contains("2019年以来，共召开常委会会议").doesNotContain("一年来");
    assertThat(WorkReportRenderer.text(YearlyStatistics.of(TWO_YEARS, WorkPeriod.parse("2019-01-01..2020-12-31")),
        en)).contains("Since 2019, the committee held").doesNotContain("Over the year");
  }

  @Test
  void over_a_term_the_text_says_since_the_start_of_the_term() {
    YearlyStatistics term = YearlyStatistics.of(TWO_YEARS, WorkPeriod.term(16));
    assertThat(term.getPeriods()).containsExactly("term:16");
    assertThat(WorkReportRenderer.text(term, RenderOptions.builder().language(Language.ZH).build()))
        .contains("本届以来，共召开常委会会议").doesNotContain("一年来");
    assertThat(WorkReportRenderer.text(term, RenderOptions.builder().language(Language.EN).build()))
        .contains("Since the start of the term, the committee held");
  }

  @Test
  void a_roll_up_of_districts_is_labelled_as_one() {
    CommitteeRecords other = Fixtures.standing(Year.of(2019), "Y区", "610104").build();
    YearlyStatistics city = Stream.of(YEAR_2019, other).collect(YearlyStatistics.collector());
    assertThat(WorkReportRenderer.text(city, RenderOptions.builder().language(Language.ZH).build()))
        .startsWith("（2个区县合计：X区、Y区）");
    assertThat(WorkReportRenderer.text(city, RenderOptions.builder().language(Language.EN).build()))
        .startsWith("(A roll-up of 2 districts: X区, Y区)");
  }

  @Test
  void a_district_year_counted_twice_is_refused() {
    assertThatThrownBy(() -> Stream.of(YEAR_2019, YEAR_2019).collect(YearlyStatistics.collector()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the records of district 610103 for 2019-01-01..2019-12-31 overlap those already counted for "
            + "2019-01-01..2019-12-31; a district's period counted twice would double its numbers");
  }

  @Test
  void year_over_year_is_between_years_of_one_district() {
    YearlyStatistics x2019 = YearlyStatistics.of(TWO_YEARS, WorkPeriod.year(2019));
    YearlyStatistics x2020 = YearlyStatistics.of(TWO_YEARS, WorkPeriod.year(2020));
    assertThat(YearOverYear.of(List.of(x2020, x2019)).change(Metric.SC_MEETINGS, 1))
        .hasValueSatisfying(change -> assertThat(change.intValue()).isEqualTo(-(int) x2019.count(Metric.SC_MEETINGS)));
    YearlyStatistics y2019 = YearlyStatistics.of(Fixtures.standing(Year.of(2019), "Y区", "610104").build());
    assertThatThrownBy(() -> YearOverYear.of(List.of(x2019, y2019)))
        .hasMessageContaining("same district's years").hasMessageContaining("merge their statistics");
    assertThatThrownBy(() -> YearOverYear.of(List.of(x2019, x2019))).hasMessageContaining("2019 is given twice");
  }
}

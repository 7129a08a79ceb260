package io.github.peoplecongress.reporting.statistics;

import static io.github.peoplecongress.reporting.metric.Metric.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.reporting.Fixtures;
import io.github.peoplecongress.reporting.metric.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class YearlyStatisticsTest {

  private static final CommitteeRecords YEAR = Fixtures.year2019();
  private static final YearlyStatistics STATS = YearlyStatistics.of(YEAR);

  /** Every metric's value for the fixture, counted by hand (see the comments in {@link Fixtures}). */
  static Map<Metric, String> expected() {
    Map<Metric, String> e = new EnumMap<>(Metric.class);
    e.put(TERM_NUMBER, "16");
    e.put(SC_MEETINGS, "2");
    e.put(WORK_REPORTS_HEARD, "3");
    e.put(LAWS_INSPECTED, "3");
    e.put(RESOLUTIONS_AND_DECISIONS, "2");
    e.put(STATE_FUNCTIONARY_APPOINTMENTS, "2");
    e.put(ASSESSOR_APPOINTMENTS, "3");
    e.put(LIVELIHOOD_SHARE, "76");
    e.put(SCHOOL_INVESTMENT, "2.3");
    e.put(SCHOOLS, "3");
    e.put(DAY_CARE_INVESTMENT, "0");
    e.put(DAY_CARE_CENTRES, "0");
    e.put(OLD_COMMUNITY_INVESTMENT, "3246");
    e.put(OLD_COMMUNITIES, "15");
    e.put(POCKET_PARK_INVESTMENT, "650");
    e.put(POCKET_PARKS, "6");
    e.put(PROJECT_COMMANDERS, "1");
    e.put(CHIEF_SERVICE_OFFICERS, "1");
    e.put(LAWS_INSPECTED_WITH_HIGHER, "3");
    e.put(LETTERS_RECEIVED, "2");
    e.put(VISITS_RECEIVED, "6");
    e.put(VISIT_BATCHES, "2");
    e.put(FORWARDED_PETITIONS, "2");
    e.put(APPRAISED_DEPARTMENTS, "2");
    e.put(DEPUTY_GROUPS, "2");
    e.put(MAILBOXES, "2");
    e.put(DEPUTY_ATTENDANCE_AT_MEETINGS, "3");
    e.put(DEPUTY_OVERSIGHT_PARTICIPATION, "5");
    e.put(DEPUTY_REPORTS_TO_VOTERS, "2");
    e.put(SUGGESTIONS_ASSIGNED, "3");
    e.put(KEY_SUGGESTIONS, "1");
    e.put(RULES_ADOPTED, "2");
    e.put(RESEARCH_REPORTS, "1");
    e.put(PUBLICITY_ARTICLES, "3");
    e.put(WORK_BULLETIN_ISSUES, "2");
    e.put(DIRECTORS_MEETINGS, "1");
    e.put(DELIBERATION_OPINIONS, "1");
    e.put(BUDGET_AND_AUDIT_REPORTS, "1");
    e.put(VISITS, "1");
    e.put(SURVEYS, "1");
    e.put(STUDY_TOURS, "1");
    e.put(SPECIAL_INQUIRIES, "1");
    e.put(INTERPELLATIONS, "1");
    e.put(SPECIAL_INVESTIGATIONS, "0");
    e.put(REMOVAL_MOTIONS, "0");
    e.put(FILING_REVIEWS, "2");
    e.put(DEPUTIES_BY_ELECTED, "1");
    e.put(DEPUTIES_TERMINATED, "1");
    e.put(OATH_CEREMONIES, "1");
    e.put(OATH_TAKERS, "3");
    e.put(ELECTIONS_HELD, "0");
    e.put(DEPUTIES_ELECTED, "0");
    e.put(DEPUTIES_ATTENDING_MEETINGS, "2");
    e.put(DEPUTIES_SERVING, "6");
    e.put(DEPUTIES_PARTICIPATING, "4");
    e.put(DEPUTY_PARTICIPATION_RATE, "66.7");
    e.put(SUGGESTIONS_ANSWERED, "2");
    e.put(SUGGESTIONS_CLOSED, "1");
    e.put(SUGGESTION_FEEDBACK_RECEIVED, "2");
    e.put(SUGGESTION_FEEDBACK_SATISFIED, "2");
    e.put(SUGGESTION_ANSWER_RATE, "66.7");
    e.put(SUGGESTION_CLOSURE_RATE, "33.3");
    e.put(SUGGESTION_SATISFACTION_RATE, "100.0");
    return e;
  }

  @Test
  void every_metric_has_a_hand_computed_expectation() {
    assertThat(expected().keySet()).containsExactly(Metric.values());
  }

  @Test
  void computes_every_metric_as_counted_by_hand() {
    Map<Metric, String> actual = new EnumMap<>(Metric.class);
    for (Metric metric : Metric.values()) {
      actual.put(metric, STATS.value(metric).text());
    }
    assertThat(actual).as("metric values of the fixture year").isEqualTo(expected());
  }

  @Test
  void counts_a_year_that_is_not_consistent() {
    // the fixture holds records dated 2018-12-31 and refers to people it does not list: it loads, and counts
    assertThat(YEAR.consistencyProblems()).isNotEmpty();
    assertThat(STATS.count(SC_MEETINGS)).isEqualTo(2);
  }

  @Test
  void a_report_heard_at_two_meetings_counts_once() {
    assertThat(YEAR.getMeetings().stream().flatMap(m -> m.getAgenda().stream())
        .filter(item -> item.getWorkReportId().map(id -> id.getValue().equals("WR-1")).orElse(false))).hasSize(2);
    assertThat(STATS.count(WORK_REPORTS_HEARD)).isEqualTo(3);
  }

  @Test
  void a_record_dated_2018_12_31_is_excluded() {
    // M-0 (a meeting), WR-6 (its report), I-5, DC-5, PA-5, PT-3, AP-4, A-6, S-5, DOC-3 are all dated 2018-12-31
    assertThat(STATS.count(SC_MEETINGS)).isEqualTo(2);
    assertThat(STATS.count(BUDGET_AND_AUDIT_REPORTS)).isEqualTo(1);
    assertThat(STATS.keys(LAWS_INSPECTED)).doesNotContain("610103/传染病防治法");
  }

  @Test
  void a_report_is_placed_by_its_meetings_date_even_when_the_meeting_opened_the_year_before() {
    // M-0 opened on 2018-12-31; a report heard on its second day, 2019-01-02, belongs to 2018 (METRICS.md #2)
    WorkReport late = WorkReport.builder().id(WorkReportId.of("WR-7")).kind(WorkReportKind.SPECIAL_WORK)
        .organ(StateOrgan.COURT).title("报告WR-7").meetingId(MeetingId.of("M-0")).date(LocalDate.of(2019, 1, 2)).build();
    YearlyStatistics with = YearlyStatistics.of(ImmutableCommitteeRecords.copyOf(YEAR).withWorkReports(
        Stream.concat(YEAR.getWorkReports().stream(), Stream.of(late)).toList()));
    assertThat(with.count(WORK_REPORTS_HEARD)).isEqualTo(STATS.count(WORK_REPORTS_HEARD));
  }

  @Test
  void the_same_law_counts_once_per_mode_after_normalising_its_title() {
    assertThat(STATS.keys(LAWS_INSPECTED))
        .containsExactlyInAnyOrder("610103/安全生产法", "610103/道路交通安全法", "610103/物业管理条例");
    assertThat(STATS.keys(LAWS_INSPECTED_WITH_HIGHER))
        .containsExactlyInAnyOrder("610103/食品安全法", "610103/安全生产法", "610103/大气污染防治法");
  }

  @Test
  void person_times_differ_from_persons() {
    assertThat(STATS.count(DEPUTY_ATTENDANCE_AT_MEETINGS)).isEqualTo(3);
    assertThat(STATS.count(DEPUTIES_ATTENDING_MEETINGS)).isEqualTo(2);
    assertThat(STATS.count(STATE_FUNCTIONARY_APPOINTMENTS)).as("P-1 appointed and removed").isEqualTo(2);
  }

  @Test
  void rates_are_exact_fractions() {
    assertThat(STATS.ratio(SUGGESTION_ANSWER_RATE)).contains(Ratio.of(2, 3));
    assertThat(STATS.value(LIVELIHOOD_SHARE).getRatio().orElseThrow().percent(2, java.math.RoundingMode.HALF_UP))
        .contains(new BigDecimal("76.03"));
    assertThat(STATS.value(SCHOOL_INVESTMENT).getValue()).contains(new BigDecimal("230000000.00"));
  }

  @Test
  void rates_round_half_up_to_a_tenth_of_a_percent_only_when_shown() {
    // 1/16 = 6.25%: half-up gives 6.3 (half-even would give 6.2, truncation 6.2); the ratio stays exact
    MetricValue sixth = MetricValue.ofRatio(SUGGESTION_ANSWER_RATE, Ratio.of(1, 16));
    assertThat(sixth.text()).isEqualTo("6.3");
    assertThat(sixth.getRatio()).contains(Ratio.of(1, 16));
    assertThat(MetricValue.ofRatio(SUGGESTION_SATISFACTION_RATE, Ratio.of(2, 3)).text()).isEqualTo("66.7");
    assertThat(MetricValue.ofRatio(SUGGESTION_CLOSURE_RATE, Ratio.of(1999, 2000)).text()).isEqualTo("100.0");
    assertThat(MetricValue.ofRatio(SUGGESTION_CLOSURE_RATE, Ratio.of(0, 7)).text()).isEqualTo("0.0");
    // the livelihood share is shown rounded down to a whole percent: 76.99% is "76"
    assertThat(MetricValue.ofRatio(LIVELIHOOD_SHARE, Ratio.of(7699, 10000)).text()).isEqualTo("76");
  }

  @Test
  void empty_statistics_have_zero_counts_and_undefined_rates() {
    YearlyStatistics empty = YearlyStatistics.empty();
    assertThat(empty.count(SC_MEETINGS)).isZero();
    assertThat(empty.value(SUGGESTION_ANSWER_RATE).text()).isEqualTo("—");
    assertThat(empty.value(LIVELIHOOD_SHARE).getValue()).isEmpty();
    assertThat(empty.value(TERM_NUMBER).getValue()).isEmpty();
    assertThat(empty.merge(STATS)).isEqualTo(STATS);
  }

  @Test
  void rolls_up_two_districts_without_collisions() {
    CommitteeRecords other = Fixtures.standing(Year.of(2019), "Y区", "610104").build();
    YearlyStatistics both = Stream.of(YEAR, other).collect(YearlyStatistics.collector());
    assertThat(both.count(DEPUTY_GROUPS)).isEqualTo(4);
    assertThat(both.count(DEPUTIES_SERVING)).isEqualTo(12);
    assertThat(both.count(SC_MEETINGS)).isEqualTo(2);
    assertThat(both.ratio(LIVELIHOOD_SHARE).orElseThrow().getDenominator())
        .isEqualByComparingTo("7000000000");
    assertThat(both.getDistricts()).containsOnlyKeys("610103", "610104");
  }

  @Test
  void count_rejects_amounts_and_rates() {
    assertThatThrownBy(() -> STATS.count(SUGGESTION_ANSWER_RATE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUGGESTION_ANSWER_RATE");
  }

  @Test
  void round_trips_through_json_and_merges_after() throws Exception {
    var mapper = CongressJson.objectMapper();
    String json = mapper.writeValueAsString(STATS);
    YearlyStatistics read = mapper.readValue(json, YearlyStatistics.class);
    assertThat(read.values()).isEqualTo(STATS.values());
    assertThat(List.of(read.merge(YearlyStatistics.empty()).count(SC_MEETINGS))).containsExactly(2L);
  }
}

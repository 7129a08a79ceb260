package io.github.peoplecongress.rules.supervision;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static io.github.peoplecongress.rules.supervision.SupervisionTestSupport.henan;
import static io.github.peoplecongress.rules.supervision.SupervisionTestSupport.opinion;
import static io.github.peoplecongress.rules.supervision.SupervisionTestSupport.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HandlingReportPeriodRuleTest {
  private final HandlingReportPeriodRule rule = new HandlingReportPeriodRule();

  static CommitteeRecords year(WorkReportKind kind, LocalDate sent, LocalDate handled) {
    var o = opinion("WR-1", sent);
    if (handled != null) {
      o.handlingReportDate(handled);
    }
    return yearOf(sent.getYear())
        .withWorkReports(report("WR-1", kind, StateOrgan.GOVERNMENT, sent.withDayOfMonth(1)).build())
        .withOpinions(o.build());
  }

  private static final LocalDate SENT = LocalDate.of(2019, 5, 5);

  @Test
  void henan_three_months_met_on_the_last_day() {
    assertThat(run(rule, year(WorkReportKind.SPECIAL_WORK, SENT, LocalDate.of(2019, 8, 5)), henan())).isEmpty();
  }

  @Test
  void boundary_a_day_late_and_two_months_for_audit() {
    assertThat(run(rule, year(WorkReportKind.SPECIAL_WORK, SENT, LocalDate.of(2019, 8, 6)), henan())).hasSize(1);
    assertThat(run(rule, year(WorkReportKind.AUDIT, SENT, LocalDate.of(2019, 7, 5)), henan())).isEmpty();
    assertThat(run(rule, year(WorkReportKind.AUDIT, SENT, LocalDate.of(2019, 7, 6)), henan())).singleElement()
        .satisfies(f -> assertThat(f.getCitation()).isEqualTo(SupervisionParameters.HENAN_ART30));
  }

  @Test
  void national_law_sets_no_period() {
    assertThat(run(rule, year(WorkReportKind.SPECIAL_WORK, SENT, LocalDate.of(2019, 12, 30)))).isEmpty();
  }

  @Test
  void no_handling_report_is_pending_up_to_the_last_day_and_a_violation_the_day_after() {
    var year = year(WorkReportKind.SPECIAL_WORK, SENT, null);
    assertThat(rule.evaluate(Fixtures.context(year, henan(), LocalDate.of(2019, 8, 5)))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
          assertThat(f.getDueDate()).contains(LocalDate.of(2019, 8, 5));
          assertThat(f.getFactDate()).contains(SENT);
          assertThat(f.getFoundZh()).isEqualTo("至2019-08-05尚未提出报告");
          assertThat(f.getFoundEn()).isEqualTo("no handling report yet as of 2019-08-05");
        });
    assertThat(rule.evaluate(Fixtures.context(year, henan(), LocalDate.of(2019, 8, 6)))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
          assertThat(f.getFoundEn()).isEqualTo("no handling report recorded by 2019-08-06");
        });
  }

  @Test
  void henan_measures_apply_from_2015_09_26() {
    assertThat(run(rule, year(WorkReportKind.SPECIAL_WORK, LocalDate.of(2015, 9, 25), LocalDate.of(2015, 12, 29)),
        henan())).isEmpty();
    assertThat(run(rule, year(WorkReportKind.SPECIAL_WORK, LocalDate.of(2015, 9, 26), LocalDate.of(2015, 12, 29)),
        henan())).singleElement()
        .satisfies(f -> assertThat(f.getExpectedZh()).contains("（至2015-12-28）"));
  }

  @Test
  void uncovered_holiday_calendar_is_cannot_tell() {
    assertThat(run(rule, year(WorkReportKind.SPECIAL_WORK, LocalDate.of(2030, 5, 5), null), henan()))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("holidayCalendar");
        });
  }

  @Test
  void golden_message() {
    var f = run(rule, year(WorkReportKind.SPECIAL_WORK, SENT, LocalDate.of(2019, 8, 6)), henan()).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[SUPV-003] 违反规定：审议意见研究处理情况报告的期限（河南省实施监督法办法（2015）第十一条）DeliberationOpinion OP-1："
            + "应当在2019-05-05收到审议意见后3个月内（至2019-08-05）提出研究处理情况书面报告，实际2019-08-06提出报告");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[SUPV-003] violation: Period for the report on handling deliberation opinions (Henan Measures Implementing "
            + "the Supervision Law (2015) Art. 11) at DeliberationOpinion OP-1: expected a written handling report "
            + "within 3 months of receiving the opinions on 2019-05-05 (by 2019-08-05) but found the report on "
            + "2019-08-06");
  }
}

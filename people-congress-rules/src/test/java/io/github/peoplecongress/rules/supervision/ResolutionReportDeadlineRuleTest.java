package io.github.peoplecongress.rules.supervision;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.decision.Decision;
import io.github.peoplecongress.model.decision.DecisionKind;
import io.github.peoplecongress.model.decision.DecisionSubject;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResolutionReportDeadlineRuleTest {
  private final ResolutionReportDeadlineRule rule = new ResolutionReportDeadlineRule();

  static CommitteeRecords year(LocalDate date, LocalDate deadline, LocalDate reported) {
    var d = Decision.builder().id(DecisionId.of("DEC-1")).kind(DecisionKind.RESOLUTION).title("关于某报告的决议")
        .subject(DecisionSubject.SPECIAL_WORK_REPORT).meetingId(MeetingId.of("M-1")).date(date).adopted(true)
        .reportDeadline(deadline);
    if (reported != null) {
      d.reportDate(reported);
    }
    return yearOf(date.getYear()).withDecisions(d.build());
  }

  @Test
  void report_on_the_deadline_is_in_time() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 6, 30), LocalDate.of(2019, 6, 30))))
        .isEmpty();
  }

  @Test
  void report_a_day_late_is_a_violation() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 6, 30), LocalDate.of(2019, 7, 1))))
        .singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void no_report_is_pending_up_to_the_deadline_and_a_violation_the_day_after() {
    // No fact is missing in the sense of "cannot tell": an absent report date is read against the as-of date.
    var year = year(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 6, 30), null);
    assertThat(run(rule, year, LocalDate.of(2019, 6, 30))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getDueDate()).contains(LocalDate.of(2019, 6, 30));
      assertThat(f.getFactDate()).contains(LocalDate.of(2019, 4, 26));
      assertThat(f.getFoundZh()).isEqualTo("至2019-06-30尚未报告");
      assertThat(f.getFoundEn()).isEqualTo("not yet reported as of 2019-06-30");
    });
    assertThat(run(rule, year, LocalDate.of(2019, 7, 1))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFoundZh()).isEqualTo("至2019-07-01未见报告");
    });
  }

  @Test
  void effective_date_switch() {
    assertThat(run(rule, year(LocalDate.of(2024, 11, 7), LocalDate.of(2024, 11, 20), LocalDate.of(2024, 11, 21))))
        .singleElement().satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2006));
    assertThat(run(rule, year(LocalDate.of(2024, 11, 8), LocalDate.of(2024, 11, 20), LocalDate.of(2024, 11, 21))))
        .singleElement().satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2024));
  }

  @Test
  void golden_message() {
    var f = run(rule, year(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 6, 30), LocalDate.of(2019, 7, 1))).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[SUPV-002] 违反规定：在决议规定的期限内报告执行情况（监督法（2006）第十四条）Decision DEC-1：应当在决议规定的期限内"
            + "（至2019-06-30）报告执行情况，实际2019-07-01报告");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[SUPV-002] violation: Report on a resolution within its deadline (Supervision Law (2006) Art. 14) at "
            + "Decision DEC-1: expected the report within the resolution's deadline (by 2019-06-30) but found the "
            + "report on 2019-07-01");
  }
}

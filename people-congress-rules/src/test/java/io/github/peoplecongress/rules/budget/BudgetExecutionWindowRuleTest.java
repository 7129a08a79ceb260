package io.github.peoplecongress.rules.budget;

import static io.github.peoplecongress.rules.budget.BudgetTestSupport.year;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BudgetExecutionWindowRuleTest {
  private final BudgetExecutionWindowRule rule = new BudgetExecutionWindowRule();
  private static final WorkReportKind K = WorkReportKind.BUDGET_EXECUTION;

  @Test
  void august_is_in_the_window() {
    assertThat(run(rule, year(K, LocalDate.of(2019, 8, 28), null, null))).isEmpty();
  }

  @Test
  void boundaries_1_june_and_30_september() {
    assertThat(run(rule, year(K, LocalDate.of(2019, 6, 1), null, null))).isEmpty();
    assertThat(run(rule, year(K, LocalDate.of(2019, 5, 31), null, null))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
    assertThat(run(rule, year(K, LocalDate.of(2019, 9, 30), null, null))).isEmpty();
    assertThat(run(rule, year(K, LocalDate.of(2019, 10, 1), null, null))).hasSize(1);
  }

  @Test
  void a_year_without_the_report_is_pending_due_30_september_and_a_violation_once_the_window_closed() {
    // No fact can be missing here: the report is either recorded or absent, so there is no cannot-tell case.
    for (LocalDate asOf : new LocalDate[] {LocalDate.of(2019, 3, 1), LocalDate.of(2019, 9, 30)}) {
      assertThat(run(rule, yearOf(2019), asOf)).singleElement().satisfies(f -> {
        assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
        assertThat(f.getDueDate()).contains(LocalDate.of(2019, 9, 30));
        assertThat(f.getRecord()).isEqualTo("CommitteeRecords 2019");
        assertThat(f.getFoundZh()).isEqualTo("至" + asOf + "尚未提请审议");
        assertThat(f.getFoundEn()).isEqualTo("not yet put before the committee as of " + asOf);
      });
    }
    assertThat(run(rule, yearOf(2019), LocalDate.of(2019, 10, 1))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getDueDate()).isEmpty();
    });
  }

  @Test
  void effective_date_switch() {
    assertThat(run(rule, year(K, LocalDate.of(2024, 11, 7), null, null))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2006));
    assertThat(run(rule, year(K, LocalDate.of(2024, 11, 8), null, null))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2024));
  }

  @Test
  void golden_message() {
    var f = run(rule, yearOf(2019), LocalDate.of(2019, 10, 1)).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[BUDG-003] 违反规定：预算执行情况在六月至九月期间报告（监督法（2006）第十六条）CommitteeRecords 2019：应当2019年6月至9月期间"
            + "提请审议预算执行情况报告，实际2019年未见预算执行情况报告的记录");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[BUDG-003] violation: Budget execution report between June and September (Supervision Law (2006) Art. 16) "
            + "at CommitteeRecords 2019: expected the budget execution report put before the committee between month 6 "
            + "and month 9 of 2019 but found no budget execution report recorded in 2019");
  }
}

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

class FinalAccountsWindowRuleTest {
  private final FinalAccountsWindowRule rule = new FinalAccountsWindowRule();
  private static final WorkReportKind K = WorkReportKind.FINAL_ACCOUNTS;

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
  void a_year_without_final_accounts_is_pending_due_30_september_and_a_violation_once_the_window_closed() {
    // No fact can be missing here: the report is either recorded or absent, so there is no cannot-tell case.
    for (LocalDate asOf : new LocalDate[] {LocalDate.of(2019, 3, 1), LocalDate.of(2019, 9, 30)}) {
      assertThat(run(rule, yearOf(2019), asOf)).singleElement().satisfies(f -> {
        assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
        assertThat(f.getDueDate()).contains(LocalDate.of(2019, 9, 30));
        assertThat(f.getFactDate()).as("dated the window's first day").contains(LocalDate.of(2019, 6, 1));
        assertThat(f.getFoundEn()).isEqualTo("not yet put before the committee as of " + asOf);
      });
    }
    assertThat(run(rule, yearOf(2019), LocalDate.of(2019, 10, 1))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getRecord()).isEqualTo("CommitteeRecords 2019");
      assertThat(f.getFoundEn()).isEqualTo("no draft final accounts recorded in 2019");
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
    var f = run(rule, year(K, LocalDate.of(2019, 10, 1), null, null)).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[BUDG-001] 违反规定：决算草案在六月至九月期间提请审查和批准（监督法（2006）第十五条第二款）WorkReport WR-1："
            + "应当在每年6月至9月期间提请审议上一年度本级决算草案，实际2019-10-01提请审议");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[BUDG-001] violation: Final accounts between June and September (Supervision Law (2006) Art. 15(2)) at "
            + "WorkReport WR-1: expected the draft final accounts put before the committee between month 6 and month "
            + "9 but found put before the committee on 2019-10-01");
  }
}

package io.github.peoplecongress.rules.budget;

import static io.github.peoplecongress.rules.budget.BudgetTestSupport.year;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BudgetPublicationRuleTest {
  private final BudgetPublicationRule rule = new BudgetPublicationRule();
  private static final WorkReportKind K = WorkReportKind.FINAL_ACCOUNTS;
  private static final LocalDate T = LocalDate.of(2019, 8, 28);

  @Test
  void published_on_the_20th_day() {
    assertThat(run(rule, year(K, T, null, LocalDate.of(2019, 9, 17)))).isEmpty();
  }

  @Test
  void boundary_21st_day_is_late_and_missing_publication_pending_to_the_last_day_then_a_violation() {
    assertThat(run(rule, year(K, T, null, LocalDate.of(2019, 9, 18)))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
    assertThat(run(rule, year(K, T, null, null), LocalDate.of(2019, 9, 17))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getDueDate()).contains(LocalDate.of(2019, 9, 17));
    });
    assertThat(run(rule, year(K, T, null, null), LocalDate.of(2019, 9, 18))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void other_reports_are_outside_the_rule() {
    assertThat(run(rule, year(WorkReportKind.AUDIT, T, null, null))).isEmpty();
  }

  @Test
  void uncovered_holiday_calendar_is_cannot_tell() {
    assertThat(run(rule, year(K, LocalDate.of(2030, 8, 28), null, null))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("holidayCalendar");
    });
  }

  @Test
  void effective_date_switch_2014_to_2018() {
    assertThat(run(rule, year(K, LocalDate.of(2018, 12, 28), null, LocalDate.of(2019, 3, 1)))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.BUDGET_LAW_2014));
    assertThat(run(rule, year(K, LocalDate.of(2018, 12, 29), null, LocalDate.of(2019, 3, 1)))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.BUDGET_LAW_2018));
  }

  @Test
  void golden_message() {
    var f = run(rule, year(K, T, null, LocalDate.of(2019, 9, 18))).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[BUDG-005] 违反规定：批准后二十日内向社会公开（预算法（2018）第十四条第一款）WorkReport WR-1：应当在2019-08-28批准后20日内"
            + "（至2019-09-17）向社会公开决算，实际2019-09-18公开");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[BUDG-005] violation: Publication within 20 days of approval (Budget Law (2018) Art. 14(1)) at WorkReport "
            + "WR-1: expected publication within 20 days of approval on 2019-08-28 (by 2019-09-17) but found "
            + "published on 2019-09-18");
  }
}

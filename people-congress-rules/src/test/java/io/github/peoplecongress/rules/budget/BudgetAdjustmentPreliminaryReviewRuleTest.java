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

class BudgetAdjustmentPreliminaryReviewRuleTest {
  private final BudgetAdjustmentPreliminaryReviewRule rule = new BudgetAdjustmentPreliminaryReviewRule();
  private static final WorkReportKind K = WorkReportKind.BUDGET_ADJUSTMENT;
  private static final LocalDate T = LocalDate.of(2019, 8, 28);

  @Test
  void sent_well_before_is_in_time() {
    assertThat(run(rule, year(K, T, LocalDate.of(2019, 7, 1), null))).isEmpty();
  }

  @Test
  void boundary_30th_and_29th_day_before() {
    assertThat(run(rule, year(K, T, LocalDate.of(2019, 7, 29), null))).isEmpty();
    assertThat(run(rule, year(K, T, LocalDate.of(2019, 7, 30), null))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void missing_date_is_cannot_tell() {
    assertThat(run(rule, year(K, T, null, null))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("preliminaryReviewDate");
    });
  }

  @Test
  void effective_date_switch_2014_to_2018() {
    assertThat(run(rule, year(K, LocalDate.of(2018, 12, 28), LocalDate.of(2018, 12, 1), null))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.BUDGET_LAW_2014));
    assertThat(run(rule, year(K, LocalDate.of(2018, 12, 29), LocalDate.of(2018, 12, 1), null))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.BUDGET_LAW_2018));
  }

  @Test
  void golden_message() {
    var f = run(rule, year(K, T, LocalDate.of(2019, 7, 30), null)).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[BUDG-004] 违反规定：预算调整初步方案三十日前送交征求意见（预算法（2018）第六十九条）WorkReport WR-1：应当在2019-08-28会议的30日前（至迟2019-07-29）将预算调整初步方案"
            + "送交有关工作机构征求意见，实际2019-07-30送交");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[BUDG-004] violation: Preliminary adjustment plan to the working body 30 days before (Budget Law (2018) Art. 69) at WorkReport WR-1: expected the preliminary budget-adjustment plan sent to the "
            + "working body 30 days before the meeting of 2019-08-28 (by 2019-07-29) but found sent on 2019-07-30");
  }
}

package io.github.peoplecongress.rules.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SuggestionAnswerDeadlineRuleTest {
  private static final LocalDate SUBMITTED = LocalDate.of(2019, 1, 8);
  private static final LocalDate ASSIGNED = LocalDate.of(2019, 2, 20);
  private static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);
  private final SuggestionAnswerDeadlineRule rule = new SuggestionAnswerDeadlineRule();

  private static Suggestion answered(LocalDate assigned, Boolean complex, LocalDate answer) {
    var builder = SuggestionFixtures.suggestion(SUBMITTED).assignedDate(assigned);
    if (complex != null) {
      builder.complex(complex);
    }
    if (answer != null) {
      builder.addAnswers(SuggestionFixtures.answer(answer));
    }
    return builder.build();
  }

  private List<Finding> evaluate(Suggestion suggestion, LocalDate asOf) {
    return SuggestionFixtures.evaluate(rule, suggestion, asOf);
  }

  @Test
  void answered_in_time_gives_no_finding() {
    assertThat(evaluate(answered(ASSIGNED, false, LocalDate.of(2019, 5, 10)), AS_OF)).isEmpty();
  }

  @Test
  void boundary_three_months_end_on_the_corresponding_day() {
    assertThat(evaluate(answered(ASSIGNED, false, LocalDate.of(2019, 5, 20)), AS_OF)).isEmpty();
    assertThat(evaluate(answered(ASSIGNED, false, LocalDate.of(2019, 5, 21)), AS_OF)).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void boundary_six_months_for_broad_or_difficult_suggestions() {
    assertThat(evaluate(answered(ASSIGNED, true, LocalDate.of(2019, 8, 20)), AS_OF)).isEmpty();
    assertThat(evaluate(answered(ASSIGNED, true, LocalDate.of(2019, 8, 21)), AS_OF)).hasSize(1);
  }

  @Test
  void a_last_day_on_the_may_day_holiday_moves_to_the_next_working_day() {
    // 2019-02-01 + 3 months = 2019-05-01, a holiday until 05-04; the last day becomes 2019-05-05 (调休上班)
    assertThat(evaluate(answered(LocalDate.of(2019, 2, 1), false, LocalDate.of(2019, 5, 5)), AS_OF)).isEmpty();
    assertThat(evaluate(answered(LocalDate.of(2019, 2, 1), false, LocalDate.of(2019, 5, 6)), AS_OF)).hasSize(1);
  }

  @Test
  void unanswered_is_pending_with_its_last_day_and_a_violation_the_day_after() {
    Suggestion open = answered(ASSIGNED, false, null);
    assertThat(evaluate(open, LocalDate.of(2019, 5, 20))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getDueDate()).contains(LocalDate.of(2019, 5, 20));
      assertThat(f.getFactDate()).contains(ASSIGNED);
      assertThat(f.getExpectedEn()).isEqualTo("an answer within 3 months of assignment on 2019-02-20 (by 2019-05-20)");
      assertThat(f.getFoundZh()).isEqualTo("至2019-05-20未答复，期限未届满");
      assertThat(f.getFoundEn()).isEqualTo("no answer as of 2019-05-20, before the period ends");
    });
    assertThat(evaluate(open, LocalDate.of(2019, 5, 21))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getDueDate()).isEmpty();
      assertThat(f.getFoundEn()).isEqualTo("no answer as of 2019-05-21");
    });
  }

  @Test
  void unknown_complexity_between_three_and_six_months_cannot_be_told() {
    assertThat(evaluate(answered(ASSIGNED, null, LocalDate.of(2019, 5, 20)), AS_OF)).isEmpty();
    assertThat(evaluate(answered(ASSIGNED, null, LocalDate.of(2019, 7, 1)), AS_OF)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("complex");
    });
    assertThat(evaluate(answered(ASSIGNED, null, LocalDate.of(2019, 8, 21)), AS_OF)).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(evaluate(answered(ASSIGNED, null, null), LocalDate.of(2019, 6, 1))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.CANNOT_TELL);
  }

  @Test
  void no_assignment_date_cannot_be_told() {
    assertThat(evaluate(SuggestionFixtures.suggestion(SUBMITTED).build(), AS_OF)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("assignedDate");
    });
  }

  @Test
  void the_2025_text_applies_to_suggestions_assigned_from_2025_03_11() {
    Suggestion before = answered(LocalDate.of(2025, 3, 10), false, LocalDate.of(2025, 7, 1));
    Suggestion on = answered(LocalDate.of(2025, 3, 11), false, LocalDate.of(2025, 7, 1));
    assertThat(evaluate(before, AS_OF)).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getArticle()).isEqualTo(42));
    assertThat(evaluate(on, AS_OF)).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getArticle()).isEqualTo(51));
  }

  @Test
  void golden_message() {
    Finding finding = evaluate(answered(ASSIGNED, false, LocalDate.of(2019, 5, 21)), AS_OF).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[SUGG-001] 违反规定：代表建议自交办之日起三个月内答复（代表法（2015）第四十二条第一款）Suggestion S-2019-015："
            + "应当自2019-02-20交办之日起3个月内（至2019-05-20）答复，实际2019-05-21答复");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[SUGG-001] violation: Suggestions answered within three months of assignment (six if broad or difficult) "
            + "(Deputies Law (2015) Art. 42(1)) at Suggestion S-2019-015: expected an answer within 3 months of "
            + "assignment on 2019-02-20 (by 2019-05-20) but found the answer on 2019-05-21");
  }
}

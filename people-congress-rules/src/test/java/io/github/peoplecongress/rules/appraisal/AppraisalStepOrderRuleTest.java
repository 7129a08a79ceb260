package io.github.peoplecongress.rules.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.appraisal.AppraisalStep;
import io.github.peoplecongress.model.appraisal.AppraisalStepKind;
import io.github.peoplecongress.model.appraisal.ImmutableWorkAppraisal;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AppraisalStepOrderRuleTest {
  private final AppraisalStepOrderRule rule = new AppraisalStepOrderRule();

  private static WorkAppraisal inspectOn(LocalDate date) {
    WorkAppraisal full = AppraisalFixtures.appraisal().build();
    List<AppraisalStep> steps = full.getSteps().stream()
        .map(s -> s.getKind() == AppraisalStepKind.INSPECT_RECORDS ? AppraisalStep.of(s.getKind(), date) : s).toList();
    return ImmutableWorkAppraisal.copyOf(full).withSteps(steps);
  }

  @Test
  void steps_in_order_give_no_finding() {
    assertThat(AppraisalFixtures.evaluate(rule, AppraisalFixtures.appraisal().build())).isEmpty();
  }

  @Test
  void a_step_dated_before_the_previous_is_a_violation() {
    List<Finding> findings = AppraisalFixtures.evaluate(rule, inspectOn(LocalDate.of(2019, 5, 5)));
    assertThat(findings).singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void boundary_same_day_is_in_order_the_day_before_is_not() {
    assertThat(AppraisalFixtures.evaluate(rule, inspectOn(LocalDate.of(2019, 5, 6)))).isEmpty();
    assertThat(AppraisalFixtures.evaluate(rule, inspectOn(LocalDate.of(2019, 5, 5)))).hasSize(1);
  }

  @Test
  void recorded_out_of_order_but_dated_in_order_is_fine() {
    WorkAppraisal full = AppraisalFixtures.appraisal().build();
    List<AppraisalStep> reversed = new java.util.ArrayList<>(full.getSteps());
    java.util.Collections.reverse(reversed);
    assertThat(AppraisalFixtures.evaluate(rule, ImmutableWorkAppraisal.copyOf(full).withSteps(reversed))).isEmpty();
  }

  @Test
  void the_committee_norm_applies_from_2019() {
    WorkAppraisal broken = inspectOn(LocalDate.of(2019, 5, 5));
    assertThat(AppraisalFixtures.evaluate(rule, ImmutableWorkAppraisal.copyOf(broken)
        .withStartDate(LocalDate.of(2018, 12, 31)))).isEmpty();
    assertThat(AppraisalFixtures.evaluate(rule, ImmutableWorkAppraisal.copyOf(broken)
        .withStartDate(LocalDate.of(2019, 1, 1)))).hasSize(1);
  }

  @Test
  void golden_message() {
    Finding finding = AppraisalFixtures.evaluate(rule, inspectOn(LocalDate.of(2019, 5, 5))).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[APPR-002] 违反规定：工作评议步骤依序进行（常委会工作报告（2019）第三条第三款）WorkAppraisal APR-2019-01："
            + "应当实地察看工作台账在广泛征求意见（2019-05-06）之后进行，实际实地察看工作台账于2019-05-05进行，早于广泛征求意见");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[APPR-002] violation: Work appraisal steps in order (The committee's own work norm (annual work report) "
            + "(2019) Art. 3(3)) at WorkAppraisal APR-2019-01: expected inspect records on or after consult "
            + "(2019-05-06) but found inspect records on 2019-05-05, before consult");
  }
}

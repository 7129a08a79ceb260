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

class AppraisalStepsCompleteRuleTest {
  private final AppraisalStepsCompleteRule rule = new AppraisalStepsCompleteRule();

  private static WorkAppraisal without(AppraisalStepKind... kinds) {
    WorkAppraisal full = AppraisalFixtures.appraisal().build();
    List<AppraisalStep> kept = full.getSteps().stream().filter(s -> !List.of(kinds).contains(s.getKind())).toList();
    return ImmutableWorkAppraisal.copyOf(full).withSteps(kept);
  }

  @Test
  void all_six_steps_give_no_finding() {
    assertThat(AppraisalFixtures.evaluate(rule, AppraisalFixtures.appraisal().build())).isEmpty();
  }

  @Test
  void a_skipped_step_is_a_violation_naming_it() {
    List<Finding> findings = AppraisalFixtures.evaluate(rule, without(AppraisalStepKind.CONSULT));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFoundZh()).contains("广泛征求意见");
      assertThat(f.getFoundEn()).contains("consult");
    });
  }

  @Test
  void missing_trailing_steps_cannot_be_told_yet() {
    List<Finding> findings = AppraisalFixtures.evaluate(rule, without(AppraisalStepKind.FOLLOW_UP));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("steps[FOLLOW_UP]");
    });
  }

  @Test
  void boundary_the_last_recorded_step_decides_skipped_from_pending() {
    List<Finding> findings = AppraisalFixtures.evaluate(rule,
        without(AppraisalStepKind.RECTIFICATION_ADVICE, AppraisalStepKind.FOLLOW_UP));
    assertThat(findings).singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.CANNOT_TELL);
    findings = AppraisalFixtures.evaluate(rule, without(AppraisalStepKind.RECTIFICATION_ADVICE));
    assertThat(findings).singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void the_committee_norm_applies_from_2019() {
    WorkAppraisal before = ImmutableWorkAppraisal.copyOf(without(AppraisalStepKind.CONSULT))
        .withStartDate(LocalDate.of(2018, 12, 31));
    WorkAppraisal on = ImmutableWorkAppraisal.copyOf(before).withStartDate(LocalDate.of(2019, 1, 1));
    assertThat(AppraisalFixtures.evaluate(rule, before)).isEmpty();
    assertThat(AppraisalFixtures.evaluate(rule, on)).hasSize(1);
  }

  @Test
  void golden_message() {
    Finding finding = AppraisalFixtures.evaluate(rule, without(AppraisalStepKind.CONSULT)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[APPR-001] 违反规定：工作评议步骤齐全（常委会工作报告（2019）第三条第三款）WorkAppraisal APR-2019-01："
            + "应当依次完成听取审议工作报告、广泛征求意见、实地察看工作台账、满意度表决、提出整改建议、督促落实整改六个步骤，"
            + "实际缺少广泛征求意见，但已记录其后的督促落实整改");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[APPR-001] violation: Work appraisal takes all six steps (The committee's own work norm (annual work report) "
            + "(2019) Art. 3(3)) at WorkAppraisal APR-2019-01: expected to take all six steps (hear report, consult, "
            + "inspect records, satisfaction vote, rectification advice, follow-up) but found skipped consult although "
            + "the later step follow up was recorded");
  }
}

package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.model.appraisal.AppraisalStep;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a work appraisal follow their order, with dates that never go backwards (工作评议步骤依序进行).
 *
 * <p>常委会工作报告（2019）三（三）: 「常委会采取认真听取和审议被评议单位的工作报告、广泛征求意见、实地察看工作台账、
 * 进行满意度表决、提出整改建议、督促落实整改等措施」.
 *
 * <p>Readings:
 * <ul>
 *   <li>The order is the order the report lists the steps in ({@code AppraisalStepKind} declaration order).</li>
 *   <li>Each recorded step must begin on or after the day the previous recorded step began; two steps may begin on the
 *       same day, and a step may begin while the previous one still runs (consultation during an inspection).</li>
 *   <li>One violation per pair of consecutive recorded steps whose dates go backwards; missing steps are
 *       {@code APPR-001}'s.</li>
 * </ul>
 */
public final class AppraisalStepOrderRule extends Rule {

  /** Creates the rule. */
  public AppraisalStepOrderRule() {
    super("APPR-002", "工作评议步骤依序进行", "Work appraisal steps in order",
        List.of(RuleVersion.of(AppraisalCitations.STEPS)), List.of(),
        List.of("Each recorded step begins on or after the day the previous recorded step (in the listed order) began; "
                + "the same day is in order.",
            "Overlapping steps are in order as long as their start dates do not go backwards."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (WorkAppraisal appraisal : context.getRecords().getAppraisals()) {
      Optional<RuleVersion> version = versionOn(appraisal.getStartDate(), context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      List<AppraisalStep> steps = appraisal.stepsInOrder();
      for (int i = 1; i < steps.size(); i++) {
        AppraisalStep before = steps.get(i - 1);
        AppraisalStep after = steps.get(i);
        if (after.getDate().isBefore(before.getDate())) {
          findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(appraisal), after.getDate())
              .expectedZh(after.getKind().getLabel() + "在" + before.getKind().getLabel() + "（" + before.getDate()
                  + "）之后进行")
              .foundZh(after.getKind().getLabel() + "于" + after.getDate() + "进行，早于" + before.getKind().getLabel())
              .expectedEn(AppraisalStepsCompleteRule.name(after.getKind()) + " on or after "
                  + AppraisalStepsCompleteRule.name(before.getKind()) + " (" + before.getDate() + ")")
              .foundEn(AppraisalStepsCompleteRule.name(after.getKind()) + " on " + after.getDate() + ", before "
                  + AppraisalStepsCompleteRule.name(before.getKind()))
              .build());
        }
      }
    }
    return findings;
  }
}

package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.model.appraisal.AppraisalStep;
import io.github.peoplecongress.model.appraisal.AppraisalStepKind;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every work appraisal takes all six steps (工作评议六个步骤齐全).
 *
 * <p>常委会工作报告（2019）三（三）: 「常委会采取认真听取和审议被评议单位的工作报告、广泛征求意见、实地察看工作台账、
 * 进行满意度表决、提出整改建议、督促落实整改等措施」. 昭通市工作评议办法第五条: 「工作评议一般分准备、调查、评议、整改四个阶段进行。」
 *
 * <p>Readings:
 * <ul>
 *   <li>A step is skipped when it is missing and a later step (in {@link AppraisalStepKind} order) was recorded:
 *       a violation naming the step.</li>
 *   <li>A missing step after the last recorded one may still come (the follow-up often runs into the next year): it is
 *       reported as "cannot tell", naming {@code steps} and the step, never as passed.</li>
 *   <li>The provision is the committee's own norm stated in its 2019 work report; appraisals launched before
 *       2019-01-01 are outside the rule.</li>
 * </ul>
 */
public final class AppraisalStepsCompleteRule extends Rule {

  /** Creates the rule. */
  public AppraisalStepsCompleteRule() {
    super("APPR-001", "工作评议步骤齐全", "Work appraisal takes all six steps",
        List.of(RuleVersion.of(AppraisalCitations.STEPS)), List.of(),
        List.of("A missing step followed by a recorded later step was skipped: violation.",
            "A missing step after the last recorded step may still be taken: cannot tell, naming the step.",
            "The steps are the committee's own norm (2019 work report); appraisals launched before 2019-01-01 are "
                + "outside the rule."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (WorkAppraisal appraisal : context.getRecords().getAppraisals()) {
      Optional<RuleVersion> version = versionOn(appraisal.getStartDate(), context.getProfile());
      Set<AppraisalStepKind> missing = appraisal.missingSteps();
      if (version.isEmpty() || missing.isEmpty()) {
        continue;
      }
      AppraisalStepKind lastRecorded = appraisal.stepsInOrder().stream().map(AppraisalStep::getKind)
          .reduce((a, b) -> b).orElse(null);
      List<AppraisalStepKind> skipped = missing.stream()
          .filter(kind -> lastRecorded != null && kind.precedes(lastRecorded)).toList();
      List<AppraisalStepKind> pending = missing.stream().filter(kind -> !skipped.contains(kind)).toList();
      String all = "听取审议工作报告、广泛征求意见、实地察看工作台账、满意度表决、提出整改建议、督促落实整改六个步骤";
      String allEn = "all six steps (hear report, consult, inspect records, satisfaction vote, rectification advice, "
          + "follow-up)";
      if (!skipped.isEmpty()) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(appraisal),
            appraisal.getStartDate())
            .expectedZh("依次完成" + all)
            .foundZh("缺少" + labels(skipped) + "，但已记录其后的" + lastRecorded.getLabel())
            .expectedEn("to take " + allEn)
            .foundEn("skipped " + names(skipped) + " although the later step " + name(lastRecorded) + " was recorded")
            .build());
      }
      if (!pending.isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(appraisal),
            appraisal.getStartDate())
            .expectedZh("依次完成" + all)
            .foundZh("截至" + context.getAsOf() + "未见" + labels(pending) + "的记录")
            .expectedEn("to take " + allEn)
            .foundEn("no record of " + names(pending) + " as of " + context.getAsOf())
            .addAllMissingFacts(pending.stream().map(kind -> "steps[" + kind.name() + "]").toList())
            .build());
      }
    }
    return findings;
  }

  static String labels(List<AppraisalStepKind> kinds) {
    return kinds.stream().map(AppraisalStepKind::getLabel).collect(Collectors.joining("、"));
  }

  static String names(List<AppraisalStepKind> kinds) {
    return kinds.stream().map(AppraisalStepsCompleteRule::name).collect(Collectors.joining(", "));
  }

  static String name(AppraisalStepKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}

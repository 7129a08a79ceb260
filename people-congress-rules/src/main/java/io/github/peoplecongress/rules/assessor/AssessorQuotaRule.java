package io.github.peoplecongress.rules.assessor;

import io.github.peoplecongress.model.personnel.AssessorQuota;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ASSR-004: the assessor quota the committee fixes is at least three times the court's judges.
 *
 * <p>人民陪审员法第八条第二款: 「人民陪审员的名额数不低于本院法官数的三倍。」
 *
 * <p>Readings: 不低于 includes equality (three times exactly complies). The judge count is the one the court reported
 * in its request ({@code judgeCount}); not recorded: CANNOT_TELL.
 */
public final class AssessorQuotaRule extends Rule {

  /** Creates the rule. */
  public AssessorQuotaRule() {
    super("ASSR-004", "人民陪审员名额不低于法官数的三倍", "Assessor quota at least three times the judges",
        List.of(RuleVersion.of(AssessorLaw.ART_8_2)), List.of(AssessorParameters.QUOTA_MULTIPLE),
        List.of("不低于 includes equality; judgeCount not recorded: cannot tell."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (AssessorQuota quota : context.getRecords().getAssessorQuotas()) {
      LocalDate decided = quota.getDecisionDate();
      Optional<RuleVersion> version = versionOn(decided, context.getProfile());
      Optional<Integer> multiple = context.valueOn(AssessorParameters.QUOTA_MULTIPLE, decided);
      if (version.isEmpty() || multiple.isEmpty()) {
        continue;
      }
      String record = "AssessorQuota " + quota.getCourtId() + " " + decided;
      if (quota.getJudgeCount().isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), record, decided)
            .expectedZh("名额数不低于法官数的" + multiple.get() + "倍")
            .expectedEn("a quota of at least " + multiple.get() + " times the judges")
            .foundZh("名额" + quota.getQuota() + "名，法官数未载明")
            .foundEn("a quota of " + quota.getQuota() + ", judge count not recorded")
            .addMissingFacts("judgeCount").build());
        continue;
      }
      long minimum = (long) quota.getJudgeCount().get() * multiple.get();
      if (quota.getQuota() < minimum) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), record, decided)
            .expectedZh("名额数不低于法官数" + quota.getJudgeCount().get() + "名的" + multiple.get() + "倍（" + minimum
                + "名）")
            .expectedEn("a quota of at least " + multiple.get() + " times the " + quota.getJudgeCount().get()
                + " judges (" + minimum + ")")
            .foundZh("名额" + quota.getQuota() + "名").foundEn("a quota of " + quota.getQuota()).build());
      }
    }
    return findings;
  }
}

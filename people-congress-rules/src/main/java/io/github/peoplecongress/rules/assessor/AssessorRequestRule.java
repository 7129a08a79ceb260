package io.github.peoplecongress.rules.assessor;

import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.model.personnel.ProposingAuthority;
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
 * ASSR-005: a people's assessor is appointed by the standing committee on the request of the court president.
 *
 * <p>人民陪审员法第十条: 「……随机抽选确定人民陪审员人选，由基层人民法院院长提请同级人民代表大会常务委员会任命。」
 *
 * <p>Readings: an assessor appointment decided by a body other than the standing committee, or proposed by anyone but
 * the court president ({@code proposedBy} {@code COURT_PRESIDENT}), is a VIOLATION; {@code proposedBy} not recorded is
 * CANNOT_TELL. The random draw (Art. 9, 10) is not recorded and not checked.
 */
public final class AssessorRequestRule extends Rule {

  /** Creates the rule. */
  public AssessorRequestRule() {
    super("ASSR-005", "人民陪审员由法院院长提请常委会任命", "Assessors appointed by the committee on the court president's request",
        List.of(RuleVersion.of(AssessorLaw.ART_10)), List.of(),
        List.of("Decided by another body, or proposed by anyone but the court president: violation; proposer not "
            + "recorded: cannot tell. The random draw is not recorded."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (PersonnelAction action : context.getRecords().getPersonnelActions()) {
      if (action.getPostCategory() != PostCategory.PEOPLES_ASSESSOR || !action.appoints()) {
        continue;
      }
      LocalDate decided = action.getDecisionDate();
      Optional<RuleVersion> version = versionOn(decided, context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      String expectedZh = "由人民法院院长提请常务委员会任命";
      String expectedEn = "an appointment by the standing committee on the court president's request";
      if (action.getDecidedBy() != ActingBody.STANDING_COMMITTEE) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(action), decided)
            .expectedZh(expectedZh).expectedEn(expectedEn).foundZh("由" + action.getDecidedBy().getLabel() + "任命")
            .foundEn("appointed by " + action.getDecidedBy().name().toLowerCase().replace('_', ' ')).build());
      } else if (action.getProposedBy().isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(action), decided)
            .expectedZh(expectedZh).expectedEn(expectedEn).foundZh("提请机关未载明")
            .foundEn("no proposer recorded").addMissingFacts("proposedBy").build());
      } else if (action.getProposedBy().get() != ProposingAuthority.COURT_PRESIDENT) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(action), decided)
            .expectedZh(expectedZh).expectedEn(expectedEn)
            .foundZh("由" + action.getProposedBy().get().getLabel() + "提请")
            .foundEn("requested by " + action.getProposedBy().get().name().toLowerCase().replace('_', ' ')).build());
      }
    }
    return findings;
  }
}

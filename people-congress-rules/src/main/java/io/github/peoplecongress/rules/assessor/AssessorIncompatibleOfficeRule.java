package io.github.peoplecongress.rules.assessor;

import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ASSR-003: a member of the standing committee may not be appointed a people's assessor.
 *
 * <p>人民陪审员法第六条: 「（一）人民代表大会常务委员会的组成人员，监察委员会、人民法院、人民检察院、公安机关、国家安全机关、
 * 司法行政机关的工作人员；（二）律师、公证员、仲裁员、基层法律服务工作者；（三）其他因职务原因不适宜担任人民陪审员的人员。」
 *
 * <p>Readings: the records hold committee membership with dates, so the rule checks item (一)'s first group:
 * an appointee who is a committee member in office on the decision date is ineligible (VIOLATION). The other excluded
 * offices and professions are not recorded in a form the library can read and are not checked.
 */
public final class AssessorIncompatibleOfficeRule extends Rule {

  /** Creates the rule. */
  public AssessorIncompatibleOfficeRule() {
    super("ASSR-003", "常委会组成人员不得担任人民陪审员", "Committee members may not be people's assessors",
        List.of(RuleVersion.of(AssessorLaw.ART_6)), List.of(),
        List.of("Checks committee membership in office on the decision date; other excluded offices are not recorded "
            + "in a readable form and are not checked."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    Map<PersonId, List<CommitteeMembership>> memberships = new HashMap<>();
    for (CommitteeMembership m : context.getRecords().memberships()) {
      memberships.computeIfAbsent(m.getPersonId(), p -> new ArrayList<>()).add(m);
    }
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
      memberships.getOrDefault(action.getPersonId(), List.of()).stream().filter(m -> m.inOfficeOn(decided))
          .findFirst().ifPresent(m -> findings.add(
              finding(Severity.VIOLATION, version.get().getCitation(), label(action), decided)
                  .expectedZh("人民陪审员不由常务委员会组成人员担任")
                  .expectedEn("an assessor who is not a member of the standing committee")
                  .foundZh(decided + "任命时为常务委员会" + m.getRole().getLabel() + "（" + m.getId() + "）")
                  .foundEn("a committee " + m.getRole().name().toLowerCase().replace('_', ' ') + " on " + decided
                      + " (" + m.getId() + ")").build()));
    }
    return findings;
  }
}

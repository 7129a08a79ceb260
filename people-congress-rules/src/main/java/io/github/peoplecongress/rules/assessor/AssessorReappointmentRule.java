package io.github.peoplecongress.rules.assessor;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ASSR-006: a people's assessor serves five years and is generally not re-appointed.
 *
 * <p>人民陪审员法第十三条: 「人民陪审员的任期为五年，一般不得连任。」
 *
 * <p>Readings: 「一般不得」 is a soft norm, so a re-appointment is a WARNING. The records may reach back over several terms,
 * so a re-appointment is detected when they hold an earlier assessor appointment of the same person, in any year;
 * each later appointment is reported, naming the earlier one.
 */
public final class AssessorReappointmentRule extends Rule {

  /** Creates the rule. */
  public AssessorReappointmentRule() {
    super("ASSR-006", "人民陪审员一般不得连任", "People's assessors generally not re-appointed",
        List.of(RuleVersion.of(AssessorLaw.ART_13)), List.of(),
        List.of("一般不得 is a soft norm: a warning.",
            "Detectable when the records, of any year, hold an earlier assessor appointment of the same person."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    Map<PersonId, List<PersonnelAction>> byPerson = new HashMap<>();
    for (PersonnelAction action : context.getRecords().getPersonnelActions()) {
      if (action.getPostCategory() == PostCategory.PEOPLES_ASSESSOR && action.appoints()) {
        byPerson.computeIfAbsent(action.getPersonId(), p -> new ArrayList<>()).add(action);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (List<PersonnelAction> actions : byPerson.values()) {
      actions.sort(Comparator.comparing(PersonnelAction::getDecisionDate));
      for (int i = 1; i < actions.size(); i++) {
        PersonnelAction action = actions.get(i);
        PersonnelAction earlier = actions.get(i - 1);
        LocalDate decided = action.getDecisionDate();
        Optional<RuleVersion> version = versionOn(decided, context.getProfile());
        if (version.isEmpty()) {
          continue;
        }
        findings.add(finding(Severity.WARNING, version.get().getCitation(), label(action), decided)
            .expectedZh("人民陪审员任期五年，一般不得连任").expectedEn("a single five-year term, generally not renewed")
            .foundZh(decided + "再次任命，此前已于" + earlier.getDecisionDate() + "任命（" + earlier.getId() + "）")
            .foundEn("appointed again on " + decided + " after the appointment of " + earlier.getDecisionDate()
                + " (" + earlier.getId() + ")").build());
      }
    }
    return findings;
  }
}

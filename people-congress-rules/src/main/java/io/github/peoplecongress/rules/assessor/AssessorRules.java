package io.github.peoplecongress.rules.assessor;

import io.github.peoplecongress.rules.Rule;
import java.util.List;

/**
 * The people's assessor rules, ASSR-001 to ASSR-008. Whether each assessor swore is OATH-001 of the oath family.
 */
public final class AssessorRules {
  private AssessorRules() {}

  /**
   * Returns the assessor rules in id order.
   *
   * @return the rules, not null
   */
  public static List<Rule> rules() {
    return List.of(new AssessorAgeRule(), new AssessorEducationRule(), new AssessorIncompatibleOfficeRule(),
        new AssessorQuotaRule(), new AssessorRequestRule(), new AssessorReappointmentRule(),
        new AssessorOathOrganiserRule(), new AssessorOathPublicRule());
  }
}

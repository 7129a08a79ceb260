package io.github.peoplecongress.rules.assessor;

import io.github.peoplecongress.rules.parameter.JurisdictionProfile;

/**
 * Local values of the assessor rules. The People's Assessors Law is national and no local rule in the reference
 * changes it, so every id leaves the builder unchanged; the class exists so that the lead composes every family alike.
 */
public final class AssessorLocalRules {
  private AssessorLocalRules() {}

  /**
   * Adds the assessor values of a jurisdiction (none are known).
   *
   * @param jurisdictionId  the id, not null
   * @param builder  the builder, not null
   * @return the builder, unchanged
   */
  public static JurisdictionProfile.Builder addLocalRules(String jurisdictionId, JurisdictionProfile.Builder builder) {
    return builder;
  }
}

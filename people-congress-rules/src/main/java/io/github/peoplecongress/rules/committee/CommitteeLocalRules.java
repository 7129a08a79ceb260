package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.rules.parameter.JurisdictionProfile;

/**
 * Local values of the committee parameters. The committee sizes are fixed per term by the provincial committee
 * within the national range, and no jurisdiction named in the project's statutes changes the national thresholds,
 * so every id returns the builder unchanged.
 */
public final class CommitteeLocalRules {
  private CommitteeLocalRules() {}

  /**
   * Adds the committee overrides known for a jurisdiction.
   *
   * @param jurisdictionId  the jurisdiction id, not null
   * @param builder  the profile builder, not null
   * @return the builder, unchanged
   */
  public static JurisdictionProfile.Builder addLocalRules(String jurisdictionId, JurisdictionProfile.Builder builder) {
    return builder;
  }
}

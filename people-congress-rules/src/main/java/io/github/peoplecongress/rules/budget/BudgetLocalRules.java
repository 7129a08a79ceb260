package io.github.peoplecongress.rules.budget;

import io.github.peoplecongress.rules.parameter.JurisdictionProfile;

/**
 * Local values of the budget parameters. Henan's measures (第二十三条) ask the draft final accounts 「一个月前」, which
 * is not stricter than the national thirty days in most months and is not a days parameter; it is not applied. Every
 * id returns the builder unchanged.
 */
public final class BudgetLocalRules {
  private BudgetLocalRules() {}

  /**
   * Adds the budget overrides known for a jurisdiction.
   *
   * @param jurisdictionId  the jurisdiction id, not null
   * @param builder  the profile builder, not null
   * @return the builder, unchanged
   */
  public static JurisdictionProfile.Builder addLocalRules(String jurisdictionId, JurisdictionProfile.Builder builder) {
    return builder;
  }
}

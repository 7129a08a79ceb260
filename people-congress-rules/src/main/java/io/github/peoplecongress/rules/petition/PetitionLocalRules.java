package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.rules.parameter.JurisdictionProfile;

/**
 * Local values of the petition parameters. None of the jurisdictions the library knows ("beijing", "shanghai",
 * "chongqing", "henan", "qingdao", "qishan", "lanzhou", "shitai", "shenzhen", "anhui") has a verified local petition
 * rule in the reference; a host whose provincial petition regulation covered 人大机关 before 2022 sets
 * {@link PetitionParameters#CONGRESS_COVERAGE_BEFORE_2022} to {@link CongressCoverage#BINDING}.
 */
public final class PetitionLocalRules {
  private PetitionLocalRules() {}

  /**
   * Adds the petition overrides known for a jurisdiction; currently none.
   *
   * @param jurisdictionId  the jurisdiction id, such as {@code "beijing"}, not null
   * @param builder  the profile builder, not null
   * @return the builder, unchanged
   */
  public static JurisdictionProfile.Builder addLocalRules(String jurisdictionId, JurisdictionProfile.Builder builder) {
    return builder;
  }
}

package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.rules.parameter.JurisdictionProfile;

/**
 * Local values of the election parameters. None of the jurisdictions the library knows ("beijing", "shanghai",
 * "chongqing", "henan", "qingdao", "qishan", "lanzhou", "shitai", "shenzhen", "anhui") has a verified election
 * value: the minority bonus of 选举法第十二条第二款 needs a provincial decision none of the sources records.
 */
public final class ElectionLocalRules {
  private ElectionLocalRules() {}

  /**
   * Adds the election overrides known for a jurisdiction; currently none.
   *
   * @param jurisdictionId  the jurisdiction id, such as {@code "beijing"}, not null
   * @param builder  the profile builder, not null
   * @return the builder, unchanged
   */
  public static JurisdictionProfile.Builder addLocalRules(String jurisdictionId, JurisdictionProfile.Builder builder) {
    return builder;
  }
}

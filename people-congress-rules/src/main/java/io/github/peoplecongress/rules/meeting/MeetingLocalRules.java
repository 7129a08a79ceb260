package io.github.peoplecongress.rules.meeting;

import io.github.peoplecongress.rules.parameter.JurisdictionProfile;

/**
 * Local values of the meeting parameters. No jurisdiction named in the project's statutes changes the meeting
 * interval, quorum or adoption rules, so every id returns the builder unchanged.
 */
public final class MeetingLocalRules {
  private MeetingLocalRules() {}

  /**
   * Adds the meeting overrides known for a jurisdiction.
   *
   * @param jurisdictionId  the jurisdiction id, such as {@code "henan"}, not null
   * @param builder  the profile builder, not null
   * @return the builder, unchanged: no local meeting rules are known
   */
  public static JurisdictionProfile.Builder addLocalRules(String jurisdictionId, JurisdictionProfile.Builder builder) {
    return builder;
  }
}

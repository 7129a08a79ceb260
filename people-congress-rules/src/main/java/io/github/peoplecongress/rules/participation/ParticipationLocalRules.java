package io.github.peoplecongress.rules.participation;

import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;

/**
 * The participation family's local values. No verified local rule of the named jurisdictions sets a participation
 * number; the one example is {@value #EXAMPLE_VOTER_CONTACT}: every deputy contacts at least 10 voters a year (the
 * example target of the project's domain notes, not a verified local rule), from 2019-01-01.
 */
public final class ParticipationLocalRules {
  private ParticipationLocalRules() {}

  /** The id of the example profile with a voter-contact target of 10 a year. */
  public static final String EXAMPLE_VOTER_CONTACT = "example-voter-contact";

  /**
   * Adds the participation overrides known for a jurisdiction.
   *
   * @param jurisdictionId  the jurisdiction id, not null
   * @param builder  the profile builder, not null
   * @return the builder, unchanged for ids this family knows nothing about
   */
  public static JurisdictionProfile.Builder addLocalRules(String jurisdictionId, JurisdictionProfile.Builder builder) {
    if (EXAMPLE_VOTER_CONTACT.equals(jurisdictionId)) {
      return builder.set(ParticipationParameters.MIN_VOTERS_CONTACTED_PER_YEAR, DatedSeries.of(LocalDate.of(2019, 1, 1),
          10, "example local target (DOMAIN.md §3: contact at least 10 voters a year); not a verified local rule"));
    }
    return builder;
  }
}

package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.model.id.PetitionId;
import io.github.peoplecongress.model.petition.ImmutablePetition;
import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.PetitionCategory;
import io.github.peoplecongress.model.petition.PetitionChannel;
import io.github.peoplecongress.model.petition.PetitionRoute;
import io.github.peoplecongress.model.petition.PetitionSource;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;

/** Petitions for the petition rule tests. */
final class PetitionFixtures {
  static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  private PetitionFixtures() {}

  /** A direct letter received on {@code received}, a 申诉求决类 matter handled by a 信访处理意见书. */
  static ImmutablePetition petition(String id, LocalDate received) {
    return Petition.builder().id(PetitionId.of(id)).channel(PetitionChannel.LETTER).source(PetitionSource.DIRECT)
        .subject("拆迁补偿").category(PetitionCategory.CLAIM).route(PetitionRoute.HANDLING_OPINION)
        .receivedDate(received).build();
  }

  static ImmutablePetition petition(LocalDate received) {
    return petition("PT-1", received);
  }

  static List<Finding> check(Rule rule, LocalDate asOf, Petition... petitions) {
    return check(rule, JurisdictionProfile.national(), asOf, petitions);
  }

  static List<Finding> check(Rule rule, JurisdictionProfile profile, LocalDate asOf, Petition... petitions) {
    return rule.evaluate(Fixtures.context(Fixtures.year2019().addPetitions(petitions).build(), profile, asOf));
  }

  static List<Finding> check(Rule rule, Petition... petitions) {
    return check(rule, AS_OF, petitions);
  }

  static JurisdictionProfile coverage(CongressCoverage coverage) {
    return JurisdictionProfile.builder("cov", "cov", "cov").set(PetitionParameters.CONGRESS_COVERAGE_BEFORE_2022,
        DatedSeries.of(LocalDate.of(2005, 5, 1), coverage, "test")).build();
  }
}

package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.election.CandidateResult;
import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.election.ElectionKind;
import io.github.peoplecongress.model.election.ElectionResult;
import io.github.peoplecongress.model.election.ImmutableElection;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.ElectionId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;

/** Elections for the election rule tests: a compliant one-seat round, varied with {@code with…}. */
final class ElectionFixtures {
  static final LocalDate DAY = LocalDate.of(2021, 11, 15);
  static final LocalDate AS_OF = LocalDate.of(2021, 12, 31);

  private ElectionFixtures() {}

  static PersonId person(int n) {
    return PersonId.of("P-" + n);
  }

  /** A compliant one-seat general election on {@code day}: lists 20/15/7 days before, 2 candidates. */
  static ImmutableElection election(String id, LocalDate day) {
    return election(id, day, ElectionKind.GENERAL);
  }

  /** The same round of another kind; runoffs and revotes follow E-0. */
  static ImmutableElection election(String id, LocalDate day, ElectionKind kind) {
    ImmutableElection.Builder builder = Election.builder().kind(kind);
    if (kind == ElectionKind.RUNOFF || kind == ElectionKind.REVOTE) {
      builder.runoffOf(ElectionId.of("E-0"));
    }
    return builder.id(ElectionId.of(id)).constituencyId(ConstituencyId.of("C-1")).seats(1)
        .electionDay(day).voterListPublishedDate(day.minusDays(20)).preliminaryListDate(day.minusDays(15))
        .formalListDate(day.minusDays(7)).registeredVoters(1000).voted(800).ballotsIssued(800).ballotsReturned(800)
        .validBallots(790).invalidBallots(10).declaredValid(true)
        .addCandidates(CandidateResult.of(person(101), 500, ElectionResult.ELECTED),
            CandidateResult.of(person(102), 290, ElectionResult.NOT_ELECTED))
        .build();
  }

  static ImmutableElection election(LocalDate day) {
    return election("E-1", day);
  }

  static CommitteeRecords year(Election... elections) {
    return Fixtures.year2019().addElections(elections).build();
  }

  static List<Finding> check(Rule rule, LocalDate asOf, Election... elections) {
    return rule.evaluate(Fixtures.context(year(elections), JurisdictionProfile.national(), asOf));
  }

  static List<Finding> check(Rule rule, Election... elections) {
    return check(rule, AS_OF, elections);
  }
}

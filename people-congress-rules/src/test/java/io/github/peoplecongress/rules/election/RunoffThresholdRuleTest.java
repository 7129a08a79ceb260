package io.github.peoplecongress.rules.election;

import static io.github.peoplecongress.rules.election.ElectionFixtures.AS_OF;
import static io.github.peoplecongress.rules.election.ElectionFixtures.DAY;
import static io.github.peoplecongress.rules.election.ElectionFixtures.check;
import static io.github.peoplecongress.rules.election.ElectionFixtures.election;
import static io.github.peoplecongress.rules.election.ElectionFixtures.person;
import static io.github.peoplecongress.rules.election.ElectionFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.election.CandidateResult;
import io.github.peoplecongress.model.election.ElectionKind;
import io.github.peoplecongress.model.election.ElectionResult;
import io.github.peoplecongress.model.election.ImmutableElection;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RunoffThresholdRuleTest {
  private final RunoffThresholdRule rule = new RunoffThresholdRule();

  /** A one-seat runoff: 800 ballots returned, 790 valid. */
  private static ImmutableElection runoff(LocalDate day, int votes) {
    return election("E-2", day, ElectionKind.RUNOFF).withCandidates(
        CandidateResult.of(person(101), votes, ElectionResult.ELECTED),
        CandidateResult.of(person(102), 100, ElectionResult.NOT_ELECTED));
  }

  @Test
  void a_third_of_all_ballots_cast_by_default() {
    assertThat(check(rule, runoff(DAY, 267))).isEmpty();
    assertThat(check(rule, runoff(DAY, 266))).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.VIOLATION);
  }

  @Test
  void valid_ballots_reading_lowers_the_threshold() {
    JurisdictionProfile valid = JurisdictionProfile.builder("valid", "有效票", "valid ballots")
        .set(ElectionParameters.RUNOFF_BASE, DatedSeries.of(LocalDate.of(2015, 8, 29), RunoffBase.VALID_BALLOTS, "test"))
        .build();
    assertThat(rule.evaluate(Fixtures.context(year(runoff(DAY, 264)), valid, AS_OF))).isEmpty();
    assertThat(rule.evaluate(Fixtures.context(year(runoff(DAY, 263)), valid, AS_OF))).hasSize(1);
  }

  @Test
  void general_elections_are_not_runoffs() {
    assertThat(check(rule, election(DAY).withCandidates(CandidateResult.of(person(101), 100,
        ElectionResult.ELECTED)))).isEmpty();
  }

  @Test
  void no_ballots_is_cannot_tell() {
    ImmutableElection e = election("E-2", DAY, ElectionKind.RUNOFF)
        .withCandidates(CandidateResult.of(person(101), 0, ElectionResult.ELECTED)).withValidBallots(0)
        .withInvalidBallots(0).withBallotsReturned(0);
    assertThat(check(rule, e)).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("ballotsReturned"));
  }

  @Test
  void law_version_by_election_day() {
    assertThat(check(rule, runoff(LocalDate.of(2020, 10, 16), 200)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2015);
    assertThat(check(rule, runoff(LocalDate.of(2020, 10, 17), 200)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2020);
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, runoff(DAY, 250)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-012] 违反规定：另行选举当选的得票下限"
        + "（选举法（2020）第四十五条第五款）Election E-2：应当P-101得票数不少于所投选票800张的三分之一，实际P-101得250票，却记为当选");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-012] violation: Minimum votes to win a runoff "
        + "(Election Law (2020) Art. 45(5)) at Election E-2: expected P-101 with at least a third of the 800 ballots "
        + "cast but found P-101 recorded as elected with 250 votes");
  }
}

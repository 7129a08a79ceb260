package io.github.peoplecongress.rules.election;

import static io.github.peoplecongress.rules.election.ElectionFixtures.DAY;
import static io.github.peoplecongress.rules.election.ElectionFixtures.check;
import static io.github.peoplecongress.rules.election.ElectionFixtures.election;
import static io.github.peoplecongress.rules.election.ElectionFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.election.CandidateResult;
import io.github.peoplecongress.model.election.ElectionKind;
import io.github.peoplecongress.model.election.ElectionResult;
import io.github.peoplecongress.model.election.ImmutableElection;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ElectedByMajorityRuleTest {
  private final ElectedByMajorityRule rule = new ElectedByMajorityRule();

  private static ImmutableElection winner(ImmutableElection base, int votes) {
    return base.withCandidates(CandidateResult.of(person(101), votes, ElectionResult.ELECTED),
        CandidateResult.of(person(102), 790 - votes, ElectionResult.NOT_ELECTED));
  }

  @Test
  void more_than_half_of_the_voters_who_voted() {
    assertThat(check(rule, winner(election(DAY), 401))).isEmpty();
    assertThat(check(rule, winner(election(DAY), 400))).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.VIOLATION);
  }

  @Test
  void runoffs_and_revotes_are_not_majority_rounds() {
    assertThat(check(rule, winner(election("E-2", DAY, ElectionKind.RUNOFF), 300))).isEmpty();
    assertThat(check(rule, winner(election("E-2", DAY, ElectionKind.REVOTE), 300))).isEmpty();
  }

  @Test
  void no_voters_is_cannot_tell() {
    ImmutableElection e = election(DAY).withCandidates(CandidateResult.of(person(101), 0, ElectionResult.ELECTED))
        .withValidBallots(0).withInvalidBallots(0).withBallotsReturned(0).withBallotsIssued(0).withVoted(0);
    assertThat(check(rule, e)).singleElement().satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("voted"));
  }

  @Test
  void law_version_by_election_day() {
    assertThat(check(rule, winner(election(LocalDate.of(2020, 10, 16)), 300)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2015);
    assertThat(check(rule, winner(election(LocalDate.of(2020, 10, 17)), 300)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2020);
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, winner(election(DAY), 380)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-011] 违反规定：当选须获参加投票选民过半数选票"
        + "（选举法（2020）第四十五条第一款）Election E-1：应当P-101获得参加投票的选民800人过半数的选票方可当选，"
        + "实际P-101得380票，未过半数，却记为当选");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-011] violation: Elected by more than half of the "
        + "voters who voted (Election Law (2020) Art. 45(1)) at Election E-1: expected P-101 elected only with more "
        + "than half of the 800 voters who voted but found P-101 recorded as elected with 380 votes");
  }
}

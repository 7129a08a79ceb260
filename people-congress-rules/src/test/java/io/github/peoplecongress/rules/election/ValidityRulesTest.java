package io.github.peoplecongress.rules.election;

import static io.github.peoplecongress.rules.election.ElectionFixtures.DAY;
import static io.github.peoplecongress.rules.election.ElectionFixtures.check;
import static io.github.peoplecongress.rules.election.ElectionFixtures.election;
import static io.github.peoplecongress.rules.election.ElectionFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.election.CandidateResult;
import io.github.peoplecongress.model.election.ElectionResult;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ELEC-009 (turnout) and ELEC-010 (ballots not more than voters). */
class ValidityRulesTest {
  private final TurnoutValidityRule turnout = new TurnoutValidityRule();
  private final BallotsNotMoreThanVotersRule ballots = new BallotsNotMoreThanVotersRule();

  @Test
  void turnout_must_exceed_half() {
    assertThat(check(turnout, election(DAY).withVoted(501))).isEmpty();
    assertThat(check(turnout, election(DAY).withVoted(500))).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.VIOLATION);
  }

  @Test
  void a_void_round_not_treated_as_valid_is_no_finding() {
    assertThat(check(turnout, election(DAY).withVoted(400).withDeclaredValid(false)
        .withCandidates(CandidateResult.of(person(101), 390, ElectionResult.NOT_ELECTED)))).isEmpty();
  }

  @Test
  void turnout_without_registered_voters_is_cannot_tell() {
    assertThat(check(turnout, election(DAY).withCandidates(List.of()).withValidBallots(0).withInvalidBallots(0)
        .withBallotsReturned(0).withBallotsIssued(0).withVoted(0).withRegisteredVoters(0)))
        .singleElement().satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("registeredVoters"));
  }

  @Test
  void ballots_equal_to_voters_are_valid_one_more_is_void() {
    assertThat(check(ballots, election(DAY))).isEmpty();
    assertThat(check(ballots, election(DAY).withBallotsReturned(801))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
    assertThat(check(ballots, election(DAY).withBallotsReturned(801).withDeclaredValid(Optional.of(false))
        .withCandidates(List.of()))).isEmpty();
  }

  @Test
  void ballots_without_counts_is_cannot_tell() {
    assertThat(check(ballots, election(DAY).withCandidates(List.of()).withValidBallots(0)
        .withInvalidBallots(0).withBallotsReturned(0).withBallotsIssued(0).withVoted(0))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("voted", "ballotsReturned"));
  }

  @Test
  void law_version_by_election_day() {
    assertThat(check(turnout, election(LocalDate.of(2020, 10, 16)).withVoted(100)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2015);
    assertThat(check(ballots, election(LocalDate.of(2020, 10, 17)).withBallotsReturned(900)).get(0).getCitation()
        .getLaw()).isEqualTo(Laws.ELECTION_LAW_2020);
  }

  @Test
  void golden_messages() {
    Finding finding = check(turnout, election(DAY).withVoted(500)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-009] 违反规定：选举有效的参选率"
        + "（选举法（2020）第四十五条第一款）Election E-1：应当参加投票的选民超过登记选民1000人的半数，选举方为有效，"
        + "实际500人参加投票，未过半数，选举却按有效处理");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-009] violation: Turnout needed for a valid "
        + "election (Election Law (2020) Art. 45(1)) at Election E-1: expected more than half of the 1000 registered "
        + "voters voting for the round to be valid but found 500 voted, not more than half, yet the round was "
        + "treated as valid");
    Finding ballot = check(ballots, election(DAY).withBallotsReturned(805)).get(0);
    assertThat(ballot.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-010] 违反规定：所投票数不得多于投票人数"
        + "（选举法（2020）第四十四条）Election E-1：应当所投的票数不多于投票人数800，多于的选举无效，实际收回选票805张，多于投票人数，"
        + "选举却按有效处理");
    assertThat(ballot.describe(Locale.ENGLISH)).isEqualTo("[ELEC-010] violation: Ballots not more than voters "
        + "(Election Law (2020) Art. 44) at Election E-1: expected no more ballots returned than the 800 voters, else "
        + "the round is void but found 805 ballots returned, yet the round was treated as valid");
  }
}

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
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ElectedNotMoreThanSeatsRuleTest {
  private final ElectedNotMoreThanSeatsRule rule = new ElectedNotMoreThanSeatsRule();

  /** A two-seat general election on {@code day} (800 voted, 790 valid) with three persons. */
  private static ImmutableElection twoSeats(LocalDate day, int a, ElectionResult ra, int b, ElectionResult rb, int c,
      ElectionResult rc) {
    return election("E-1", day).withSeats(2).withCandidates(CandidateResult.of(person(101), a, ra),
        CandidateResult.of(person(102), b, rb), CandidateResult.of(person(103), c, rc));
  }

  private static ImmutableElection threeElected(LocalDate day) {
    return twoSeats(day, 500, ElectionResult.ELECTED, 450, ElectionResult.ELECTED, 450, ElectionResult.ELECTED);
  }

  @Test
  void as_many_elected_as_seats_is_compliant() {
    assertThat(check(rule, election(DAY))).isEmpty();
    assertThat(check(rule, twoSeats(DAY, 500, ElectionResult.ELECTED, 451, ElectionResult.ELECTED, 450,
        ElectionResult.NOT_ELECTED))).isEmpty();
  }

  @Test
  void more_elected_than_seats_is_a_violation() {
    assertThat(check(rule, twoSeats(DAY, 500, ElectionResult.ELECTED, 460, ElectionResult.ELECTED, 450,
        ElectionResult.ELECTED))).singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
          assertThat(f.getExpectedZh()).doesNotContain("再次投票");
          assertThat(f.getFoundEn()).isEqualTo("3 recorded as elected: P-101 (500 votes), P-102 (460 votes), "
              + "P-103 (450 votes)");
        });
  }

  @Test
  void equal_votes_at_the_cut_need_a_revote() {
    // 451 against 450: the most votes win, no finding; 450 against 450: a tie, to be revoted
    assertThat(check(rule, twoSeats(DAY, 500, ElectionResult.ELECTED, 451, ElectionResult.ELECTED, 450,
        ElectionResult.TIE))).isEmpty();
    assertThat(check(rule, twoSeats(DAY, 500, ElectionResult.ELECTED, 450, ElectionResult.ELECTED, 450,
        ElectionResult.TIE))).singleElement().satisfies(f -> assertThat(f.getFoundEn())
            .isEqualTo("P-102 (450 votes) recorded as elected and P-103 (450 votes) as tie"));
    assertThat(check(rule, twoSeats(DAY, 500, ElectionResult.ELECTED, 450, ElectionResult.TIE, 450,
        ElectionResult.TIE))).isEmpty();
  }

  @Test
  void the_most_votes_win() {
    assertThat(check(rule, twoSeats(DAY, 500, ElectionResult.ELECTED, 449, ElectionResult.ELECTED, 450,
        ElectionResult.NOT_ELECTED))).singleElement().satisfies(f -> assertThat(f.getExpectedEn())
            .isEqualTo("the most votes winning: P-103 with 450 votes before P-102 with 449"));
    // a person below half of the voters is no contender in a majority round (ELEC-011 judges the elected)
    assertThat(check(rule, twoSeats(DAY, 500, ElectionResult.ELECTED, 300, ElectionResult.ELECTED, 400,
        ElectionResult.NOT_ELECTED))).isEmpty();
    // a runoff is won by plurality: anyone with more votes is a contender
    ImmutableElection runoff = election("E-2", DAY, ElectionKind.RUNOFF).withCandidates(
        CandidateResult.of(person(101), 300, ElectionResult.ELECTED),
        CandidateResult.of(person(102), 310, ElectionResult.NOT_ELECTED));
    assertThat(check(rule, runoff)).hasSize(1);
  }

  @Test
  void unknown_results_that_could_exceed_the_seats_are_cannot_tell() {
    ImmutableElection e = election(DAY).withCandidates(
        CandidateResult.builder().candidateId(person(101)).votes(500).build(),
        CandidateResult.builder().candidateId(person(102)).votes(290).build());
    assertThat(check(rule, e)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("candidates[0].result", "candidates[1].result");
    });
    assertThat(check(rule, DAY, e)).isEmpty();
    ImmutableElection oneUnknown = election(DAY).withCandidates(
        CandidateResult.of(person(101), 500, ElectionResult.ELECTED),
        CandidateResult.builder().candidateId(person(102)).votes(290).build());
    assertThat(check(rule, oneUnknown)).singleElement().satisfies(f -> assertThat(f.getMissingFacts())
        .containsExactly("candidates[1].result"));
  }

  @Test
  void law_version_by_election_day() {
    assertThat(check(rule, threeElected(LocalDate.of(2020, 10, 16))).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2015);
    assertThat(check(rule, threeElected(LocalDate.of(2020, 10, 17))).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2020);
    assertThat(check(rule, threeElected(LocalDate.of(2015, 8, 28)))).isEmpty();
  }

  @Test
  void registered() {
    assertThat(ElectionRules.rules()).extracting(r -> r.getId()).contains("ELEC-014", "ELEC-015");
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, threeElected(DAY)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-014] 违反规定："
        + "当选人数不超过应选名额，以得票多的当选（选举法（2020）第四十五条第三款）Election E-1：应当应选2名，当选不超过2名，以得票多的当选；"
        + "P-102、P-103得票均为450票，不能确定当选人，应当就票数相等的候选人再次投票，实际记为当选3名：P-101（500票）、P-102（450票）、"
        + "P-103（450票）");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-014] violation: No more elected than "
        + "seats, the most votes winning (Election Law (2020) Art. 45(3)) at Election E-1: expected at most 2 elected "
        + "for 2 seat(s), those with the most votes; P-102, P-103 tied at 450 votes for the last seat(s), to be decided "
        + "by a revote but found 3 recorded as elected: P-101 (500 votes), P-102 (450 votes), P-103 (450 votes)");
  }
}

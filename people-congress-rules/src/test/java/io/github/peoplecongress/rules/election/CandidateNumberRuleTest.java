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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CandidateNumberRuleTest {
  private final CandidateNumberRule rule = new CandidateNumberRule();

  private static ImmutableElection round(ImmutableElection base, int seats, int candidates) {
    List<CandidateResult> list = new ArrayList<>();
    for (int i = 0; i < candidates; i++) {
      list.add(CandidateResult.of(person(200 + i), 10, ElectionResult.NOT_ELECTED));
    }
    return base.withSeats(seats).withCandidates(list);
  }

  @Test
  void ranges_for_one_two_and_three_seats() {
    assertThat(check(rule, round(election(DAY), 1, 2))).isEmpty();
    assertThat(check(rule, round(election(DAY), 1, 1))).hasSize(1);
    assertThat(check(rule, round(election(DAY), 1, 3))).hasSize(1);
    assertThat(check(rule, round(election(DAY), 2, 2))).hasSize(1);
    assertThat(check(rule, round(election(DAY), 2, 3))).isEmpty();
    assertThat(check(rule, round(election(DAY), 2, 4))).isEmpty();
    assertThat(check(rule, round(election(DAY), 2, 5))).hasSize(1);
    assertThat(check(rule, round(election(DAY), 3, 3))).hasSize(1);
    assertThat(check(rule, round(election(DAY), 3, 4))).isEmpty();
    assertThat(check(rule, round(election(DAY), 3, 6))).isEmpty();
    assertThat(check(rule, round(election(DAY), 3, 7))).singleElement().extracting(Finding::getSeverity)
        .isEqualTo(Severity.VIOLATION);
  }

  @Test
  void write_in_votes_are_not_candidates() {
    ImmutableElection e = election(DAY).withCandidates(CandidateResult.of(person(1), 500, ElectionResult.ELECTED),
        CandidateResult.of(person(2), 200, ElectionResult.NOT_ELECTED),
        CandidateResult.builder().candidateId(person(3)).formalCandidate(false).votes(5).build());
    assertThat(check(rule, e)).isEmpty();
  }

  @Test
  void runoffs_are_left_to_elec_015() {
    assertThat(check(rule, round(election("E-2", DAY, ElectionKind.RUNOFF), 1, 3))).isEmpty();
  }

  @Test
  void by_elections_are_exempt() {
    assertThat(check(rule, round(election("E-3", DAY, ElectionKind.BY_ELECTION), 1, 1))).isEmpty();
  }

  @Test
  void no_candidates_is_cannot_tell_after_election_day() {
    assertThat(check(rule, election(DAY).withCandidates(List.of()))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("candidates"));
    assertThat(check(rule, DAY, election(DAY).withCandidates(List.of()))).isEmpty();
  }

  @Test
  void law_version_by_election_day() {
    assertThat(check(rule, round(election(LocalDate.of(2020, 10, 16)), 1, 3)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2015);
    assertThat(check(rule, round(election(LocalDate.of(2020, 10, 17)), 1, 3)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2020);
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, round(election(DAY), 3, 7)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-005] 违反规定：差额选举候选人人数"
        + "（选举法（2020）第三十一条第二款）Election E-1：应当应选3名，正式代表候选人4至6名（多于应选名额三分之一至一倍），实际正式代表候选人7名");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-005] violation: Number of candidates in a "
        + "contested election (Election Law (2020) Art. 31(2)) at Election E-1: expected 4 to 6 formal candidates for "
        + "3 seat(s) (one third to twice as many more than the seats) but found 7 formal candidates");
  }
}

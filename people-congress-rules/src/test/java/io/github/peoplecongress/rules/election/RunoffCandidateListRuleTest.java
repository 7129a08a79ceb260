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

class RunoffCandidateListRuleTest {
  private final RunoffCandidateListRule rule = new RunoffCandidateListRule();

  /**
   * The first round E-0, two seats, 800 voted: P-101 500 elected; P-102 380, P-103 {@code c} and P-104
   * {@code d} not elected. One seat is left for the runoff.
   */
  private static ImmutableElection first(LocalDate day, int c, int d) {
    return election("E-0", day).withSeats(2).withCandidates(
        CandidateResult.of(person(101), 500, ElectionResult.ELECTED),
        CandidateResult.of(person(102), 380, ElectionResult.NOT_ELECTED),
        CandidateResult.of(person(103), c, ElectionResult.NOT_ELECTED),
        CandidateResult.of(person(104), d, ElectionResult.NOT_ELECTED));
  }

  private static ImmutableElection first(LocalDate day) {
    return first(day, 350, 200);
  }

  /** A one-seat runoff E-2 a week after {@code day} among the given persons (the first one elected). */
  private static ImmutableElection runoff(LocalDate day, int seats, int... persons) {
    List<CandidateResult> list = new ArrayList<>();
    for (int i = 0; i < persons.length; i++) {
      list.add(CandidateResult.of(person(persons[i]), i == 0 ? 400 : 100,
          i < seats ? ElectionResult.ELECTED : ElectionResult.NOT_ELECTED));
    }
    return election("E-2", day.plusDays(7), ElectionKind.RUNOFF).withSeats(seats).withCandidates(list);
  }

  @Test
  void the_next_unelected_by_first_round_votes_is_compliant() {
    assertThat(check(rule, first(DAY), runoff(DAY, 1, 102, 103))).isEmpty();
    assertThat(check(rule, first(DAY), runoff(DAY, 1, 103, 102))).isEmpty();
  }

  @Test
  void passing_over_a_candidate_with_more_votes_is_a_violation() {
    assertThat(check(rule, first(DAY), runoff(DAY, 1, 102, 104))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFoundEn()).isEqualTo("P-104 (200 first-round votes) taken, but not P-103 (350 votes)");
    });
  }

  @Test
  void equal_first_round_votes_at_the_cut_may_go_either_way() {
    assertThat(check(rule, first(DAY, 300, 300), runoff(DAY, 1, 102, 104))).isEmpty();
    assertThat(check(rule, first(DAY, 300, 300), runoff(DAY, 1, 102, 103))).isEmpty();
    assertThat(check(rule, first(DAY, 300, 301), runoff(DAY, 1, 102, 103))).hasSize(1);
  }

  @Test
  void one_seat_needs_exactly_two_candidates() {
    assertThat(check(rule, first(DAY), runoff(DAY, 1, 102))).singleElement()
        .satisfies(f -> assertThat(f.getFoundEn()).isEqualTo("1 formal candidates in the runoff"));
    assertThat(check(rule, first(DAY), runoff(DAY, 1, 102, 103, 104))).singleElement()
        .satisfies(f -> assertThat(f.getFoundZh()).isEqualTo("另行选举正式代表候选人3名"));
  }

  @Test
  void two_seats_take_three_or_four() {
    ImmutableElection round = first(DAY).withSeats(3).withCandidates(
        CandidateResult.of(person(101), 500, ElectionResult.ELECTED),
        CandidateResult.of(person(102), 380, ElectionResult.NOT_ELECTED),
        CandidateResult.of(person(103), 350, ElectionResult.NOT_ELECTED),
        CandidateResult.of(person(104), 200, ElectionResult.NOT_ELECTED),
        CandidateResult.of(person(105), 100, ElectionResult.NOT_ELECTED),
        CandidateResult.of(person(106), 50, ElectionResult.NOT_ELECTED));
    assertThat(check(rule, round, runoff(DAY, 2, 102, 103))).hasSize(1);
    assertThat(check(rule, round, runoff(DAY, 2, 102, 103, 104))).isEmpty();
    assertThat(check(rule, round, runoff(DAY, 2, 102, 103, 104, 105))).isEmpty();
    assertThat(check(rule, round, runoff(DAY, 2, 102, 103, 104, 105, 106))).hasSize(1);
  }

  @Test
  void a_person_elected_or_absent_in_the_first_round_is_a_violation() {
    assertThat(check(rule, first(DAY), runoff(DAY, 1, 102, 101))).singleElement().satisfies(f -> assertThat(
        f.getFoundZh()).isEqualTo("P-101不是第一次投票E-0中未当选的代表候选人"));
    assertThat(check(rule, first(DAY), runoff(DAY, 1, 102, 999))).hasSize(1);
  }

  @Test
  void missing_facts_are_cannot_tell() {
    assertThat(check(rule, runoff(DAY, 1, 102, 103))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("runoffOf");
    });
    ImmutableElection noResult = first(DAY).withCandidates(
        CandidateResult.of(person(101), 500, ElectionResult.ELECTED),
        CandidateResult.builder().candidateId(person(102)).votes(380).build(),
        CandidateResult.of(person(103), 350, ElectionResult.NOT_ELECTED));
    assertThat(check(rule, noResult, runoff(DAY, 1, 102, 103))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("candidates[1].result"));
    ImmutableElection empty = runoff(DAY, 1).withCandidates(List.of());
    assertThat(check(rule, first(DAY), empty)).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("candidates"));
    assertThat(check(rule, DAY.plusDays(7), first(DAY), empty)).isEmpty();
  }

  @Test
  void law_version_by_runoff_day() {
    LocalDate before = LocalDate.of(2020, 10, 9);
    assertThat(check(rule, first(before), runoff(before, 1, 102, 104)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2015);
    assertThat(check(rule, first(before), runoff(before.plusDays(1), 1, 102, 104)).get(0).getCitation().getLaw())
        .isEqualTo(Laws.ELECTION_LAW_2020);
  }

  @Test
  void golden_message() {
    Finding finding = check(rule, first(DAY), runoff(DAY, 1, 102, 104)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("[ELEC-015] 违反规定："
        + "另行选举按第一次投票得票多少的顺序确定候选人（选举法（2020）第四十五条第四款）Election E-2：应当另行选举应选1名，"
        + "根据第一次投票E-0得票多少的顺序，从未当选的代表候选人中确定候选人2名，实际列入P-104（第一次投票200票），未列入得票更多的P-103（350票）");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo("[ELEC-015] violation: Runoff candidates by "
        + "first-round votes (Election Law (2020) Art. 45(4)) at Election E-2: expected 2 candidates for 1 seat(s), the "
        + "unelected candidates of the first round E-0 in the order of their votes but found P-104 (200 first-round "
        + "votes) taken, but not P-103 (350 votes)");
  }
}

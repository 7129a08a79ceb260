package io.github.peoplecongress.rules.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.appraisal.ImmutableAppraisalVote;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppraisalVoteResultRuleTest {
  private final AppraisalVoteResultRule rule = new AppraisalVoteResultRule();

  private static WorkAppraisal declared(SatisfactionTally tally, Optional<SatisfactionGrade> result, LocalDate date) {
    return AppraisalFixtures.withVote(ImmutableAppraisalVote.copyOf(AppraisalFixtures.vote().build())
        .withVoterIds(java.util.List.of()).withVoterCount(27).withTally(tally).withDeclaredResult(result).withDate(date));
  }

  private static WorkAppraisal declared(SatisfactionTally tally, SatisfactionGrade result) {
    return declared(tally, Optional.of(result), AppraisalFixtures.VOTE_DATE);
  }

  @Test
  void a_result_that_follows_gives_no_finding() {
    assertThat(AppraisalFixtures.evaluate(rule, AppraisalFixtures.appraisal().build())).isEmpty();
  }

  @Test
  void a_wrong_result_is_a_violation() {
    assertThat(AppraisalFixtures.evaluate(rule,
        declared(SatisfactionTally.of(5, 5, 11, 1), SatisfactionGrade.BASICALLY_SATISFIED)))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void boundary_exactly_half_is_not_more_than_half_and_invalid_ballots_are_left_out() {
    // 10 of 20 valid ballots satisfied: not more than half → 基本满意 (10 + 5 = 15 > 10)
    assertThat(AppraisalFixtures.evaluate(rule,
        declared(SatisfactionTally.of(10, 5, 5, 0), SatisfactionGrade.BASICALLY_SATISFIED))).isEmpty();
    assertThat(AppraisalFixtures.evaluate(rule,
        declared(SatisfactionTally.of(10, 5, 5, 0), SatisfactionGrade.SATISFIED))).hasSize(1);
    // 11 of 21 valid ballots: more than half → 满意, although 11 of 23 returned would not be
    assertThat(AppraisalFixtures.evaluate(rule,
        declared(SatisfactionTally.of(11, 5, 5, 2), SatisfactionGrade.SATISFIED))).isEmpty();
    // 满意 + 基本满意 = 10 of 20: 不满意
    assertThat(AppraisalFixtures.evaluate(rule,
        declared(SatisfactionTally.of(5, 5, 10, 3), SatisfactionGrade.DISSATISFIED))).isEmpty();
  }

  @Test
  void no_declared_result_cannot_be_told() {
    assertThat(AppraisalFixtures.evaluate(rule, declared(SatisfactionTally.of(15, 5, 1, 1), Optional.empty(),
        AppraisalFixtures.VOTE_DATE))).singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("vote.declaredResult");
        });
  }

  @Test
  void no_declared_result_and_no_valid_ballots_cannot_be_told_rather_than_passing() {
    assertThat(AppraisalFixtures.evaluate(rule, declared(SatisfactionTally.of(0, 0, 0, 3), Optional.empty(),
        AppraisalFixtures.VOTE_DATE))).singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("vote.declaredResult");
          assertThat(f.getFoundZh()).isEqualTo("未记录宣布的测评结果，且无计入的有效票（满意0票、基本满意0票、不满意0票、无效3票）");
          assertThat(f.getFoundEn()).isEqualTo("no declared result recorded and no counted ballots (0 satisfied, 0 "
              + "basically satisfied, 0 dissatisfied, 3 invalid)");
        });
  }

  @Test
  void effective_date_switch_2011_10_31() {
    SatisfactionTally tally = SatisfactionTally.of(5, 5, 11, 1);
    Optional<SatisfactionGrade> wrong = Optional.of(SatisfactionGrade.SATISFIED);
    assertThat(AppraisalFixtures.evaluate(rule, declared(tally, wrong, LocalDate.of(2011, 10, 30)))).isEmpty();
    assertThat(AppraisalFixtures.evaluate(rule, declared(tally, wrong, LocalDate.of(2011, 10, 31)))).hasSize(1);
  }

  @Test
  void golden_message() {
    Finding finding = AppraisalFixtures.evaluate(rule,
        declared(SatisfactionTally.of(5, 5, 11, 1), SatisfactionGrade.BASICALLY_SATISFIED)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[APPR-005] 违反规定：满意度测评结果依有效票确定（深圳市满意度测评规则（2011）第七条）WorkAppraisal APR-2019-01 vote："
            + "应当按满意票超过有效票的50%为“满意”，满意与基本满意票之和超过50%为“基本满意”，否则为“不满意”，"
            + "满意5票、基本满意5票、不满意11票、无效1票应为“不满意”，实际宣布为“基本满意”");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[APPR-005] violation: Declared satisfaction result follows from the valid ballots (Shenzhen Rules on "
            + "Satisfaction Votes (2011) Art. 7) at WorkAppraisal APR-2019-01 vote: expected 'dissatisfied' for 5 "
            + "satisfied, 5 basically satisfied, 11 dissatisfied, 1 invalid ('satisfied' if satisfied ballots exceed "
            + "50% of the valid ballots, 'basically satisfied' if satisfied plus basically satisfied exceed 50%, else "
            + "'dissatisfied') but found declared 'basically satisfied'");
  }
}

package io.github.peoplecongress.rules.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.appraisal.AppraisalVote;
import io.github.peoplecongress.model.appraisal.ImmutableAppraisalVote;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppraisalSecretBallotRuleTest {
  private final AppraisalSecretBallotRule rule = new AppraisalSecretBallotRule();

  private static WorkAppraisal secret(Optional<Boolean> secret, LocalDate date) {
    AppraisalVote vote = ImmutableAppraisalVote.copyOf(AppraisalFixtures.vote().build()).withSecretBallot(secret)
        .withDate(date);
    return AppraisalFixtures.withVote(vote);
  }

  @Test
  void secret_ballot_gives_no_finding() {
    assertThat(AppraisalFixtures.evaluate(rule, AppraisalFixtures.appraisal().build())).isEmpty();
  }

  @Test
  void open_vote_is_a_violation() {
    assertThat(AppraisalFixtures.evaluate(rule, secret(Optional.of(false), AppraisalFixtures.VOTE_DATE)))
        .singleElement().extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void unrecorded_ballot_form_cannot_be_told() {
    assertThat(AppraisalFixtures.evaluate(rule, secret(Optional.empty(), AppraisalFixtures.VOTE_DATE)))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("vote.secretBallot");
        });
  }

  @Test
  void effective_date_switch_of_the_model_text_2011_10_31() {
    assertThat(AppraisalFixtures.evaluate(rule, secret(Optional.of(false), LocalDate.of(2011, 10, 30)))).isEmpty();
    assertThat(AppraisalFixtures.evaluate(rule, secret(Optional.of(false), LocalDate.of(2011, 10, 31)))).hasSize(1);
  }

  @Test
  void golden_message() {
    Finding finding = AppraisalFixtures.evaluate(rule, secret(Optional.of(false), AppraisalFixtures.VOTE_DATE)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[APPR-004] 违反规定：满意度测评无记名投票（深圳市满意度测评规则（2011）第七条）WorkAppraisal APR-2019-01 vote："
            + "应当以无记名投票方式进行满意度测评，实际2019-06-27的测评未采用无记名投票");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[APPR-004] violation: Satisfaction vote by secret ballot (Shenzhen Rules on Satisfaction Votes (2011) Art. 7) "
            + "at WorkAppraisal APR-2019-01 vote: expected a secret ballot but found an open vote on 2019-06-27");
  }
}

package io.github.peoplecongress.rules.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.appraisal.AppraisalVote;
import io.github.peoplecongress.model.appraisal.ImmutableAppraisalVote;
import io.github.peoplecongress.model.appraisal.VoterGroup;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AppraisalVotersRuleTest {
  private final AppraisalVotersRule rule = new AppraisalVotersRule();

  private static WorkAppraisal with(AppraisalVote vote) {
    return AppraisalFixtures.withVote(vote);
  }

  private static ImmutableAppraisalVote.Builder countOnly(int voters) {
    return countOnly(voters, AppraisalFixtures.VOTE_DATE);
  }

  private static ImmutableAppraisalVote.Builder countOnly(int voters, LocalDate date) {
    return AppraisalVote.builder().meetingId(AppraisalFixtures.VOTE_MEETING).date(date)
        .voterCount(voters).secretBallot(true).tally(SatisfactionTally.of(voters, 0, 0, 0));
  }

  @Test
  void members_only_give_no_finding() {
    assertThat(AppraisalFixtures.evaluate(rule, AppraisalFixtures.appraisal().build())).isEmpty();
  }

  @Test
  void deputies_voting_is_a_violation() {
    AppraisalVote vote = AppraisalFixtures.vote().addVoterGroups(VoterGroup.DEPUTIES).build();
    assertThat(AppraisalFixtures.evaluate(rule, with(vote))).singleElement()
        .satisfies(f -> assertThat(f.getFoundZh()).isEqualTo("人大代表参加投票"));
  }

  @Test
  void a_non_member_voter_id_is_a_violation() {
    AppraisalVote vote = countOnly(2).addVoterGroups(VoterGroup.COMMITTEE_MEMBERS)
        .addVoterIds(Fixtures.member(1), PersonId.of("P-900")).build();
    assertThat(AppraisalFixtures.evaluate(rule, with(vote))).singleElement()
        .satisfies(f -> assertThat(f.getFoundEn()).isEqualTo("non-members P-900 voted"));
  }

  @Test
  void boundary_voter_count_equal_to_members_passes_one_more_fails() {
    AppraisalVote all = countOnly(27).addVoterGroups(VoterGroup.COMMITTEE_MEMBERS).build();
    AppraisalVote more = countOnly(28).addVoterGroups(VoterGroup.COMMITTEE_MEMBERS).build();
    assertThat(AppraisalFixtures.evaluate(rule, with(all))).isEmpty();
    assertThat(AppraisalFixtures.evaluate(rule, with(more))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void voters_not_recorded_cannot_be_told() {
    assertThat(AppraisalFixtures.evaluate(rule, with(countOnly(20).build()))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("vote.voterGroups", "vote.voterIds");
    });
  }

  @Test
  void shenzhen_rules_apply_from_2011_10_31() {
    JurisdictionProfile shenzhen = AppraisalLocalRules.addLocalRules("shenzhen",
        JurisdictionProfile.builder("shenzhen", "深圳市", "Shenzhen")).build();
    AppraisalVote before = countOnly(20, LocalDate.of(2011, 10, 30)).build();
    AppraisalVote on = countOnly(20, LocalDate.of(2011, 10, 31)).build();
    LocalDate asOf = LocalDate.of(2020, 12, 31);
    assertThat(AppraisalFixtures.evaluate(rule, with(before), shenzhen, asOf)).isEmpty();
    assertThat(AppraisalFixtures.evaluate(rule, with(on), shenzhen, asOf)).isNotEmpty();
  }

  @Test
  void golden_message() {
    AppraisalVote more = countOnly(28).addVoterGroups(VoterGroup.COMMITTEE_MEMBERS).build();
    Finding finding = AppraisalFixtures.evaluate(rule, with(more)).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[APPR-003] 违反规定：满意度测评仅由常委会组成人员投票（深圳市满意度测评规则（2011）第七条）WorkAppraisal APR-2019-01 vote："
            + "应当投票人数不超过在任组成人员27人，实际投票人数为28人");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[APPR-003] violation: Only committee members vote in the satisfaction vote (Shenzhen Rules on Satisfaction "
            + "Votes (2011) Art. 7) at WorkAppraisal APR-2019-01 vote: expected at most 27 voters (the members in "
            + "office) but found 28 voters");
  }
}

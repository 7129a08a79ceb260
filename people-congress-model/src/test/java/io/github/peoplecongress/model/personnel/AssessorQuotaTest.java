package io.github.peoplecongress.model.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.vote.VoteTally;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssessorQuotaTest {

  static ImmutableAssessorQuota.Builder quota() {
    return AssessorQuota.builder()
        .courtId(OrganizationId.of("ORG-COURT"))
        .quota(150)
        .decisionDate(LocalDate.of(2019, 8, 28))
        .meetingId(MeetingId.of("M-16-05"));
  }

  @Test
  void round_trips_through_json() throws Exception {
    ObjectMapper mapper = CongressJson.objectMapper();
    AssessorQuota quota = quota().judgeCount(48).requestDate(LocalDate.of(2019, 8, 1))
        .decisionId(DecisionId.of("D-2019-04")).voteTally(VoteTally.of(20, 0, 0, 0)).build();
    assertThat(mapper.readValue(mapper.writeValueAsString(quota), AssessorQuota.class)).isEqualTo(quota);
  }

  @Test
  void is_dated_by_its_decision_and_lists_its_references() {
    AssessorQuota quota = quota().decisionId(DecisionId.of("D-2019-04")).build();
    assertThat(quota.recordDate()).isEqualTo(LocalDate.of(2019, 8, 28));
    assertThat(quota.references()).containsExactly(
        Reference.of("courtId", OrganizationId.of("ORG-COURT")),
        Reference.of("meetingId", MeetingId.of("M-16-05")),
        Reference.of("decisionId", DecisionId.of("D-2019-04")));
  }

  @Test
  void keeps_a_quota_below_three_times_the_judges() {
    // People's Assessors Law Art. 8 is the rules module's
    assertThat(quota().judgeCount(60).build().getQuota()).isEqualTo(150);
  }

  @Test
  void rejects_decision_before_request() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> quota().requestDate(LocalDate.of(2019, 9, 1)).build())
        .withMessageContainingAll("decisionDate 2019-08-28", "requestDate 2019-09-01");
  }

  @Test
  void rejects_a_negative_judge_count() {
    assertThatIllegalArgumentException().isThrownBy(() -> quota().judgeCount(-1).build())
        .withMessageContainingAll("judgeCount", "-1");
  }
}

package io.github.peoplecongress.model.deputywork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.SuggestionId;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();
  private static final OrganizationId EDUCATION = OrganizationId.of("O-JTJ");
  private static final OrganizationId FINANCE = OrganizationId.of("O-CZJ");

  static ImmutableSuggestion suggestion() {
    return Suggestion.builder()
        .id(SuggestionId.of("S-2019-015"))
        .number("15")
        .title("关于加快老旧小区改造的建议")
        .proposerId(DeputyId.of("D-017"))
        .addCoSponsorIds(DeputyId.of("D-018"), DeputyId.of("D-019"))
        .submittedDate(LocalDate.of(2019, 1, 8))
        .period(SubmissionPeriod.SESSION)
        .sessionId(MeetingId.of("NPC-16-4"))
        .category("城建环资")
        .assignedDate(LocalDate.of(2019, 2, 20))
        .assignedById(OrganizationId.of("O-DBGW"))
        .addHandlingAssignments(HandlingAssignment.of(EDUCATION, HandlingRole.LEAD),
            HandlingAssignment.of(FINANCE, HandlingRole.ASSISTING))
        .complex(false)
        .keySupervision(KeySupervision.builder().decidedBy(KeySupervisionBody.DIRECTORS_MEETING)
            .decisionDate(LocalDate.of(2019, 3, 20)).meetingId(MeetingId.of("DM-2019-05"))
            .addLeaderIds(PersonId.of("P-003")).build())
        .addAnswers(SuggestionAnswer.builder().date(LocalDate.of(2019, 5, 10)).organizationId(EDUCATION)
            .outcome(SuggestionOutcome.SOLVED).documentNumber("X教函〔2019〕12号").deputyContacted(true).build())
        .addFeedback(DeputyFeedback.builder().date(LocalDate.of(2019, 5, 20)).grade(SatisfactionGrade.SATISFIED)
            .build())
        .closedDate(LocalDate.of(2019, 5, 31))
        .build();
  }

  @Test
  void round_trips_through_json() throws Exception {
    Suggestion suggestion = suggestion()
        .withReHandlings(ReHandling.builder().date(LocalDate.of(2019, 5, 25)).organizationId(EDUCATION)
            .reason("代表不满意").build())
        .withExtensionApprovedDate(LocalDate.of(2019, 5, 1));
    String json = MAPPER.writeValueAsString(suggestion);
    assertThat(MAPPER.readValue(json, Suggestion.class)).isEqualTo(suggestion);
  }

  @Test
  void nested_values_round_trip_through_json() throws Exception {
    Suggestion suggestion = suggestion();
    for (Object value : List.of(suggestion.getHandlingAssignments().get(0), suggestion.getKeySupervision().get(),
        suggestion.getAnswers().get(0), suggestion.getFeedback().get(0),
        ReHandling.builder().date(LocalDate.of(2019, 6, 1)).build(),
        HandlingAssignment.builder().organizationId(FINANCE).role(HandlingRole.SEPARATE)
            .disputedDate(LocalDate.of(2019, 2, 22)).build())) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(value), value.getClass())).isEqualTo(value);
    }
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(suggestion.getAnswers().get(0)), SuggestionAnswer.class))
        .isEqualTo(suggestion.getAnswers().get(0));
  }

  @Test
  void is_dated_by_assignment_and_otherwise_by_submission() {
    assertThat(suggestion().recordDate()).isEqualTo(LocalDate.of(2019, 2, 20));
    Suggestion unassigned = Suggestion.builder().id(SuggestionId.of("S-2019-099")).number("99").title("t")
        .proposerId(DeputyId.of("D-001")).submittedDate(LocalDate.of(2019, 12, 30)).period(SubmissionPeriod.RECESS)
        .build();
    assertThat(unassigned.recordDate()).isEqualTo(LocalDate.of(2019, 12, 30));
  }

  @Test
  void lists_every_reference_including_nested_ones() {
    assertThat(suggestion().references()).contains(
        Reference.of("proposerId", DeputyId.of("D-017")),
        Reference.of("coSponsorIds[1]", DeputyId.of("D-019")),
        Reference.of("sessionId", MeetingId.of("NPC-16-4")),
        Reference.of("handlingAssignments[1].organizationId", FINANCE),
        Reference.of("keySupervision.meetingId", MeetingId.of("DM-2019-05")),
        Reference.of("keySupervision.leaderIds[0]", PersonId.of("P-003")),
        Reference.of("answers[0].organizationId", EDUCATION));
  }

  @Test
  void derives_sponsors_supervision_first_answer_and_latest_feedback() {
    ImmutableSuggestion suggestion = suggestion().withFeedback(
        DeputyFeedback.builder().date(LocalDate.of(2019, 5, 20)).grade(SatisfactionGrade.DISSATISFIED).build(),
        DeputyFeedback.builder().date(LocalDate.of(2019, 7, 1)).grade(SatisfactionGrade.SATISFIED).build());
    assertThat(suggestion.sponsorIds()).containsExactly(DeputyId.of("D-017"), DeputyId.of("D-018"),
        DeputyId.of("D-019"));
    assertThat(suggestion.keySupervised()).isTrue();
    assertThat(suggestion.firstAnswer().get().getDate()).isEqualTo(LocalDate.of(2019, 5, 10));
    assertThat(suggestion.latestFeedback().get().getGrade()).isEqualTo(SatisfactionGrade.SATISFIED);
  }

  @Test
  void rejects_a_co_sponsor_listed_twice() {
    assertThatThrownBy(() -> suggestion().withCoSponsorIds(DeputyId.of("D-018"), DeputyId.of("D-018")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coSponsorIds lists D-018 more than once");
  }

  @Test
  void rejects_the_proposer_as_co_sponsor() {
    assertThatThrownBy(() -> suggestion().withCoSponsorIds(DeputyId.of("D-017")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coSponsorIds must not include proposerId D-017");
  }

  @Test
  void rejects_merging_into_itself() {
    assertThatThrownBy(() -> suggestion().withMergedIntoId(SuggestionId.of("S-2019-015")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mergedIntoId S-2019-015 must not be the suggestion itself");
  }

  @Test
  void rejects_assignment_before_submission() {
    assertThatThrownBy(() -> suggestion().withAssignedDate(LocalDate.of(2019, 1, 7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("assignedDate 2019-01-07 must not be before submittedDate 2019-01-08");
  }

  @Test
  void rejects_extension_before_assignment() {
    assertThatThrownBy(() -> suggestion().withExtensionApprovedDate(LocalDate.of(2019, 2, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extensionApprovedDate 2019-02-01 must not be before assignedDate 2019-02-20");
  }

  @Test
  void rejects_extension_before_submission() {
    assertThatThrownBy(() -> suggestion().withAssignedDate(java.util.Optional.empty())
        .withExtensionApprovedDate(LocalDate.of(2019, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extensionApprovedDate 2019-01-01 must not be before submittedDate 2019-01-08");
  }

  @Test
  void rejects_a_handling_unit_listed_twice() {
    assertThatThrownBy(() -> suggestion().withHandlingAssignments(HandlingAssignment.of(EDUCATION, HandlingRole.LEAD),
        HandlingAssignment.of(EDUCATION, HandlingRole.ASSISTING)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("handlingAssignments organizationIds lists O-JTJ more than once");
  }

  @Test
  void rejects_a_dispute_before_assignment() {
    assertThatThrownBy(() -> suggestion().withHandlingAssignments(HandlingAssignment.builder()
        .organizationId(EDUCATION).role(HandlingRole.LEAD).disputedDate(LocalDate.of(2019, 2, 19)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("handlingAssignments[0].disputedDate 2019-02-19 must not be before assignedDate");
  }

  @Test
  void rejects_a_dispute_before_submission() {
    assertThatThrownBy(() -> suggestion().withAssignedDate(java.util.Optional.empty())
        .withHandlingAssignments(HandlingAssignment.builder().organizationId(EDUCATION).role(HandlingRole.LEAD)
            .disputedDate(LocalDate.of(2019, 1, 2)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("handlingAssignments[0].disputedDate 2019-01-02 must not be before submittedDate");
  }

  @Test
  void rejects_key_supervision_decided_before_submission() {
    assertThatThrownBy(() -> suggestion().withKeySupervision(KeySupervision.builder()
        .decidedBy(KeySupervisionBody.STANDING_COMMITTEE).decisionDate(LocalDate.of(2018, 12, 1)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keySupervision.decisionDate 2018-12-01 must not be before submittedDate 2019-01-08");
  }

  @Test
  void rejects_a_supervising_leader_listed_twice() {
    assertThatThrownBy(() -> KeySupervision.builder().decidedBy(KeySupervisionBody.DIRECTORS_MEETING)
        .addLeaderIds(PersonId.of("P-1"), PersonId.of("P-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaderIds lists P-1 more than once");
  }

  @Test
  void rejects_an_answer_before_assignment() {
    assertThatThrownBy(() -> suggestion().withAnswers(SuggestionAnswer.builder().date(LocalDate.of(2019, 2, 1))
        .organizationId(EDUCATION).outcome(SuggestionOutcome.PLANNED).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("answers[0].date 2019-02-01 must not be before assignedDate 2019-02-20");
  }

  @Test
  void rejects_an_answer_before_submission() {
    assertThatThrownBy(() -> suggestion().withAssignedDate(java.util.Optional.empty())
        .withAnswers(SuggestionAnswer.builder().date(LocalDate.of(2019, 1, 1)).organizationId(EDUCATION)
            .outcome(SuggestionOutcome.PLANNED).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("answers[0].date 2019-01-01 must not be before submittedDate 2019-01-08");
  }

  @Test
  void rejects_feedback_before_submission() {
    assertThatThrownBy(() -> suggestion().withFeedback(DeputyFeedback.builder().date(LocalDate.of(2019, 1, 1))
        .grade(SatisfactionGrade.SATISFIED).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("feedback[0].date 2019-01-01 must not be before submittedDate 2019-01-08");
  }

  @Test
  void rejects_re_handling_before_submission() {
    assertThatThrownBy(() -> suggestion().withReHandlings(ReHandling.builder().date(LocalDate.of(2019, 1, 1))
        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reHandlings[0].date 2019-01-01 must not be before submittedDate 2019-01-08");
  }

  @Test
  void rejects_closure_before_assignment() {
    assertThatThrownBy(() -> suggestion().withClosedDate(LocalDate.of(2019, 2, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closedDate 2019-02-01 must not be before assignedDate 2019-02-20");
  }

  @Test
  void rejects_closure_before_submission() {
    assertThatThrownBy(() -> suggestion().withAssignedDate(java.util.Optional.empty())
        .withClosedDate(LocalDate.of(2019, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closedDate 2019-01-01 must not be before submittedDate 2019-01-08");
  }

  @Test
  void outcomes_carry_the_usual_letters() {
    assertThat(SuggestionOutcome.SOLVED.getCode()).isEqualTo("A");
    assertThat(SuggestionOutcome.FOR_REFERENCE.getCode()).isEqualTo("D");
    assertThat(SuggestionOutcome.DEFERRED.getLabel()).isEqualTo("因条件限制暂时难以解决");
  }

  @Test
  void passes_bean_validation_and_reports_a_format_violation() {
    jakarta.validation.Validator validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
    assertThat(validator.validate(suggestion())).isEmpty();
    assertThat(validator.validate(suggestion().withTitle(" "))).hasSize(1);
  }
}

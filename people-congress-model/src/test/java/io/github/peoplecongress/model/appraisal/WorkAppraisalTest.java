package io.github.peoplecongress.model.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.AppraisalId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class WorkAppraisalTest {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();

  static AppraisalVote vote(LocalDate date, SatisfactionTally tally) {
    return AppraisalVote.builder()
        .meetingId(MeetingId.of("M-16-06"))
        .date(date)
        .voterCount(22)
        .addVoterGroups(VoterGroup.COMMITTEE_MEMBERS)
        .secretBallot(true)
        .tally(tally)
        .declaredResult(SatisfactionGrade.SATISFIED)
        .build();
  }

  static ImmutableWorkAppraisal.Builder appraisal() {
    return WorkAppraisal.builder()
        .id(AppraisalId.of("W-2019-01"))
        .organizationId(OrganizationId.of("ORG-JSJ"))
        .startDate(LocalDate.of(2019, 3, 28));
  }

  static WorkAppraisal full() {
    return appraisal()
        .scope("全面工作")
        .selectionMethod(SelectionMethod.VOTE_AT_MEETING)
        .selectionMeetingId(MeetingId.of("M-16-02"))
        // recorded out of order on purpose
        .addSteps(AppraisalStep.of(AppraisalStepKind.CONSULT, LocalDate.of(2019, 5, 6)))
        .addSteps(AppraisalStep.builder().kind(AppraisalStepKind.HEAR_REPORT).date(LocalDate.of(2019, 4, 26))
            .meetingId(MeetingId.of("M-16-03")).build())
        .addSteps(AppraisalStep.builder().kind(AppraisalStepKind.INSPECT_RECORDS).date(LocalDate.of(2019, 5, 13))
            .endDate(LocalDate.of(2019, 5, 17)).note("察看台账").build())
        .vote(vote(LocalDate.of(2019, 6, 27), SatisfactionTally.of(15, 5, 1, 1)))
        .rectificationReportDate(LocalDate.of(2019, 9, 20))
        .reReportMeetingId(MeetingId.of("M-16-07"))
        .reReportDate(LocalDate.of(2019, 10, 29))
        .rectificationVote(vote(LocalDate.of(2019, 10, 29), SatisfactionTally.of(20, 2, 0, 0)))
        .note("建设局")
        .build();
  }

  @Test
  void round_trips_through_json() throws Exception {
    WorkAppraisal appraisal = full();
    String json = MAPPER.writeValueAsString(appraisal);
    assertThat(MAPPER.readValue(json, WorkAppraisal.class)).isEqualTo(appraisal);
    assertThat(json).doesNotContain("stepsInOrder", "missingSteps", "\"result\"");
  }

  @Test
  void round_trips_a_performance_appraisal_with_no_steps() throws Exception {
    WorkAppraisal appraisal = appraisal().appraisedPersonId(PersonId.of("P-030")).build();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(appraisal), WorkAppraisal.class)).isEqualTo(appraisal);
  }

  @Test
  void round_trips_a_step_and_a_vote() throws Exception {
    AppraisalStep step = AppraisalStep.builder().kind(AppraisalStepKind.FOLLOW_UP).date(LocalDate.of(2019, 11, 1))
        .endDate(LocalDate.of(2019, 12, 1)).meetingId(MeetingId.of("M-1")).note("督促").build();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(step), AppraisalStep.class)).isEqualTo(step);
    AppraisalVote vote = vote(LocalDate.of(2019, 6, 27), SatisfactionTally.of(2, 0, 0, 0));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(vote), AppraisalVote.class)).isEqualTo(vote);
  }

  @Test
  void orders_steps_by_the_expected_order() {
    assertThat(full().stepsInOrder()).extracting(AppraisalStep::getKind).containsExactly(
        AppraisalStepKind.HEAR_REPORT, AppraisalStepKind.CONSULT, AppraisalStepKind.INSPECT_RECORDS);
    assertThat(full().getSteps()).extracting(AppraisalStep::getKind).startsWith(AppraisalStepKind.CONSULT);
    assertThat(AppraisalStepKind.HEAR_REPORT.precedes(AppraisalStepKind.FOLLOW_UP)).isTrue();
    assertThat(AppraisalStepKind.FOLLOW_UP.precedes(AppraisalStepKind.FOLLOW_UP)).isFalse();
  }

  @Test
  void finds_a_step_by_kind_and_the_missing_ones() {
    WorkAppraisal appraisal = full();
    assertThat(appraisal.step(AppraisalStepKind.INSPECT_RECORDS)).get()
        .extracting(AppraisalStep::lastDate).isEqualTo(LocalDate.of(2019, 5, 17));
    assertThat(appraisal.step(AppraisalStepKind.SATISFACTION_VOTE)).isEmpty();
    assertThat(appraisal.missingSteps()).containsExactly(AppraisalStepKind.SATISFACTION_VOTE,
        AppraisalStepKind.RECTIFICATION_ADVICE, AppraisalStepKind.FOLLOW_UP);
  }

  @Test
  void is_dated_by_its_start() {
    assertThat(full().recordDate()).isEqualTo(LocalDate.of(2019, 3, 28));
    assertThat(full().year()).isEqualTo(Year.of(2019));
    assertThat(full().result()).hasValue(SatisfactionGrade.SATISFIED);
    assertThat(appraisal().build().result()).isEmpty();
  }

  @Test
  void lists_every_reference() {
    assertThat(full().references()).containsExactly(
        Reference.of("organizationId", OrganizationId.of("ORG-JSJ")),
        Reference.of("selectionMeetingId", MeetingId.of("M-16-02")),
        Reference.of("steps[1].meetingId", MeetingId.of("M-16-03")),
        Reference.of("vote.meetingId", MeetingId.of("M-16-06")),
        Reference.of("reReportMeetingId", MeetingId.of("M-16-07")),
        Reference.of("rectificationVote.meetingId", MeetingId.of("M-16-06")));
    assertThat(appraisal().appraisedPersonId(PersonId.of("P-030")).build().references())
        .contains(Reference.of("appraisedPersonId", PersonId.of("P-030")));
  }

  @Test
  void lists_voter_ids_of_a_vote() {
    AppraisalVote vote = AppraisalVote.builder().meetingId(MeetingId.of("M-1")).date(LocalDate.of(2019, 6, 27))
        .voterCount(2).addVoterIds(PersonId.of("P-1"), PersonId.of("P-2")).tally(SatisfactionTally.of(1, 1, 0, 0))
        .build();
    assertThat(vote.references()).containsExactly(Reference.of("meetingId", MeetingId.of("M-1")),
        Reference.of("voterIds[0]", PersonId.of("P-1")), Reference.of("voterIds[1]", PersonId.of("P-2")));
    assertThat(vote.ballotsCast()).isEqualTo(2);
  }

  @Test
  void keeps_steps_whose_dates_go_backwards() {
    // order is the rules module's: a vote dated before the report hearing can be recorded
    WorkAppraisal appraisal = appraisal()
        .addSteps(AppraisalStep.of(AppraisalStepKind.HEAR_REPORT, LocalDate.of(2019, 6, 1)))
        .addSteps(AppraisalStep.of(AppraisalStepKind.SATISFACTION_VOTE, LocalDate.of(2019, 5, 1)))
        .build();
    assertThat(appraisal.getSteps()).hasSize(2);
  }

  @Test
  void rejects_a_step_kind_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> appraisal()
            .addSteps(AppraisalStep.of(AppraisalStepKind.CONSULT, LocalDate.of(2019, 5, 1)))
            .addSteps(AppraisalStep.of(AppraisalStepKind.CONSULT, LocalDate.of(2019, 5, 2)))
            .build())
        .withMessageContainingAll("W-2019-01", "steps kinds", "CONSULT", "more than once");
  }

  @Test
  void rejects_a_rectification_vote_before_the_vote() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> appraisal()
            .vote(vote(LocalDate.of(2019, 6, 27), SatisfactionTally.of(1, 0, 0, 0)))
            .rectificationVote(vote(LocalDate.of(2019, 6, 26), SatisfactionTally.of(1, 0, 0, 0)))
            .build())
        .withMessageContainingAll("rectificationVote date 2019-06-26", "vote date 2019-06-27");
  }

  @Test
  void rejects_a_step_ending_before_it_starts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AppraisalStep.builder().kind(AppraisalStepKind.INSPECT_RECORDS)
            .date(LocalDate.of(2019, 5, 13)).endDate(LocalDate.of(2019, 5, 12)).build())
        .withMessageContainingAll("INSPECT_RECORDS", "endDate 2019-05-12", "date 2019-05-13");
  }

  @Test
  void rejects_more_ballots_than_voters() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AppraisalVote.builder().meetingId(MeetingId.of("M-1")).date(LocalDate.of(2019, 6, 27))
            .voterCount(3).tally(SatisfactionTally.of(2, 1, 0, 1)).build())
        .withMessageContainingAll("ballots cast", "4", "voterCount 3");
  }

  @Test
  void rejects_a_negative_voter_count() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AppraisalVote.builder().meetingId(MeetingId.of("M-1")).date(LocalDate.of(2019, 6, 27))
            .voterCount(-1).tally(SatisfactionTally.of(0, 0, 0, 0)).build())
        .withMessageContainingAll("voterCount", "-1");
  }

  @Test
  void rejects_a_voter_listed_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AppraisalVote.builder().meetingId(MeetingId.of("M-1")).date(LocalDate.of(2019, 6, 27))
            .voterCount(2).addVoterIds(PersonId.of("P-1"), PersonId.of("P-1")).tally(SatisfactionTally.of(1, 0, 0, 0))
            .build())
        .withMessageContainingAll("voterIds", "P-1", "more than once");
  }

  @Test
  void rejects_voter_ids_that_do_not_match_the_count() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AppraisalVote.builder().meetingId(MeetingId.of("M-1")).date(LocalDate.of(2019, 6, 27))
            .voterCount(3).addVoterIds(PersonId.of("P-1"), PersonId.of("P-2")).tally(SatisfactionTally.of(1, 0, 0, 0))
            .build())
        .withMessageContainingAll("voterIds lists 2", "voterCount is 3");
  }

  @Test
  void keeps_non_member_voters() {
    // only committee members should vote: the rules module reports deputies voting
    AppraisalVote vote = AppraisalVote.builder().meetingId(MeetingId.of("M-1")).date(LocalDate.of(2019, 6, 27))
        .voterCount(30).addVoterGroups(VoterGroup.COMMITTEE_MEMBERS, VoterGroup.DEPUTIES)
        .tally(SatisfactionTally.of(10, 10, 10, 0)).declaredResult(SatisfactionGrade.DISSATISFIED).build();
    assertThat(vote.getVoterGroups()).contains(VoterGroup.DEPUTIES);
  }

  @Test
  void every_enum_constant_has_a_chinese_label() {
    assertThat(AppraisalStepKind.INSPECT_RECORDS.getLabel()).isEqualTo("实地察看工作台账");
    for (AppraisalStepKind kind : AppraisalStepKind.values()) {
      assertThat(kind.getLabel()).matches(".*\\p{IsHan}.*");
    }
    for (SelectionMethod method : SelectionMethod.values()) {
      assertThat(method.getLabel()).matches(".*\\p{IsHan}.*");
    }
    for (VoterGroup group : VoterGroup.values()) {
      assertThat(group.getLabel()).matches(".*\\p{IsHan}.*");
    }
  }
}

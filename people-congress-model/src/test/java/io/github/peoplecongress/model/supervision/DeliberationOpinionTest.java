package io.github.peoplecongress.model.supervision;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.InspectionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OpinionId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.OversightActivityId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.WorkReportId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliberationOpinionTest {

  static DeliberationOpinion sample() {
    return DeliberationOpinion.builder()
        .id(OpinionId.of("OP-2019-03"))
        .workReportId(WorkReportId.of("WR-2019-03"))
        .meetingId(MeetingId.of("M-16-03"))
        .sentDate(LocalDate.of(2019, 5, 5))
        .organ(StateOrgan.GOVERNMENT)
        .organizationId(OrganizationId.of("ORG-GA"))
        .content("一、加强重点地区治安整治；二、提高破案率。")
        .resolutionId(DecisionId.of("DEC-2019-02"))
        .deadline(LocalDate.of(2019, 8, 5))
        .handlingReportDate(LocalDate.of(2019, 7, 30))
        .handlingReportMeetingId(MeetingId.of("M-16-05"))
        .publishedDate(LocalDate.of(2019, 8, 30))
        .build();
  }

  @Test
  void round_trips_through_json() {
    DeliberationOpinion opinion = sample();
    assertThat(Json.roundTrip(opinion, DeliberationOpinion.class)).isEqualTo(opinion);
  }

  @Test
  void round_trips_an_opinion_on_an_inspection_and_on_a_special_inquiry() {
    DeliberationOpinion onInspection = DeliberationOpinion.builder().id(OpinionId.of("OP-2"))
        .inspectionId(InspectionId.of("INS-1")).meetingId(MeetingId.of("M-1")).sentDate(LocalDate.of(2019, 6, 1))
        .organ(StateOrgan.COURT).build();
    DeliberationOpinion onInquiry = DeliberationOpinion.builder().id(OpinionId.of("OP-3"))
        .inquiryId(OversightActivityId.of("OA-1")).meetingId(MeetingId.of("M-1")).sentDate(LocalDate.of(2019, 6, 1))
        .organ(StateOrgan.GOVERNMENT).build();
    assertThat(Json.roundTrip(onInspection, DeliberationOpinion.class)).isEqualTo(onInspection);
    assertThat(Json.roundTrip(onInquiry, DeliberationOpinion.class)).isEqualTo(onInquiry);
  }

  @Test
  void lists_every_reference() {
    assertThat(sample().references()).containsExactly(
        Reference.of("workReportId", WorkReportId.of("WR-2019-03")),
        Reference.of("meetingId", MeetingId.of("M-16-03")),
        Reference.of("organizationId", OrganizationId.of("ORG-GA")),
        Reference.of("resolutionId", DecisionId.of("DEC-2019-02")),
        Reference.of("handlingReportMeetingId", MeetingId.of("M-16-05")));
    assertThat(sample().recordDate()).isEqualTo(LocalDate.of(2019, 5, 5));
  }

  @Test
  void rejects_an_opinion_on_two_subjects() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableDeliberationOpinion.copyOf(sample()).withInspectionId(InspectionId.of("INS-1")))
        .withMessage("DeliberationOpinion OP-2019-03: exactly one of workReportId, inspectionId and inquiryId must be"
            + " set, but workReportId was WR-2019-03, inspectionId was INS-1 and inquiryId was null");
  }

  @Test
  void rejects_an_opinion_on_no_subject() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableDeliberationOpinion.copyOf(sample()).withWorkReportId(Optional.empty()))
        .withMessage("DeliberationOpinion OP-2019-03: exactly one of workReportId, inspectionId and inquiryId must be"
            + " set, but workReportId was null, inspectionId was null and inquiryId was null");
  }

  @Test
  void rejects_a_handling_report_before_the_opinions_were_sent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableDeliberationOpinion.copyOf(sample())
            .withHandlingReportDate(LocalDate.of(2019, 5, 4)))
        .withMessage("DeliberationOpinion OP-2019-03: handlingReportDate 2019-05-04 must not be before sentDate"
            + " 2019-05-05");
  }

  @Test
  void keeps_a_deadline_before_the_sending_date_for_the_rules_to_judge() {
    assertThat(ImmutableDeliberationOpinion.copyOf(sample()).withDeadline(LocalDate.of(2019, 5, 1)).getDeadline())
        .contains(LocalDate.of(2019, 5, 1));
  }
}

package io.github.peoplecongress.model.decision;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.InspectionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.vote.VoteTally;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionTest {

  static Decision sample() {
    return Decision.builder()
        .id(DecisionId.of("DEC-2019-04"))
        .kind(DecisionKind.RESOLUTION)
        .title("关于区人民政府民事执行工作情况报告的决议")
        .subject(DecisionSubject.SPECIAL_WORK_REPORT)
        .meetingId(MeetingId.of("M-16-05"))
        .date(LocalDate.of(2019, 8, 28))
        .documentNumber("X人常〔2019〕12号")
        .vote(VoteTally.of(21, 0, 1, 0))
        .adopted(true)
        .workReportId(WorkReportId.of("WR-2019-03"))
        .addAddressedOrgans(StateOrgan.COURT)
        .addAddressedOrganizationIds(OrganizationId.of("ORG-COURT"))
        .reportDeadline(LocalDate.of(2019, 11, 30))
        .reportDate(LocalDate.of(2019, 11, 20))
        .publishedDate(LocalDate.of(2019, 9, 2))
        .build();
  }

  @Test
  void round_trips_through_json() {
    Decision decision = sample();
    assertThat(Json.roundTrip(decision, Decision.class)).isEqualTo(decision);
  }

  @Test
  void round_trips_a_referral_without_a_vote() {
    Decision referral = Decision.builder().id(DecisionId.of("DEC-2019-09")).kind(DecisionKind.REFERRAL)
        .title("关于城中村改造的审议意见").subject(DecisionSubject.MAJOR_MATTER).meetingId(MeetingId.of("M-16-06"))
        .date(LocalDate.of(2019, 10, 30)).adopted(true).addAddressedOrgans(StateOrgan.GOVERNMENT).build();
    String json = Json.write(referral);
    assertThat(json).doesNotContain("vote");
    assertThat(Json.read(json, Decision.class)).isEqualTo(referral);
    assertThat(referral.getKind().resolutionOrDecision()).isFalse();
    assertThat(DecisionKind.RESOLUTION.resolutionOrDecision()).isTrue();
    assertThat(DecisionKind.DECISION.resolutionOrDecision()).isTrue();
  }

  @Test
  void lists_every_reference() {
    Decision decision = ImmutableDecision.copyOf(sample()).withInspectionId(InspectionId.of("INS-1"));
    assertThat(decision.references()).containsExactly(
        Reference.of("meetingId", MeetingId.of("M-16-05")),
        Reference.of("workReportId", WorkReportId.of("WR-2019-03")),
        Reference.of("inspectionId", InspectionId.of("INS-1")),
        Reference.of("addressedOrganizationIds[0]", OrganizationId.of("ORG-COURT")));
    assertThat(decision.recordDate()).isEqualTo(LocalDate.of(2019, 8, 28));
  }

  @Test
  void rejects_a_report_deadline_before_adoption() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableDecision.copyOf(sample()).withReportDeadline(LocalDate.of(2019, 8, 1)))
        .withMessage("Decision DEC-2019-04: reportDeadline 2019-08-01 must not be before date 2019-08-28");
  }

  @Test
  void rejects_a_report_date_before_adoption() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableDecision.copyOf(sample()).withReportDate(LocalDate.of(2019, 8, 27)))
        .withMessage("Decision DEC-2019-04: reportDate 2019-08-27 must not be before date 2019-08-28");
  }

  @Test
  void rejects_a_publication_before_adoption() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableDecision.copyOf(sample()).withPublishedDate(LocalDate.of(2019, 8, 27)))
        .withMessage("Decision DEC-2019-04: publishedDate 2019-08-27 must not be before date 2019-08-28");
  }

  @Test
  void rejects_an_organ_addressed_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableDecision.copyOf(sample()).withAddressedOrgans(StateOrgan.COURT, StateOrgan.COURT))
        .withMessage("Decision DEC-2019-04: addressedOrgans lists COURT more than once");
  }

  @Test
  void rejects_an_organization_addressed_twice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableDecision.copyOf(sample())
            .withAddressedOrganizationIds(OrganizationId.of("O-1"), OrganizationId.of("O-1")))
        .withMessage("Decision DEC-2019-04: addressedOrganizationIds lists O-1 more than once");
  }

  @Test
  void labels_every_enum_constant_in_chinese() {
    assertThat(DecisionKind.RESOLUTION.getLabel()).isEqualTo("决议");
    assertThat(DecisionSubject.MAJOR_MATTER.getLabel()).isEqualTo("重大事项");
    for (DecisionKind kind : DecisionKind.values()) {
      assertThat(kind.getLabel()).matches(".*\\p{IsHan}.*");
    }
    for (DecisionSubject subject : DecisionSubject.values()) {
      assertThat(subject.getLabel()).matches(".*\\p{IsHan}.*");
    }
  }
}

package io.github.peoplecongress.model.supervision;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.DocumentId;
import io.github.peoplecongress.model.id.InspectionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.OversightActivityId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.WorkReportId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OversightActivityTest {

  static OversightActivity sample() {
    return OversightActivity.builder()
        .id(OversightActivityId.of("OA-2019-02"))
        .kind(OversightKind.STUDY_TOUR)
        .topic("发展楼宇经济")
        .organizerId(OrganizationId.of("ORG-CJW"))
        .startDate(LocalDate.of(2019, 6, 10))
        .endDate(LocalDate.of(2019, 6, 15))
        .addPlaces("深圳", "厦门", "成都")
        .addMemberIds(PersonId.of("P-002"))
        .addDeputyIds(DeputyId.of("D-017"))
        .addOrgans(StateOrgan.GOVERNMENT)
        .addOrganizationIds(OrganizationId.of("ORG-FGW"))
        .meetingId(MeetingId.of("M-16-04"))
        .workReportId(WorkReportId.of("WR-1"))
        .inspectionId(InspectionId.of("INS-1"))
        .researchReportId(DocumentId.of("DOC-RR-1"))
        .build();
  }

  @Test
  void round_trips_through_json() {
    OversightActivity activity = sample();
    assertThat(Json.roundTrip(activity, OversightActivity.class)).isEqualTo(activity);
    assertThat(activity.getMode()).isEqualTo(InspectionMode.OWN);
  }

  @Test
  void lists_every_reference() {
    assertThat(sample().references()).containsExactly(
        Reference.of("organizerId", OrganizationId.of("ORG-CJW")),
        Reference.of("memberIds[0]", PersonId.of("P-002")),
        Reference.of("deputyIds[0]", DeputyId.of("D-017")),
        Reference.of("organizationIds[0]", OrganizationId.of("ORG-FGW")),
        Reference.of("meetingId", MeetingId.of("M-16-04")),
        Reference.of("workReportId", WorkReportId.of("WR-1")),
        Reference.of("inspectionId", InspectionId.of("INS-1")),
        Reference.of("researchReportId", DocumentId.of("DOC-RR-1")));
    assertThat(sample().recordDate()).isEqualTo(LocalDate.of(2019, 6, 10));
  }

  @Test
  void rejects_end_before_start() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableOversightActivity.copyOf(sample()).withEndDate(LocalDate.of(2019, 6, 9)))
        .withMessage("OversightActivity OA-2019-02: endDate 2019-06-09 must not be before startDate 2019-06-10");
  }

  @Test
  void rejects_duplicates() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableOversightActivity.copyOf(sample()).withMemberIds(PersonId.of("P-1"),
            PersonId.of("P-1")))
        .withMessage("OversightActivity OA-2019-02: memberIds lists P-1 more than once");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableOversightActivity.copyOf(sample()).withDeputyIds(DeputyId.of("D-1"),
            DeputyId.of("D-1")))
        .withMessage("OversightActivity OA-2019-02: deputyIds lists D-1 more than once");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableOversightActivity.copyOf(sample()).withOrgans(StateOrgan.COURT, StateOrgan.COURT))
        .withMessage("OversightActivity OA-2019-02: organs lists COURT more than once");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableOversightActivity.copyOf(sample()).withOrganizationIds(OrganizationId.of("O-1"),
            OrganizationId.of("O-1")))
        .withMessage("OversightActivity OA-2019-02: organizationIds lists O-1 more than once");
  }
}

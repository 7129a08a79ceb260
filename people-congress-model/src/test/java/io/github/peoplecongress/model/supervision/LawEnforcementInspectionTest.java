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
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LawEnforcementInspectionTest {

  static LawEnforcementInspection sample() {
    return LawEnforcementInspection.builder()
        .id(InspectionId.of("INS-2019-01"))
        .title("《安全生产法》《道路交通安全法》执法检查")
        .addLaws(InspectedLaw.of("《中华人民共和国安全生产法》", LawLevel.LAW))
        .addLaws(InspectedLaw.of("《中华人民共和国道路交通安全法》", LawLevel.LAW))
        .mode(InspectionMode.OWN)
        .organizerId(OrganizationId.of("ORG-FGW"))
        .startDate(LocalDate.of(2019, 5, 6))
        .endDate(LocalDate.of(2019, 5, 10))
        .addForms(InspectionForm.FORUM, InspectionForm.SITE_INSPECTION)
        .addMemberIds(PersonId.of("P-002"), PersonId.of("P-005"))
        .addStaffIds(PersonId.of("S-001"))
        .addDeputyIds(DeputyId.of("D-017"))
        .addInspectedOrgans(StateOrgan.GOVERNMENT)
        .addInspectedOrganizationIds(OrganizationId.of("ORG-AJJ"))
        .reportDate(LocalDate.of(2019, 6, 1))
        .reportDocumentId(DocumentId.of("DOC-9"))
        .meetingId(MeetingId.of("M-16-04"))
        .publishedDate(LocalDate.of(2019, 7, 1))
        .build();
  }

  @Test
  void round_trips_through_json() {
    LawEnforcementInspection inspection = sample();
    assertThat(Json.roundTrip(inspection, LawEnforcementInspection.class)).isEqualTo(inspection);
  }

  @Test
  void round_trips_a_joint_inspection_with_the_higher_level() {
    LawEnforcementInspection joint = LawEnforcementInspection.builder().id(InspectionId.of("INS-2019-05"))
        .title("配合省人大常委会《食品安全法》执法检查")
        .addLaws(InspectedLaw.of("《中华人民共和国食品安全法》", LawLevel.LAW))
        .mode(InspectionMode.JOINT_WITH_HIGHER).addPartners("省人大常委会", "市人大常委会")
        .startDate(LocalDate.of(2019, 9, 2)).build();
    assertThat(Json.roundTrip(joint, LawEnforcementInspection.class)).isEqualTo(joint);
    assertThat(Json.roundTrip(joint.getLaws().get(0), InspectedLaw.class)).isEqualTo(joint.getLaws().get(0));
  }

  @Test
  void lists_every_reference() {
    assertThat(sample().references()).containsExactly(
        Reference.of("organizerId", OrganizationId.of("ORG-FGW")),
        Reference.of("memberIds[0]", PersonId.of("P-002")),
        Reference.of("memberIds[1]", PersonId.of("P-005")),
        Reference.of("staffIds[0]", PersonId.of("S-001")),
        Reference.of("deputyIds[0]", DeputyId.of("D-017")),
        Reference.of("inspectedOrganizationIds[0]", OrganizationId.of("ORG-AJJ")),
        Reference.of("reportDocumentId", DocumentId.of("DOC-9")),
        Reference.of("meetingId", MeetingId.of("M-16-04")));
    assertThat(sample().recordDate()).isEqualTo(LocalDate.of(2019, 5, 6));
  }

  @Test
  void rejects_an_inspection_of_no_law() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableLawEnforcementInspection.copyOf(sample()).withLaws(List.of()))
        .withMessage("LawEnforcementInspection INS-2019-01: laws must list at least one law, but was empty");
  }

  @Test
  void rejects_a_law_listed_twice() {
    InspectedLaw law = InspectedLaw.of("《中华人民共和国安全生产法》", LawLevel.LAW);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableLawEnforcementInspection.copyOf(sample()).withLaws(law, law))
        .withMessage("LawEnforcementInspection INS-2019-01: laws titles lists 《中华人民共和国安全生产法》 more than once");
  }

  @Test
  void rejects_end_before_start() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableLawEnforcementInspection.copyOf(sample()).withEndDate(LocalDate.of(2019, 5, 5)))
        .withMessage("LawEnforcementInspection INS-2019-01: endDate 2019-05-05 must not be before startDate 2019-05-06");
  }

  @Test
  void rejects_a_report_before_the_start() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableLawEnforcementInspection.copyOf(sample()).withReportDate(LocalDate.of(2019, 5, 1)))
        .withMessage("LawEnforcementInspection INS-2019-01: reportDate 2019-05-01 must not be before startDate 2019-05-06");
  }

  @Test
  void rejects_duplicate_participants() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableLawEnforcementInspection.copyOf(sample())
            .withMemberIds(PersonId.of("P-2"), PersonId.of("P-2")))
        .withMessageContaining("memberIds lists P-2 more than once");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableLawEnforcementInspection.copyOf(sample())
            .withStaffIds(PersonId.of("S-2"), PersonId.of("S-2")))
        .withMessageContaining("staffIds lists S-2 more than once");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableLawEnforcementInspection.copyOf(sample())
            .withDeputyIds(DeputyId.of("D-2"), DeputyId.of("D-2")))
        .withMessageContaining("deputyIds lists D-2 more than once");
  }

  @Test
  void rejects_duplicate_partners_and_inspected_bodies() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableLawEnforcementInspection.copyOf(sample()).withPartners("省人大常委会", "省人大常委会"))
        .withMessageContaining("partners lists 省人大常委会 more than once");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableLawEnforcementInspection.copyOf(sample())
            .withInspectedOrgans(StateOrgan.COURT, StateOrgan.COURT))
        .withMessageContaining("inspectedOrgans lists COURT more than once");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableLawEnforcementInspection.copyOf(sample())
            .withInspectedOrganizationIds(OrganizationId.of("O-1"), OrganizationId.of("O-1")))
        .withMessageContaining("inspectedOrganizationIds lists O-1 more than once");
  }
}

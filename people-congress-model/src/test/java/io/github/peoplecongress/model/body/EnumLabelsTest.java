package io.github.peoplecongress.model.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnumLabelsTest {

  @Test
  void every_constant_has_a_chinese_label() {
    for (DistrictKind value : DistrictKind.values()) {
      assertThat(value.getLabel()).isNotBlank();
    }
    for (CommitteeRole value : CommitteeRole.values()) {
      assertThat(value.getLabel()).isNotBlank();
    }
    for (MembershipEndReason value : MembershipEndReason.values()) {
      assertThat(value.getLabel()).isNotBlank();
    }
    for (OrganizationKind value : OrganizationKind.values()) {
      assertThat(value.getLabel()).isNotBlank();
    }
    assertThat(CommitteeRole.DEPUTY_DIRECTOR.getLabel()).isEqualTo("副主任");
    assertThat(DistrictKind.CITY_DISTRICT.getLabel()).isEqualTo("市辖区");
  }

  @Test
  void directors_meeting_is_director_and_deputy_directors() {
    assertThat(CommitteeRole.DIRECTOR.sitsOnDirectorsMeeting()).isTrue();
    assertThat(CommitteeRole.DEPUTY_DIRECTOR.sitsOnDirectorsMeeting()).isTrue();
    assertThat(CommitteeRole.MEMBER.sitsOnDirectorsMeeting()).isFalse();
  }
}

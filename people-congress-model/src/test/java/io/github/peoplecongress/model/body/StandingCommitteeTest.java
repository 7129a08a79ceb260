package io.github.peoplecongress.model.body;

import io.github.peoplecongress.model.testing.Json;
import static io.github.peoplecongress.model.body.Samples.TERM_START;
import static io.github.peoplecongress.model.body.Samples.membership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StandingCommitteeTest {

  @Test
  void round_trips_through_json() {
    StandingCommittee committee = Samples.committee();
    assertThat(Json.roundTrip(committee, StandingCommittee.class)).isEqualTo(committee);
  }

  @Test
  void members_on_a_day_exclude_those_who_left() {
    StandingCommittee committee = Samples.committee();
    assertThat(committee.membersOn(LocalDate.of(2019, 4, 25))).extracting(m -> m.getId().toString())
        .containsExactly("M-001", "M-002", "M-003", "M-004");
    assertThat(committee.membersOn(LocalDate.of(2019, 4, 26))).extracting(m -> m.getId().toString())
        .containsExactly("M-001", "M-002", "M-004");
    assertThat(committee.membersOn(TERM_START.minusDays(1))).isEmpty();
    assertThat(committee.vacanciesOn(LocalDate.of(2019, 4, 26))).isEqualTo(24);
  }

  @Test
  void directors_meeting_is_the_director_and_deputy_directors_in_office() {
    StandingCommittee committee = Samples.committee();
    assertThat(committee.directorsMeetingOn(LocalDate.of(2019, 5, 1))).extracting(m -> m.getId().toString())
        .containsExactly("M-001", "M-002");
    assertThat(committee.directorOn(LocalDate.of(2019, 5, 1))).contains(Samples.director());
    assertThat(committee.actingDirectorOn(LocalDate.of(2019, 5, 1))).contains(Samples.deputyDirector());
    assertThat(committee.actingDirectorOn(LocalDate.of(2019, 7, 1))).isEmpty();
  }

  @Test
  void finds_memberships_by_person_and_id() {
    StandingCommittee committee = Samples.committee();
    assertThat(committee.membershipsOf(PersonId.of("P-003"))).containsExactly(Samples.resignedMember());
    assertThat(committee.membership(MembershipId.of("M-004"))).contains(Samples.member());
    assertThat(committee.membership(MembershipId.of("M-404"))).isEmpty();
  }

  @Test
  void lists_nested_references() {
    assertThat(Samples.committee().references())
        .contains(Reference.of("memberships[0].personId", PersonId.of("P-001")))
        .contains(Reference.of("memberships[3].personId", PersonId.of("P-004")));
  }

  @Test
  void accepts_a_change_of_post_on_the_day_the_old_one_ends() {
    LocalDate promoted = LocalDate.of(2019, 1, 5);
    StandingCommittee committee = StandingCommittee.builder().size(27)
        .addMemberships(membership("M-1", "P-1", CommitteeRole.MEMBER, TERM_START).endDate(promoted)
            .endReason(MembershipEndReason.ROLE_CHANGED).build())
        .addMemberships(membership("M-2", "P-1", CommitteeRole.DEPUTY_DIRECTOR, promoted).build())
        .build();
    assertThat(committee.membersOn(promoted)).extracting(CommitteeMembership::getRole)
        .containsExactly(CommitteeRole.DEPUTY_DIRECTOR);
  }

  @Test
  void rejects_overlapping_memberships_of_one_person() {
    assertThatThrownBy(() -> StandingCommittee.builder().size(27)
        .addMemberships(membership("M-1", "P-1", CommitteeRole.MEMBER, TERM_START).build())
        .addMemberships(membership("M-2", "P-1", CommitteeRole.DEPUTY_DIRECTOR, LocalDate.of(2019, 1, 5)).build())
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("M-1").hasMessageContaining("M-2").hasMessageContaining("P-1")
        .hasMessageContaining("overlap");
  }

  @Test
  void rejects_repeated_membership_ids() {
    assertThatThrownBy(() -> StandingCommittee.builder().size(27)
        .addMemberships(membership("M-1", "P-1", CommitteeRole.MEMBER, TERM_START).build())
        .addMemberships(membership("M-1", "P-2", CommitteeRole.MEMBER, TERM_START).build())
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("membership ids").hasMessageContaining("M-1");
  }
}

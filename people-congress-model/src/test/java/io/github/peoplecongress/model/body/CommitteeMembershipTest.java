package io.github.peoplecongress.model.body;

import io.github.peoplecongress.model.testing.Json;
import static io.github.peoplecongress.model.body.Samples.TERM_START;
import static io.github.peoplecongress.model.body.Samples.membership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.Reference;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommitteeMembershipTest {

  @Test
  void round_trips_through_json() {
    for (CommitteeMembership m : new CommitteeMembership[] {Samples.director(), Samples.deputyDirector(),
        Samples.resignedMember(), Samples.member()}) {
      assertThat(Json.roundTrip(m, CommitteeMembership.class)).isEqualTo(m);
    }
  }

  @Test
  void lists_every_reference() {
    assertThat(Samples.director().references()).containsExactly(
        Reference.of("personId", PersonId.of("P-001")),
        Reference.of("deputyId", DeputyId.of("D-001")),
        Reference.of("startActionId", PersonnelActionId.of("PA-001")));
    assertThat(Samples.resignedMember().references())
        .contains(Reference.of("endActionId", PersonnelActionId.of("PA-017")));
  }

  @Test
  void is_in_office_from_start_until_the_day_before_the_end() {
    CommitteeMembership m = Samples.resignedMember();
    assertThat(m.inOfficeOn(TERM_START.minusDays(1))).isFalse();
    assertThat(m.inOfficeOn(TERM_START)).isTrue();
    assertThat(m.inOfficeOn(LocalDate.of(2019, 4, 25))).isTrue();
    assertThat(m.inOfficeOn(LocalDate.of(2019, 4, 26))).isFalse();
    assertThat(Samples.member().inOfficeOn(LocalDate.of(2030, 1, 1))).isTrue();
  }

  @Test
  void is_in_office_during_a_period_that_overlaps_its_tenure() {
    CommitteeMembership m = Samples.resignedMember();
    assertThat(m.inOfficeDuring(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).isTrue();
    assertThat(m.inOfficeDuring(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 12, 31))).isFalse();
    assertThat(m.inOfficeDuring(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 9))).isFalse();
    assertThatThrownBy(() -> m.inOfficeDuring(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acts_as_director_only_within_the_acting_period() {
    CommitteeMembership m = Samples.deputyDirector();
    assertThat(m.actingDirectorOn(LocalDate.of(2019, 2, 28))).isFalse();
    assertThat(m.actingDirectorOn(LocalDate.of(2019, 3, 1))).isTrue();
    assertThat(m.actingDirectorOn(LocalDate.of(2019, 6, 27))).isTrue();
    assertThat(m.actingDirectorOn(LocalDate.of(2019, 6, 28))).isFalse();
    assertThat(Samples.member().actingDirectorOn(LocalDate.of(2019, 3, 1))).isFalse();
  }

  @Test
  void rejects_end_before_start() {
    assertThatThrownBy(() -> membership("M-9", "P-9", CommitteeRole.MEMBER, TERM_START)
        .endDate(TERM_START.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("M-9").hasMessageContaining("endDate 2017-01-09")
        .hasMessageContaining("startDate 2017-01-10");
  }

  @Test
  void rejects_end_reason_without_end_date() {
    assertThatThrownBy(() -> membership("M-9", "P-9", CommitteeRole.MEMBER, TERM_START)
        .endReason(MembershipEndReason.DIED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endReason DIED").hasMessageContaining("endDate");
  }

  @Test
  void rejects_acting_until_without_acting_from() {
    assertThatThrownBy(() -> membership("M-9", "P-9", CommitteeRole.DEPUTY_DIRECTOR, TERM_START)
        .actingDirectorUntil(LocalDate.of(2019, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actingDirectorUntil 2019-01-01").hasMessageContaining("actingDirectorFrom");
  }

  @Test
  void rejects_acting_before_start() {
    assertThatThrownBy(() -> membership("M-9", "P-9", CommitteeRole.DEPUTY_DIRECTOR, TERM_START)
        .actingDirectorFrom(LocalDate.of(2016, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actingDirectorFrom 2016-01-01").hasMessageContaining("startDate 2017-01-10");
  }

  @Test
  void rejects_acting_until_before_acting_from() {
    assertThatThrownBy(() -> membership("M-9", "P-9", CommitteeRole.DEPUTY_DIRECTOR, TERM_START)
        .actingDirectorFrom(LocalDate.of(2019, 3, 1)).actingDirectorUntil(LocalDate.of(2019, 2, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actingDirectorUntil 2019-02-01").hasMessageContaining("actingDirectorFrom 2019-03-01");
  }

  @Test
  void rejects_acting_after_the_end() {
    assertThatThrownBy(() -> membership("M-9", "P-9", CommitteeRole.DEPUTY_DIRECTOR, TERM_START)
        .endDate(LocalDate.of(2019, 1, 1)).actingDirectorFrom(LocalDate.of(2018, 3, 1))
        .actingDirectorUntil(LocalDate.of(2019, 2, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endDate 2019-01-01").hasMessageContaining("actingDirectorUntil 2019-02-01");
    assertThatThrownBy(() -> membership("M-9", "P-9", CommitteeRole.DEPUTY_DIRECTOR, TERM_START)
        .endDate(LocalDate.of(2019, 1, 1)).actingDirectorFrom(LocalDate.of(2019, 3, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endDate 2019-01-01").hasMessageContaining("actingDirectorFrom 2019-03-01");
  }
}

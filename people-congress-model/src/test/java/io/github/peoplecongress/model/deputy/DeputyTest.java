package io.github.peoplecongress.model.deputy;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.DeputyGroupId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeputyTest {
  static final LocalDate ELECTED = LocalDate.of(2016, 11, 15);
  static final LocalDate FIRST_SESSION = LocalDate.of(2017, 1, 10);

  static ImmutableDeputy.Builder base(String id) {
    return base(id, ELECTED);
  }

  static ImmutableDeputy.Builder base(String id, LocalDate elected) {
    return Deputy.builder().id(DeputyId.of(id)).personId(PersonId.of("P-" + id)).level(DeputyLevel.DISTRICT)
        .termNumber(17).electedDate(elected);
  }

  static Deputy full() {
    return base("D-042").constituencyId(ConstituencyId.of("C-12")).groupId(DeputyGroupId.of("G-03"))
        .workUnitId(OrganizationId.of("O-SCHOOL")).serviceStartDate(FIRST_SESSION)
        .addSuspensions(Suspension.builder().fromDate(LocalDate.of(2018, 5, 1)).untilDate(LocalDate.of(2018, 8, 1))
            .ground(SuspensionGround.DETAINED_IN_CRIMINAL_CASE).build())
        .terminationDate(LocalDate.of(2019, 3, 20)).terminationGround(TerminationGround.RESIGNATION_ACCEPTED)
        .terminationAnnouncedDate(LocalDate.of(2019, 3, 22)).note("因工作调动辞职").build();
  }

  static Deputy byElected() {
    return base("D-201", LocalDate.of(2019, 6, 10)).byElected(true)
        .serviceStartDate(LocalDate.of(2019, 6, 27)).constituencyId(ConstituencyId.of("C-12")).build();
  }

  @Test
  void round_trips_through_json() {
    for (Deputy deputy : new Deputy[] {full(), byElected(), base("D-1").build(),
        Deputy.builder().id(DeputyId.of("D-2")).personId(PersonId.of("P-2"))
        .level(DeputyLevel.CITY).termNumber(16).electedDate(LocalDate.of(2016, 12, 20)).build()}) {
      assertThat(Json.roundTrip(deputy, Deputy.class)).isEqualTo(deputy);
    }
    assertThat(Json.write(byElected())).contains("\"byElected\" : true");
  }

  @Test
  void service_starts_on_the_election_day_unless_recorded() {
    assertThat(base("D-1").build().getServiceStartDate()).isEqualTo(ELECTED);
    assertThat(full().getServiceStartDate()).isEqualTo(FIRST_SESSION);
  }

  @Test
  void lists_every_reference() {
    assertThat(full().references()).containsExactly(
        Reference.of("personId", PersonId.of("P-D-042")),
        Reference.of("constituencyId", ConstituencyId.of("C-12")),
        Reference.of("groupId", DeputyGroupId.of("G-03")),
        Reference.of("workUnitId", OrganizationId.of("O-SCHOOL")));
  }

  @Test
  void status_follows_service_suspension_and_termination() {
    Deputy deputy = full();
    assertThat(deputy.statusOn(ELECTED)).isEmpty();
    assertThat(deputy.statusOn(FIRST_SESSION)).contains(DeputyStatus.SERVING);
    assertThat(deputy.statusOn(LocalDate.of(2018, 5, 1))).contains(DeputyStatus.SUSPENDED);
    assertThat(deputy.statusOn(LocalDate.of(2018, 8, 1))).contains(DeputyStatus.SERVING);
    assertThat(deputy.statusOn(LocalDate.of(2019, 3, 20))).contains(DeputyStatus.TERMINATED);
    assertThat(deputy.holdsOfficeOn(LocalDate.of(2018, 6, 1))).isTrue();
    assertThat(deputy.servingOn(LocalDate.of(2018, 6, 1))).isFalse();
    assertThat(deputy.holdsOfficeOn(LocalDate.of(2019, 3, 19))).isTrue();
    assertThat(deputy.holdsOfficeOn(LocalDate.of(2019, 3, 20))).isFalse();
  }

  @Test
  void a_by_elected_deputy_is_judged_over_the_period_served() {
    Deputy deputy = byElected();
    assertThat(deputy.servedDuring(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 26))).isFalse();
    assertThat(deputy.servedDuring(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 27))).isTrue();
    assertThat(deputy.daysInOfficeDuring(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).isEqualTo(188);
    assertThat(full().daysInOfficeDuring(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).isEqualTo(78);
    assertThat(full().daysInOfficeDuring(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))).isZero();
    assertThatThrownBy(() -> deputy.servedDuring(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejects_service_start_before_election() {
    assertThatThrownBy(() -> base("D-9").serviceStartDate(ELECTED.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Deputy D-9").hasMessageContaining("serviceStartDate 2016-11-14")
        .hasMessageContaining("electedDate 2016-11-15");
  }

  @Test
  void rejects_termination_before_election() {
    assertThatThrownBy(() -> base("D-9").terminationDate(ELECTED.minusDays(1))
        .terminationGround(TerminationGround.DIED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("terminationDate 2016-11-14").hasMessageContaining("electedDate 2016-11-15");
  }

  @Test
  void rejects_termination_date_without_ground_and_ground_without_date() {
    assertThatThrownBy(() -> base("D-9").terminationDate(LocalDate.of(2019, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("terminationDate 2019-01-01").hasMessageContaining("terminationGround null");
    assertThatThrownBy(() -> base("D-9").terminationGround(TerminationGround.RECALLED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("terminationDate null").hasMessageContaining("terminationGround RECALLED");
  }

  @Test
  void rejects_announcement_without_or_before_termination() {
    assertThatThrownBy(() -> base("D-9").terminationAnnouncedDate(LocalDate.of(2019, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("terminationAnnouncedDate 2019-01-01").hasMessageContaining("terminationDate");
    assertThatThrownBy(() -> base("D-9").terminationDate(LocalDate.of(2019, 1, 10))
        .terminationGround(TerminationGround.DIED).terminationAnnouncedDate(LocalDate.of(2019, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("terminationAnnouncedDate 2019-01-01").hasMessageContaining("terminationDate 2019-01-10");
  }

  @Test
  void rejects_suspension_before_election_or_after_termination() {
    Suspension early = Suspension.builder().fromDate(ELECTED.minusDays(5)).ground(SuspensionGround.OTHER).build();
    assertThatThrownBy(() -> base("D-9").addSuspensions(early).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("suspension fromDate 2016-11-10").hasMessageContaining("electedDate 2016-11-15");
    Suspension late = Suspension.builder().fromDate(LocalDate.of(2019, 2, 1)).ground(SuspensionGround.OTHER).build();
    assertThatThrownBy(() -> base("D-9").addSuspensions(late).terminationDate(LocalDate.of(2019, 1, 1))
        .terminationGround(TerminationGround.DIED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("terminationDate 2019-01-01").hasMessageContaining("suspension fromDate 2019-02-01");
  }

  @Test
  void rejects_overlapping_suspensions() {
    Suspension open = Suspension.builder().fromDate(LocalDate.of(2018, 1, 1)).ground(SuspensionGround.OTHER).build();
    Suspension later = Suspension.builder().fromDate(LocalDate.of(2018, 3, 1)).ground(SuspensionGround.OTHER).build();
    assertThatThrownBy(() -> base("D-9").addSuspensions(later, open).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("suspension from 2018-01-01 until open")
        .hasMessageContaining("overlaps suspension from 2018-03-01");
  }

  @Test
  void suspension_round_trips_and_rejects_until_before_from() {
    Suspension s = Suspension.builder().fromDate(LocalDate.of(2018, 1, 1)).untilDate(LocalDate.of(2018, 2, 1))
        .ground(SuspensionGround.SERVING_SENTENCE).build();
    assertThat(Json.roundTrip(s, Suspension.class)).isEqualTo(s);
    assertThat(s.covers(LocalDate.of(2018, 1, 31))).isTrue();
    assertThat(s.covers(LocalDate.of(2018, 2, 1))).isFalse();
    assertThatThrownBy(() -> Suspension.builder().fromDate(LocalDate.of(2018, 2, 1))
        .untilDate(LocalDate.of(2018, 1, 1)).ground(SuspensionGround.OTHER).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("untilDate 2018-01-01").hasMessageContaining("fromDate 2018-02-01");
  }

  @Test
  void every_enum_constant_has_a_chinese_label() {
    for (DeputyLevel value : DeputyLevel.values()) {
      assertThat(value.getLabel()).isNotBlank();
    }
    for (DeputyStatus value : DeputyStatus.values()) {
      assertThat(value.getLabel()).isNotBlank();
    }
    for (TerminationGround value : TerminationGround.values()) {
      assertThat(value.getLabel()).isNotBlank();
    }
    for (SuspensionGround value : SuspensionGround.values()) {
      assertThat(value.getLabel()).isNotBlank();
    }
    assertThat(TerminationGround.ABSENT_TWICE_WITHOUT_LEAVE.getLabel()).isEqualTo("未经批准两次不出席本级人民代表大会会议");
  }
}

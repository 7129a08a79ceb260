package io.github.peoplecongress.model.body;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class StandingCommitteeProperties {
  private static final LocalDate BASE = LocalDate.of(2017, 1, 10);
  private static final int SPAN = 2000;

  /** One membership per person: start offset, length (negative = open), role. */
  private static Gen<CommitteeMembership> membership(int index) {
    return integers().between(0, SPAN).zip(integers().between(-1, SPAN), integers().between(0, 2),
        integers().between(-1, 400), (start, length, role, acting) -> {
          LocalDate startDate = BASE.plusDays(start);
          ImmutableCommitteeMembership.Builder builder = CommitteeMembership.builder()
              .id(MembershipId.of("M-" + index)).personId(PersonId.of("P-" + index))
              .role(CommitteeRole.values()[role]).startDate(startDate);
          if (length >= 0) {
            builder.endDate(startDate.plusDays(length)).endReason(MembershipEndReason.values()[length % 10]);
          }
          if (acting >= 0 && (length < 0 || acting <= length)) {
            builder.actingDirectorFrom(startDate.plusDays(acting / 2)).actingDirectorUntil(startDate.plusDays(acting));
          }
          return builder.build();
        });
  }

  private static Gen<StandingCommittee> committees() {
    return lists().of(integers().between(0, 0)).ofSizeBetween(0, 12).flatMap(slots -> {
      Gen<List<CommitteeMembership>> all = random -> new ArrayList<>();
      for (int i = 0; i < slots.size(); i++) {
        Gen<CommitteeMembership> next = membership(i);
        Gen<List<CommitteeMembership>> previous = all;
        all = previous.zip(next, (list, m) -> {
          List<CommitteeMembership> copy = new ArrayList<>(list);
          copy.add(m);
          return copy;
        });
      }
      return all.zip(integers().between(1, 60),
          (memberships, size) -> StandingCommittee.builder().size(size).addAllMemberships(memberships).build());
    });
  }

  private static Gen<LocalDate> days() {
    return integers().between(-10, SPAN * 2 + 10).map(BASE::plusDays);
  }

  @Test
  void round_trips_through_json() {
    qt().forAll(committees()).checkAssert(committee ->
        assertThat(Json.roundTrip(committee, StandingCommittee.class)).isEqualTo(committee));
  }

  @Test
  void copies_are_equal_with_equal_hash_codes() {
    qt().forAll(committees()).checkAssert(committee -> {
      StandingCommittee copy = StandingCommittee.builder().size(committee.getSize())
          .addAllMemberships(committee.getMemberships()).build();
      StandingCommittee read = Json.roundTrip(committee, StandingCommittee.class);
      assertThat(copy).isNotSameAs(committee).isEqualTo(committee).hasSameHashCodeAs(committee);
      assertThat(read).isNotSameAs(committee).hasSameHashCodeAs(committee);
      assertThat(ImmutableStandingCommittee.copyOf(committee).withSize(committee.getSize() + 1)).isNotEqualTo(committee);
    });
  }

  @Test
  void members_on_a_day_never_include_someone_who_left_or_had_not_started() {
    qt().forAll(committees(), days()).checkAssert((committee, day) -> {
      for (CommitteeMembership m : committee.membersOn(day)) {
        assertThat(m.getStartDate()).isBeforeOrEqualTo(day);
        Optional<LocalDate> end = m.getEndDate();
        end.ifPresent(e -> assertThat(e).isAfter(day));
      }
    });
  }

  @Test
  void members_on_a_day_include_everyone_in_office() {
    qt().forAll(committees(), days()).checkAssert((committee, day) -> {
      long inOffice = committee.getMemberships().stream()
          .filter(m -> !m.getStartDate().isAfter(day) && m.getEndDate().map(e -> e.isAfter(day)).orElse(true))
          .count();
      assertThat(committee.membersOn(day)).hasSize((int) inOffice);
      assertThat(committee.vacanciesOn(day)).isEqualTo(Math.max(0, committee.getSize() - (int) inOffice));
    });
  }

  @Test
  void directors_meeting_is_the_directors_among_the_members() {
    qt().forAll(committees(), days()).checkAssert((committee, day) -> {
      List<CommitteeMembership> meeting = committee.directorsMeetingOn(day);
      assertThat(committee.membersOn(day)).containsAll(meeting);
      assertThat(meeting).allMatch(m -> m.getRole() != CommitteeRole.MEMBER);
      assertThat(committee.membersOn(day).stream().filter(m -> m.getRole() != CommitteeRole.MEMBER).count())
          .isEqualTo(meeting.size());
    });
  }

  @Test
  void an_acting_director_is_in_office() {
    qt().forAll(committees(), days()).checkAssert((committee, day) ->
        committee.actingDirectorOn(day).ifPresent(m -> assertThat(committee.membersOn(day)).contains(m)));
  }
}

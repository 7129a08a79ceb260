package io.github.peoplecongress.model.meeting;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.vote.VoteTally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MeetingProperties {
  private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);

  private static final Gen<LocalDate> DATES = Generate.range(0, 4000).map(days -> EPOCH.plusDays(days));
  private static final Gen<Optional<Integer>> LENGTHS = Generate.range(0, 5).toOptionals(50);
  private static final Gen<Integer> SIZES = Generate.range(0, 40);
  private static final Gen<AttendanceStatus> STATUSES = Generate.enumValues(AttendanceStatus.class);
  private static final Gen<VoteTally> VOTES = Generate.range(0, 40).zip(Generate.range(0, 5), Generate.range(0, 5),
      Generate.range(0, 3), VoteTally::of);
  private static final Gen<AgendaItemKind> AGENDA_KINDS = Generate.enumValues(AgendaItemKind.class);

  private static final Gen<Meeting> MEETINGS = random -> {
    LocalDate date = DATES.generate(random);
    ImmutableMeeting.Builder builder = Meeting.builder()
        .id(MeetingId.of("M-" + Generate.range(1, 9999).generate(random)))
        .kind(Generate.enumValues(MeetingKind.class).generate(random))
        .adHoc(Generate.booleans().generate(random))
        .termNumber(Generate.range(1, 20).generate(random))
        .number(Generate.range(1, 60).generate(random))
        .date(date)
        .endDate(LENGTHS.generate(random).map(date::plusDays))
        .chairId(Generate.range(1, 5).toOptionals(30).generate(random).map(n -> PersonId.of("P-" + n)));
    int members = SIZES.generate(random);
    for (int i = 0; i < members; i++) {
      builder.addAttendance(Attendance.of(PersonId.of("P-" + i), STATUSES.generate(random)));
    }
    int deputies = Generate.range(0, 10).generate(random);
    for (int i = 0; i < deputies; i++) {
      builder.addNonVotingAttendance(NonVotingAttendance.deputy(DeputyId.of("D-" + i)));
    }
    if (Generate.booleans().generate(random)) {
      builder.addNonVotingAttendance(NonVotingAttendance.organHead(PersonId.of("H-1"), StateOrgan.GOVERNMENT));
    }
    int items = Generate.range(0, 8).generate(random);
    for (int i = 1; i <= items; i++) {
      ImmutableAgendaItem.Builder item = AgendaItem.builder().sequence(i).title("议程" + i)
          .kind(AGENDA_KINDS.generate(random));
      if (Generate.booleans().generate(random)) {
        item.vote(VOTES.generate(random));
      }
      if (Generate.booleans().generate(random)) {
        item.workReportId(WorkReportId.of("WR-" + i));
      }
      builder.addAgenda(item.build());
    }
    return builder.build();
  };

  @Test
  void every_valid_meeting_round_trips_through_json() {
    qt().forAll(MEETINGS).checkAssert(meeting ->
        assertThat(Json.roundTrip(meeting, Meeting.class)).isEqualTo(meeting));
  }

  @Test
  void equal_meetings_have_equal_hash_codes() {
    qt().forAll(MEETINGS).checkAssert(meeting -> {
      Meeting copy = Json.roundTrip(meeting, Meeting.class);
      assertThat(copy).isEqualTo(meeting).hasSameHashCodeAs(meeting);
      assertThat(ImmutableMeeting.copyOf(meeting).withNumber(meeting.getNumber() + 1)).isNotEqualTo(meeting);
    });
  }

  @Test
  void present_count_matches_present_members() {
    qt().forAll(MEETINGS).checkAssert(meeting -> {
      assertThat(meeting.presentCount()).isEqualTo(meeting.presentMembers().size())
          .isLessThanOrEqualTo(meeting.getAttendance().size());
      List<PersonId> present = new ArrayList<>();
      meeting.getAttendance().stream().filter(a -> a.getStatus() == AttendanceStatus.PRESENT)
          .forEach(a -> present.add(a.getMemberId()));
      assertThat(meeting.presentMembers()).isEqualTo(present);
    });
  }

  @Test
  void references_name_every_attending_member() {
    qt().forAll(MEETINGS).checkAssert(meeting ->
        assertThat(meeting.references().stream().filter(r -> r.getField().startsWith("attendance[")).count())
            .isEqualTo(meeting.getAttendance().size()));
  }
}

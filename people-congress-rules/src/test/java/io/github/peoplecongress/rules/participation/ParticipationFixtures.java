package io.github.peoplecongress.rules.participation;

import io.github.peoplecongress.model.deputy.Deputy;
import io.github.peoplecongress.model.deputy.DeputyLevel;
import io.github.peoplecongress.model.deputy.ImmutableDeputy;
import io.github.peoplecongress.model.deputy.TerminationGround;
import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.id.ActivityId;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.meeting.NonVotingAttendance;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.rules.Fixtures;
import java.time.LocalDate;

/** Participation test records: district deputies of the 16th congress. */
final class ParticipationFixtures {
  static final ConstituencyId CONSTITUENCY = ConstituencyId.of("C-12");

  private ParticipationFixtures() {}

  static ImmutableDeputy.Builder deputy(String id) {
    return Deputy.builder().id(DeputyId.of(id)).personId(PersonId.of("P-" + id)).level(DeputyLevel.DISTRICT)
        .termNumber(16).electedDate(LocalDate.of(2016, 11, 15)).serviceStartDate(Fixtures.TERM_START)
        .constituencyId(CONSTITUENCY);
  }

  static Deputy terminated(ImmutableDeputy.Builder deputy, LocalDate on) {
    return deputy.terminationDate(on).terminationGround(TerminationGround.RESIGNATION_ACCEPTED).build();
  }

  static Deputy byElected(String id, LocalDate start, LocalDate termination) {
    ImmutableDeputy.Builder builder = Deputy.builder().id(DeputyId.of(id)).personId(PersonId.of("P-" + id))
        .level(DeputyLevel.DISTRICT).termNumber(16).electedDate(start).serviceStartDate(start).byElected(true)
        .constituencyId(CONSTITUENCY);
    return termination == null ? builder.build() : terminated(builder, termination);
  }

  static Meeting meetingWith(String id, LocalDate date, String... deputies) {
    var builder = Meeting.builder().id(MeetingId.of(id)).kind(MeetingKind.STANDING_COMMITTEE).termNumber(16)
        .number(Integer.parseInt(id.substring(id.length() - 2))).date(date);
    for (String deputy : deputies) {
      builder.addNonVotingAttendance(NonVotingAttendance.deputy(DeputyId.of(deputy)));
    }
    return builder.build();
  }

  static DeputyActivity activity(String id, ActivityKind kind, LocalDate date, Integer voters, String... deputies) {
    var builder = DeputyActivity.builder().id(ActivityId.of(id)).kind(kind).date(date).title("活动" + id);
    for (String deputy : deputies) {
      builder.addDeputyIds(DeputyId.of(deputy));
    }
    if (voters != null) {
      builder.votersContacted(voters);
    }
    return builder.build();
  }

  static ImmutableCommitteeRecords.Builder year() {
    return Fixtures.year2019();
  }
}

package io.github.peoplecongress.examples.embedding;

import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.CommitteeRole;
import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.body.District;
import io.github.peoplecongress.model.body.DistrictKind;
import io.github.peoplecongress.model.body.ImmutableStandingCommittee;
import io.github.peoplecongress.model.body.StandingCommittee;
import io.github.peoplecongress.model.code.Ethnicity;
import io.github.peoplecongress.model.code.Gender;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.meeting.Attendance;
import io.github.peoplecongress.model.meeting.AttendanceStatus;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.person.Person;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.model.validation.ModelValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Building a {@link CommitteeRecords} from a host's own records, as a host's data layer would: map rows to the model's
 * builders, then validate the whole year once.
 */
public final class HostRecords {
  private HostRecords() {}

  /** A host's own row for a committee member, as it might come from a database. */
  public static final class MemberRow {
    final String code;
    final String name;
    final boolean director;

    /**
     * Creates a row.
     *
     * @param code  the host's member code
     * @param name  the name
     * @param director  whether the member is the director
     */
    public MemberRow(String code, String name, boolean director) {
      this.code = code;
      this.name = name;
      this.director = director;
    }
  }

  /**
   * Builds a year from member rows and meeting dates, everyone present at every meeting.
   *
   * @param members  the members, not empty
   * @param meetingDates  the dates of the year's committee meetings
   * @return the year, not null
   */
  public static CommitteeRecords build(List<MemberRow> members, List<LocalDate> meetingDates) {
    // README:build-year
    LocalDate termStart = LocalDate.of(2016, 12, 20);
    ImmutableStandingCommittee.Builder committee = StandingCommittee.builder().size(members.size());
    ImmutableCommitteeRecords.Builder year = CommitteeRecords.builder()
        .span(DateRange.ofYear(2019))
        .district(District.builder().name("某区").divisionCode("410105").kind(DistrictKind.CITY_DISTRICT).build());
    List<Attendance> everyone = new ArrayList<>();
    for (MemberRow row : members) {
      PersonId person = PersonId.of("P-" + row.code);
      year.addPeople(Person.builder().id(person).name(row.name).gender(Gender.NOT_STATED).ethnicity(Ethnicity.HAN)
          .build());
      committee.addMemberships(CommitteeMembership.builder().id(MembershipId.of("M-" + row.code)).personId(person)
          .role(row.director ? CommitteeRole.DIRECTOR : CommitteeRole.MEMBER).startDate(termStart).build());
      everyone.add(Attendance.builder().memberId(person).status(AttendanceStatus.PRESENT).build());
    }
    for (int i = 0; i < meetingDates.size(); i++) {
      year.addMeetings(Meeting.builder().id(MeetingId.of("SC-2019-" + (i + 1))).kind(MeetingKind.STANDING_COMMITTEE)
          .termNumber(16).number(20 + i).date(meetingDates.get(i)).addAllAttendance(everyone).build());
    }
    CommitteeRecords built = year.addTerms(CongressTerm.builder().number(16).startDate(termStart).deputySeats(280)
        .standingCommittee(committee.build()).build()).build();
    List<Problem> problems = new ArrayList<>(ModelValidator.validate(built));   // formats: names, codes, sizes
    problems.addAll(built.consistencyProblems());                              // ids, references, dates in the year
    // README:end
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("the host's records are not consistent: " + problems);
    }
    return built;
  }
}

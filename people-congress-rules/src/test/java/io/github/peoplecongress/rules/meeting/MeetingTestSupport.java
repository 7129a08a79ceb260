package io.github.peoplecongress.rules.meeting;

import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.meeting.Attendance;
import io.github.peoplecongress.model.meeting.AttendanceStatus;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords.Builder;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;

/** Helpers for the meeting, committee, supervision and budget rule tests. */
public final class MeetingTestSupport {
  private MeetingTestSupport() {}

  /** @return a committee meeting convened and chaired by the director, all 27 members present, no agenda */
  public static ImmutableMeetingBuilder meeting(String id, LocalDate date) {
    return new ImmutableMeetingBuilder(id, date);
  }

  /** A small wrapper that fills the usual meeting fields. */
  public static final class ImmutableMeetingBuilder {
    private final io.github.peoplecongress.model.meeting.ImmutableMeeting.Builder builder;
    private int present = Fixtures.COMMITTEE_SIZE;
    private boolean attendance = true;

    ImmutableMeetingBuilder(String id, LocalDate date) {
      builder = Meeting.builder().id(MeetingId.of(id)).kind(MeetingKind.STANDING_COMMITTEE).termNumber(16)
          .number(1).date(date);
    }

    /** @return the underlying builder, for other fields */
    public io.github.peoplecongress.model.meeting.ImmutableMeeting.Builder raw() {
      return builder;
    }

    /** @return this with only the first {@code n} members present, the others on leave */
    public ImmutableMeetingBuilder present(int n) {
      present = n;
      return this;
    }

    /** @return this with an agenda item added */
    public ImmutableMeetingBuilder agenda(io.github.peoplecongress.model.meeting.AgendaItem item) {
      builder.addAgenda(item);
      return this;
    }

    /** @return this with no attendance list */
    public ImmutableMeetingBuilder noAttendance() {
      attendance = false;
      return this;
    }

    /** @return the meeting, convened and chaired by the director unless set on {@link #raw()} */
    public Meeting build() {
      if (attendance) {
        for (int n = 1; n <= Fixtures.COMMITTEE_SIZE; n++) {
          builder.addAttendance(Attendance.of(Fixtures.member(n),
              n <= present ? AttendanceStatus.PRESENT : AttendanceStatus.ON_LEAVE));
        }
      }
      return builder.build();
    }
  }

  /** @return the fixture year moved to another calendar year, with no records */
  public static ImmutableCommitteeRecords yearOf(int year) {
    return ImmutableCommitteeRecords.copyOf(Fixtures.year2019().build()).withSpan(io.github.peoplecongress.model.records.DateRange.ofYear(year));
  }

  /** @return the year with the last {@code n} members' memberships ended on {@code end} */
  public static ImmutableCommitteeRecords withVacancies(ImmutableCommitteeRecords year, int n, LocalDate end) {
    List<io.github.peoplecongress.model.body.CommitteeMembership> memberships = new java.util.ArrayList<>();
    List<io.github.peoplecongress.model.body.CommitteeMembership> all =
        year.getTerms().get(0).getStandingCommittee().getMemberships();
    for (int i = 0; i < all.size(); i++) {
      memberships.add(i < all.size() - n ? all.get(i)
          : io.github.peoplecongress.model.body.ImmutableCommitteeMembership.copyOf(all.get(i)).withEndDate(end));
    }
    return year.withTerms(io.github.peoplecongress.model.body.ImmutableCongressTerm.copyOf(year.getTerms().get(0))
        .withStandingCommittee(io.github.peoplecongress.model.body.ImmutableStandingCommittee
            .copyOf(year.getTerms().get(0).getStandingCommittee()).withMemberships(memberships)));
  }

  /** @return the 2019 fixture builder */
  public static Builder year2019() {
    return Fixtures.year2019();
  }

  /** @return the rule's findings on the year, national profile, as of the end of the year after */
  public static List<Finding> run(Rule rule, CommitteeRecords year) {
    return run(rule, year, JurisdictionProfile.national());
  }

  /** @return the rule's findings on the year under a profile, as of the end of the year after */
  public static List<Finding> run(Rule rule, CommitteeRecords year, JurisdictionProfile profile) {
    return rule.evaluate(Fixtures.context(year, profile, LocalDate.of(year.getSpan().getFrom().getYear() + 1, 12, 31)));
  }

  /** @return the rule's findings as of a date */
  public static List<Finding> run(Rule rule, CommitteeRecords year, LocalDate asOf) {
    return rule.evaluate(Fixtures.context(year, JurisdictionProfile.national(), asOf));
  }

  /** @return a context for a year under a profile */
  public static RuleContext context(CommitteeRecords year, JurisdictionProfile profile) {
    return Fixtures.context(year, profile, LocalDate.of(year.getSpan().getFrom().getYear() + 1, 12, 31));
  }
}

package io.github.peoplecongress.rules.participation;

import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.deputy.Deputy;
import io.github.peoplecongress.model.deputy.DeputyLevel;
import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.meeting.Attendance;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.rules.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each deputy's participation in the committee year, computed once per evaluation in one pass over the meetings and
 * activities: the period served in the year within the term, the distinct meetings and activities taken part in, the
 * reports to voters and the voters contacted.
 */
final class ParticipationLedger {
  static final Set<ActivityKind> CONTACT_KINDS = EnumSet.of(ActivityKind.VISIT_VOTERS, ActivityKind.REPORT_TO_VOTERS,
      ActivityKind.CONTACT_MASSES);

  /** One deputy's line. */
  static final class Line {
    final Deputy deputy;
    final LocalDate servedFrom;
    final LocalDate servedTo;
    final Set<Object> participations = new HashSet<>();
    int reports;
    int contacts;
    boolean contactsRecorded;
    boolean contactsComplete = true;

    Line(Deputy deputy, LocalDate servedFrom, LocalDate servedTo) {
      this.deputy = deputy;
      this.servedFrom = servedFrom;
      this.servedTo = servedTo;
    }

    long daysServed() {
      return ChronoUnit.DAYS.between(servedFrom, servedTo) + 1;
    }

    boolean covers(LocalDate date) {
      return !date.isBefore(servedFrom) && !date.isAfter(servedTo) && deputy.holdsOfficeOn(date);
    }
  }

  private ParticipationLedger() {}

  /**
   * Returns the first day of the deputy's service in the term.
   */
  static LocalDate termServiceStart(CongressTerm term, Deputy deputy) {
    return deputy.getServiceStartDate().isAfter(term.getStartDate()) ? deputy.getServiceStartDate()
        : term.getStartDate();
  }

  /**
   * Returns the last day of the deputy's service in the term, empty while it runs (no termination, term open).
   */
  static Optional<LocalDate> termServiceEnd(CongressTerm term, Deputy deputy) {
    Optional<LocalDate> endExclusive = deputy.getTerminationDate();
    if (term.getEndDate().isPresent()
        && (endExclusive.isEmpty() || term.getEndDate().get().isBefore(endExclusive.get()))) {
      endExclusive = term.getEndDate();
    }
    return endExclusive.map(end -> end.minusDays(1));
  }

  static Map<DeputyId, Line> build(RuleContext context) {
    CongressTerm term = context.getYear().getTerm();
    LocalDate yearStart = context.getYear().getYear().atDay(1);
    LocalDate yearEnd = context.getYear().getYear().atMonth(12).atEndOfMonth();
    Map<DeputyId, Line> lines = new LinkedHashMap<>();
    Map<PersonId, Line> byPerson = new HashMap<>();
    for (Deputy deputy : context.getYear().getDeputies()) {
      if (deputy.getLevel() != DeputyLevel.DISTRICT || deputy.getTermNumber() != term.getNumber()) {
        continue;
      }
      LocalDate from = max(yearStart, termServiceStart(term, deputy));
      LocalDate to = termServiceEnd(term, deputy).map(end -> min(end, yearEnd)).orElse(yearEnd);
      if (from.isAfter(to)) {
        continue;
      }
      Line line = new Line(deputy, from, to);
      lines.put(deputy.getId(), line);
      byPerson.put(deputy.getPersonId(), line);
    }
    for (Meeting meeting : context.getYear().getMeetings()) {
      if (meeting.getKind() != MeetingKind.STANDING_COMMITTEE) {
        continue;
      }
      for (DeputyId id : meeting.nonVotingDeputies()) {
        Line line = lines.get(id);
        if (line != null && line.covers(meeting.getDate())) {
          line.participations.add(meeting.getId());
        }
      }
      for (Attendance attendance : meeting.getAttendance()) {
        Line line = byPerson.get(attendance.getMemberId());
        if (attendance.present() && line != null && line.covers(meeting.getDate())) {
          line.participations.add(meeting.getId());
        }
      }
    }
    for (DeputyActivity activity : context.getYear().getDeputyActivities()) {
      Object key = activity.getKind() == ActivityKind.ATTEND_COMMITTEE_MEETING && activity.getMeetingId().isPresent()
          ? activity.getMeetingId().get() : activity.getId();
      for (DeputyId id : activity.getDeputyIds()) {
        Line line = lines.get(id);
        if (line == null || !line.covers(activity.getDate())) {
          continue;
        }
        line.participations.add(key);
        if (activity.getKind() == ActivityKind.REPORT_TO_VOTERS) {
          line.reports++;
        }
        if (CONTACT_KINDS.contains(activity.getKind())) {
          if (activity.getDeputyIds().size() == 1 && activity.getVotersContacted().isPresent()) {
            line.contacts += activity.getVotersContacted().get();
            line.contactsRecorded = true;
          } else {
            line.contactsComplete = false;
          }
        }
      }
    }
    return lines;
  }


  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}

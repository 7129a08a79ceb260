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
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Each deputy's participation, per calendar year checked or over the whole term, computed once per evaluation in one
 * pass over the meetings and activities: the period served, the distinct meetings and activities taken part in, the
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

  /**
   * Returns one line per deputy and calendar year checked: the period served in that year within the deputy's term.
   */
  static List<Line> yearly(RuleContext context) {
    List<Line> lines = new ArrayList<>();
    for (Year year : context.yearsChecked()) {
      LocalDate yearStart = year.atDay(1);
      LocalDate yearEnd = year.atMonth(12).atEndOfMonth();
      forEachDeputyOfTerm(context, (term, deputy) -> {
        LocalDate from = max(yearStart, termServiceStart(term, deputy));
        LocalDate to = termServiceEnd(term, deputy).map(end -> min(end, yearEnd)).orElse(yearEnd);
        if (!from.isAfter(to)) {
          lines.add(new Line(deputy, from, to));
        }
      });
    }
    return fill(context, lines);
  }

  /**
   * Returns one line per deputy and term: the whole period served in the term, up to the as-of date while it runs.
   */
  static List<Line> termLong(RuleContext context) {
    List<Line> lines = new ArrayList<>();
    forEachDeputyOfTerm(context, (term, deputy) -> {
      LocalDate from = termServiceStart(term, deputy);
      LocalDate to = termServiceEnd(term, deputy).orElse(context.getAsOf());
      lines.add(new Line(deputy, from, to.isBefore(from) ? from : to));
    });
    return fill(context, lines);
  }

  private static void forEachDeputyOfTerm(RuleContext context, BiConsumer<CongressTerm, Deputy> action) {
    for (CongressTerm term : context.getRecords().getTerms()) {
      for (Deputy deputy : context.getRecords().getDeputies()) {
        if (deputy.getLevel() == DeputyLevel.DISTRICT && deputy.getTermNumber() == term.getNumber()) {
          action.accept(term, deputy);
        }
      }
    }
  }

  /** Counts each meeting and activity into the lines whose deputy and period it falls in, in one pass. */
  private static List<Line> fill(RuleContext context, List<Line> all) {
    Map<DeputyId, List<Line>> lines = new HashMap<>();
    Map<PersonId, List<Line>> byPerson = new HashMap<>();
    for (Line line : all) {
      lines.computeIfAbsent(line.deputy.getId(), k -> new ArrayList<>()).add(line);
      byPerson.computeIfAbsent(line.deputy.getPersonId(), k -> new ArrayList<>()).add(line);
    }
    for (Meeting meeting : context.getRecords().getMeetings()) {
      if (meeting.getKind() != MeetingKind.STANDING_COMMITTEE) {
        continue;
      }
      for (DeputyId id : meeting.nonVotingDeputies()) {
        for (Line line : lines.getOrDefault(id, List.of())) {
          if (line.covers(meeting.getDate())) {
            line.participations.add(meeting.getId());
          }
        }
      }
      for (Attendance attendance : meeting.getAttendance()) {
        for (Line line : byPerson.getOrDefault(attendance.getMemberId(), List.of())) {
          if (attendance.present() && line.covers(meeting.getDate())) {
            line.participations.add(meeting.getId());
          }
        }
      }
    }
    for (DeputyActivity activity : context.getRecords().getDeputyActivities()) {
      Object key = activity.getKind() == ActivityKind.ATTEND_COMMITTEE_MEETING && activity.getMeetingId().isPresent()
          ? activity.getMeetingId().get() : activity.getId();
      for (DeputyId id : activity.getDeputyIds()) {
        for (Line line : lines.getOrDefault(id, List.of())) {
          if (line.covers(activity.getDate())) {
            count(line, activity, key);
          }
        }
      }
    }
    return all;
  }

  private static void count(Line line, DeputyActivity activity, Object key) {
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


  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}

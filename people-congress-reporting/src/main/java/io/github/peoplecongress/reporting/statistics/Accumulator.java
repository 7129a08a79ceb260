package io.github.peoplecongress.reporting.statistics;

import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.decision.Decision;
import io.github.peoplecongress.model.deputy.Deputy;
import io.github.peoplecongress.model.deputy.DeputyGroup;
import io.github.peoplecongress.model.deputy.DeputyLevel;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.deputywork.DeputyFeedback;
import io.github.peoplecongress.model.deputywork.Mailbox;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.RecordId;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.meeting.NonVotingAttendance;
import io.github.peoplecongress.model.meeting.NonVotingCapacity;
import io.github.peoplecongress.model.outreach.Document;
import io.github.peoplecongress.model.outreach.FiscalSummary;
import io.github.peoplecongress.model.outreach.LeadershipAssignment;
import io.github.peoplecongress.model.outreach.LeadershipRole;
import io.github.peoplecongress.model.outreach.Project;
import io.github.peoplecongress.model.outreach.ProjectKind;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.PetitionChannel;
import io.github.peoplecongress.model.petition.PetitionSource;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.WorkPeriod;
import io.github.peoplecongress.model.supervision.DeliberationOpinion;
import io.github.peoplecongress.model.supervision.FilingReview;
import io.github.peoplecongress.model.supervision.InspectedLaw;
import io.github.peoplecongress.model.supervision.InspectionMode;
import io.github.peoplecongress.model.supervision.Interpellation;
import io.github.peoplecongress.model.supervision.LawEnforcementInspection;
import io.github.peoplecongress.model.supervision.OversightActivity;
import io.github.peoplecongress.model.supervision.RemovalMotion;
import io.github.peoplecongress.model.supervision.SpecialInvestigation;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.reporting.metric.Measure;
import io.github.peoplecongress.reporting.metric.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mutable accumulator behind {@link YearlyStatistics}: reads each record list of a committee's records once and
 * combines with other accumulators. Not thread-safe; used by one thread at a time, as a {@code Collector} does.
 */
final class Accumulator {

  private static final Set<StateOrgan> ONE_GOVERNMENT_TWO_COURTS =
      EnumSet.of(StateOrgan.GOVERNMENT, StateOrgan.COURT, StateOrgan.PROCURATORATE);
  private static final String CHINA = "中华人民共和国";

  private final Set<Year> years = new HashSet<>();
  private final Set<String> periods = new HashSet<>();
  private final Map<String, String> districts = new HashMap<>();
  private final Map<Metric, Long> counts = new EnumMap<>(Metric.class);
  private final Map<Metric, BigDecimal> amounts = new EnumMap<>(Metric.class);
  private final Map<Metric, Set<String>> keys = new EnumMap<>(Metric.class);
  private final Map<Metric, Map<String, LocalDate>> firstDates = new EnumMap<>(Metric.class);
  private final Map<String, LocalDate> meetingDates = new HashMap<>();
  private final Map<String, HeardReport> heardReports = new HashMap<>();
  private final Map<String, FiscalEntry> fiscal = new HashMap<>();
  /** The periods of records counted so far, by district code, to refuse a district's period counted twice. */
  private final Map<String, List<DateRange>> counted = new HashMap<>();

  Accumulator() {
    for (Metric metric : Metric.values()) {
      if (metric.getMeasure() == Measure.COUNT) {
        counts.put(metric, 0L);
      } else if (metric.getMeasure() == Measure.AMOUNT) {
        amounts.put(metric, BigDecimal.ZERO);
      } else if (metric.getMeasure() == Measure.DISTINCT || metric.getMeasure() == Measure.TERM) {
        keys.put(metric, new HashSet<>());
      }
    }
  }

  // ---------------------------------------------------------------- merging

  void add(YearlyStatistics statistics) {
    years.addAll(statistics.getYears());
    periods.addAll(statistics.getPeriods());
    statistics.getDistricts().forEach(this::putDistrict);
    statistics.getCounts().forEach(this::add);
    statistics.getAmounts().forEach(this::add);
    statistics.getKeys().forEach((metric, set) -> keys.computeIfAbsent(metric, m -> new HashSet<>()).addAll(set));
    statistics.getFirstDates().forEach((metric, dates) -> dates.forEach((key, date) -> firstSeen(metric, key, date)));
    statistics.getMeetingDates().forEach(this::putMeeting);
    statistics.getHeardReports().forEach(this::putReport);
    statistics.getFiscalSummaries().forEach(this::putFiscal);
  }

  Accumulator combine(Accumulator other) {
    other.counted.forEach((code, periods) -> periods.forEach(period -> count(code, period)));
    add(other.toStatistics());
    return this;
  }

  /** Notes that a district's records of a period are counted, refusing a period that overlaps one counted before. */
  private void count(String code, DateRange period) {
    List<DateRange> periods = counted.computeIfAbsent(code, c -> new ArrayList<>());
    for (DateRange earlier : periods) {
      if (earlier.overlaps(period)) {
        throw new IllegalArgumentException("the records of district " + code + " for " + period + " overlap those "
            + "already counted for " + earlier + "; a district's period counted twice would double its numbers");
      }
    }
    periods.add(period);
  }

  YearlyStatistics toStatistics() {
    Map<Metric, Set<String>> frozen = new EnumMap<>(Metric.class);
    keys.forEach((metric, set) -> frozen.put(metric, Set.copyOf(set)));
    Map<Metric, Map<String, LocalDate>> dates = new EnumMap<>(Metric.class);
    firstDates.forEach((metric, map) -> dates.put(metric, Map.copyOf(map)));
    return ImmutableYearlyStatistics.builder()
        .addAllYears(years)
        .addAllPeriods(periods)
        .putAllDistricts(districts)
        .putAllCounts(counts)
        .putAllAmounts(amounts)
        .putAllKeys(frozen)
        .putAllFirstDates(dates)
        .putAllMeetingDates(meetingDates)
        .putAllHeardReports(heardReports)
        .putAllFiscalSummaries(fiscal)
        .build();
  }

  private void add(Metric metric, long value) {
    counts.merge(metric, value, Long::sum);
  }

  private void add(Metric metric, BigDecimal value) {
    amounts.merge(metric, value, BigDecimal::add);
  }

  private void key(Metric metric, String key) {
    keys.get(metric).add(key);
  }

  /** Records a key of a distinct metric with the date it was seen; merging keeps the earliest date. */
  private void firstSeen(Metric metric, String key, LocalDate date) {
    key(metric, key);
    firstDates.computeIfAbsent(metric, m -> new HashMap<>()).merge(key, date, Accumulator::earlier);
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private void putDistrict(String code, String name) {
    districts.merge(code, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
  }

  private void putMeeting(String key, LocalDate date) {
    meetingDates.merge(key, date, Accumulator::earlier);
  }

  private void putReport(String key, HeardReport report) {
    heardReports.merge(key, report, HeardReport::pick);
  }

  private void putFiscal(String key, FiscalEntry entry) {
    fiscal.merge(key, entry, FiscalEntry::pick);
  }

  // ---------------------------------------------------------------- one pass over a committee's records

  void add(CommitteeRecords year, WorkPeriod asked) {
    DateRange period = asked.resolve(year);
    periods.add(asked.toString());
    Pass pass = new Pass(year, period);
    count(pass.code, period);
    period.years().forEach(years::add);
    putDistrict(pass.code, year.getDistrict().getName());
    pass.terms.forEach(term -> key(Metric.TERM_NUMBER, Integer.toString(term)));
    year.getMeetings().forEach(pass::meeting);
    year.getWorkReports().forEach(pass::workReport);
    year.getInspections().forEach(pass::inspection);
    year.getDecisions().forEach(pass::decision);
    year.getPersonnelActions().forEach(pass::personnelAction);
    year.getFiscalSummaries().forEach(pass::fiscalSummary);
    year.getProjects().forEach(pass::project);
    year.getLeadershipAssignments().forEach(pass::leadership);
    year.getPetitions().forEach(pass::petition);
    year.getAppraisals().forEach(pass::appraisal);
    year.getDeputyGroups().forEach(pass::deputyGroup);
    year.getMailboxes().forEach(pass::mailbox);
    year.getDeputies().forEach(pass::deputy);
    year.getDeputyActivities().forEach(pass::deputyActivity);
    year.getSuggestions().forEach(pass::suggestion);
    year.getDocuments().forEach(pass::document);
    year.getOpinions().forEach(pass::opinion);
    year.getOversightActivities().forEach(pass::oversight);
    year.getInterpellations().forEach(pass::interpellation);
    year.getInvestigations().forEach(pass::investigation);
    year.getRemovalMotions().forEach(pass::removalMotion);
    year.getFilingReviews().forEach(pass::filingReview);
    year.getOathCeremonies().forEach(pass::oath);
    year.getElections().forEach(pass::election);
  }

  /**
   * Normalises a law title so that the same law counts once: without 《》, blanks and the 中华人民共和国 prefix.
   *
   * @param title  the title as recorded, not null
   * @return the normalised title, not null
   */
  static String lawTitle(String title) {
    String plain = title.replaceAll("[《》\\s\\u3000]", "");
    return plain.startsWith(CHINA) && plain.length() > CHINA.length() ? plain.substring(CHINA.length()) : plain;
  }

  /**
   * The state of one pass over a set of records for a period: the district's code, the period's days and the congress
   * terms in office during it.
   */
  private final class Pass {
    private final String code;
    private final DateRange period;
    private final Set<Integer> terms = new HashSet<>();
    private final LocalDate first;
    private final LocalDate last;

    Pass(CommitteeRecords records, DateRange period) {
      this.period = period;
      this.code = records.getDistrict().getDivisionCode();
      this.first = period.getFrom();
      this.last = period.getTo();
      for (CongressTerm term : records.getTerms()) {
        boolean startsInTime = !term.getStartDate().isAfter(last);
        boolean endsAfterFirst = term.getEndDate().map(end -> end.isAfter(first)).orElse(true);
        if (startsInTime && endsAfterFirst) {
          terms.add(term.getNumber());
        }
      }
    }

    private boolean in(LocalDate date) {
      return !date.isBefore(first) && !date.isAfter(last);
    }

    /** Whether a whole calendar year lies in the period, for yearly figures such as the fiscal summary. */
    private boolean inWhole(Year year) {
      return in(year.atDay(1)) && in(year.atMonth(12).atEndOfMonth());
    }

    private String thing(RecordId id) {
      return code + "/" + id.getValue();
    }

    // the period is part of the key, so that the statistics of two periods of one set merge without collisions
    private String event(RecordId id) {
      return code + "/" + period + "/" + id.getValue();
    }

    void meeting(Meeting meeting) {
      // every meeting's date, in the year or not: a report heard at a meeting that opened on 2018-12-31 is placed
      // by that date, never by its own later date
      putMeeting(event(meeting.getId()), meeting.getDate());
      if (!in(meeting.getDate())) {
        return;
      }
      if (meeting.getKind() == MeetingKind.DIRECTORS) {
        add(Metric.DIRECTORS_MEETINGS, 1);
      }
      if (meeting.getKind() != MeetingKind.STANDING_COMMITTEE) {
        return;
      }
      add(Metric.SC_MEETINGS, 1);
      for (NonVotingAttendance attendee : meeting.getNonVotingAttendance()) {
        if (attendee.getCapacity() == NonVotingCapacity.DEPUTY) {
          add(Metric.DEPUTY_ATTENDANCE_AT_MEETINGS, 1);
          attendee.getDeputyId().ifPresent(id -> {
            key(Metric.DEPUTIES_ATTENDING_MEETINGS, thing(id));
            key(Metric.DEPUTIES_PARTICIPATING, thing(id));
          });
        }
      }
    }

    void workReport(WorkReport report) {
      boolean organ = ONE_GOVERNMENT_TWO_COURTS.contains(report.getOrgan());
      boolean fiscalKind = switch (report.getKind()) {
        case PLAN_EXECUTION, PLAN_ADJUSTMENT, BUDGET_EXECUTION, FINAL_ACCOUNTS, BUDGET_ADJUSTMENT, AUDIT,
            AUDIT_RECTIFICATION -> true;
        default -> false;
      };
      putReport(event(report.getId()), ImmutableHeardReport.builder()
          .meetingKey(event(report.getMeetingId()))
          .heardDate(report.getDate())
          .period(period)
          .organReport(organ)
          .fiscalReport(fiscalKind)
          .build());
    }

    void inspection(LawEnforcementInspection inspection) {
      if (!in(inspection.getStartDate())) {
        return;
      }
      Metric metric = inspection.getMode() == InspectionMode.OWN
          ? Metric.LAWS_INSPECTED : Metric.LAWS_INSPECTED_WITH_HIGHER;
      for (InspectedLaw law : inspection.getLaws()) {
        firstSeen(metric, code + "/" + lawTitle(law.getTitle()), inspection.getStartDate());
      }
      participants(inspection.getDeputyIds());
    }

    void decision(Decision decision) {
      if (in(decision.getDate()) && decision.isAdopted() && decision.getKind().resolutionOrDecision()) {
        add(Metric.RESOLUTIONS_AND_DECISIONS, 1);
      }
    }

    void personnelAction(PersonnelAction action) {
      if (!in(action.getDecisionDate()) || action.getDecidedBy() != ActingBody.STANDING_COMMITTEE) {
        return;
      }
      if (action.getPostCategory() == PostCategory.STATE_FUNCTIONARY) {
        add(Metric.STATE_FUNCTIONARY_APPOINTMENTS, 1);
      } else if (action.getPostCategory() == PostCategory.PEOPLES_ASSESSOR) {
        add(Metric.ASSESSOR_APPOINTMENTS, 1);
      }
    }

    void fiscalSummary(FiscalSummary summary) {
      if (inWhole(summary.getYear())) {
        putFiscal(code + "/" + summary.getYear(),
            FiscalEntry.of(summary.getLivelihoodExpenditure(), summary.getTotalExpenditure()));
      }
    }

    void project(Project project) {
      if (project.getKind() != ProjectKind.LIVELIHOOD || !inWhole(project.getYear())
          || project.getLivelihoodCategory().isEmpty()) {
        return;
      }
      Metric investment;
      Metric units;
      switch (project.getLivelihoodCategory().get()) {
        case SCHOOL -> {
          investment = Metric.SCHOOL_INVESTMENT;
          units = Metric.SCHOOLS;
        }
        case ELDERLY_DAY_CARE -> {
          investment = Metric.DAY_CARE_INVESTMENT;
          units = Metric.DAY_CARE_CENTRES;
        }
        case OLD_COMMUNITY -> {
          investment = Metric.OLD_COMMUNITY_INVESTMENT;
          units = Metric.OLD_COMMUNITIES;
        }
        case POCKET_PARK -> {
          investment = Metric.POCKET_PARK_INVESTMENT;
          units = Metric.POCKET_PARKS;
        }
        default -> {
          return;
        }
      }
      add(units, project.getUnits());
      project.getInvestment().ifPresent(amount -> add(investment, amount));
    }

    void leadership(LeadershipAssignment assignment) {
      boolean inForce = !assignment.getStartDate().isAfter(last)
          && assignment.getEndDate().map(end -> !end.isBefore(first)).orElse(true);
      if (inForce) {
        key(assignment.getRole() == LeadershipRole.COMMANDER
            ? Metric.PROJECT_COMMANDERS : Metric.CHIEF_SERVICE_OFFICERS, thing(assignment.getProjectId()));
      }
    }

    void petition(Petition petition) {
      if (!in(petition.getReceivedDate())) {
        return;
      }
      PetitionSource source = petition.getSource();
      if (source == PetitionSource.DIRECT && petition.getChannel() == PetitionChannel.LETTER) {
        add(Metric.LETTERS_RECEIVED, 1);
      } else if (source == PetitionSource.DIRECT && petition.getChannel() == PetitionChannel.VISIT) {
        add(Metric.VISITS_RECEIVED, petition.visitPersonTimes());
        add(Metric.VISIT_BATCHES, 1);
      }
      if (source == PetitionSource.FORWARDED_BY_HIGHER || source == PetitionSource.ASSIGNED_BY_HIGHER) {
        add(Metric.FORWARDED_PETITIONS, 1);
      }
    }

    void appraisal(WorkAppraisal appraisal) {
      if (in(appraisal.getStartDate())) {
        key(Metric.APPRAISED_DEPARTMENTS, thing(appraisal.getOrganizationId()));
      }
    }

    void deputyGroup(DeputyGroup group) {
      if (terms.contains(group.getTermNumber())) {
        key(Metric.DEPUTY_GROUPS, code + "/" + group.getTermNumber() + "/" + group.getId().getValue());
      }
    }

    void mailbox(Mailbox mailbox) {
      boolean setUp = mailbox.getSetUpDate().map(date -> !date.isAfter(last)).orElse(true);
      boolean removed = mailbox.getRemovedDate().map(date -> !date.isAfter(last)).orElse(false);
      if (setUp && !removed) {
        key(Metric.MAILBOXES, thing(mailbox.getId()));
      }
    }

    void deputy(Deputy deputy) {
      if (deputy.getLevel() != DeputyLevel.DISTRICT || !terms.contains(deputy.getTermNumber())) {
        return;
      }
      String key = thing(deputy.getId());
      if (deputy.servedDuring(first, last)) {
        key(Metric.DEPUTIES_SERVING, key);
      }
      if (deputy.isByElected() && in(deputy.getElectedDate())) {
        key(Metric.DEPUTIES_BY_ELECTED, key);
      }
      if (deputy.getTerminationDate().filter(this::in).isPresent()) {
        key(Metric.DEPUTIES_TERMINATED, key);
      }
    }

    void deputyActivity(DeputyActivity activity) {
      if (!in(activity.getDate())) {
        return;
      }
      switch (activity.getKind()) {
        case LAW_ENFORCEMENT_INSPECTION, VISIT, SURVEY ->
            add(Metric.DEPUTY_OVERSIGHT_PARTICIPATION, activity.personTimes());
        case REPORT_TO_VOTERS -> add(Metric.DEPUTY_REPORTS_TO_VOTERS, activity.personTimes());
        default -> {
          // counted only for participation
        }
      }
      participants(activity.getDeputyIds());
    }

    private void participants(Iterable<DeputyId> deputies) {
      for (DeputyId id : deputies) {
        key(Metric.DEPUTIES_PARTICIPATING, thing(id));
      }
    }

    void suggestion(Suggestion suggestion) {
      if (suggestion.getMergedIntoId().isPresent()
          || suggestion.getAssignedDate().filter(this::in).isEmpty()) {
        return;
      }
      add(Metric.SUGGESTIONS_ASSIGNED, 1);
      if (suggestion.keySupervised()) {
        add(Metric.KEY_SUGGESTIONS, 1);
      }
      if (!suggestion.getAnswers().isEmpty()) {
        add(Metric.SUGGESTIONS_ANSWERED, 1);
      }
      if (suggestion.getClosedDate().isPresent()) {
        add(Metric.SUGGESTIONS_CLOSED, 1);
      }
      suggestion.latestFeedback().map(DeputyFeedback::getGrade).ifPresent(grade -> {
        add(Metric.SUGGESTION_FEEDBACK_RECEIVED, 1);
        if (grade != SatisfactionGrade.DISSATISFIED) {
          add(Metric.SUGGESTION_FEEDBACK_SATISFIED, 1);
        }
      });
    }

    void document(Document document) {
      if (!in(document.getDate())) {
        return;
      }
      switch (document.getKind()) {
        case RULE -> add(Metric.RULES_ADOPTED, 1);
        case RESEARCH_REPORT -> add(Metric.RESEARCH_REPORTS, 1);
        case PUBLICITY_ARTICLE -> add(Metric.PUBLICITY_ARTICLES, 1);
        case WORK_BULLETIN_ISSUE -> add(Metric.WORK_BULLETIN_ISSUES, 1);
        default -> {
          // not counted
        }
      }
    }

    void opinion(DeliberationOpinion opinion) {
      if (in(opinion.getSentDate())) {
        add(Metric.DELIBERATION_OPINIONS, 1);
      }
    }

    void oversight(OversightActivity activity) {
      if (!in(activity.getStartDate())) {
        return;
      }
      switch (activity.getKind()) {
        case VISIT -> add(Metric.VISITS, 1);
        case SURVEY -> add(Metric.SURVEYS, 1);
        case STUDY_TOUR -> add(Metric.STUDY_TOURS, 1);
        case SPECIAL_INQUIRY -> add(Metric.SPECIAL_INQUIRIES, 1);
        default -> {
          // inquiries and follow-up are not counted separately
        }
      }
      participants(activity.getDeputyIds());
    }

    void interpellation(Interpellation interpellation) {
      if (in(interpellation.getFiledDate())) {
        add(Metric.INTERPELLATIONS, 1);
      }
    }

    void investigation(SpecialInvestigation investigation) {
      if (in(investigation.getDecidedDate()) && investigation.isEstablished()) {
        add(Metric.SPECIAL_INVESTIGATIONS, 1);
      }
    }

    void removalMotion(RemovalMotion motion) {
      if (in(motion.getFiledDate())) {
        add(Metric.REMOVAL_MOTIONS, 1);
      }
    }

    void filingReview(FilingReview review) {
      if (in(review.getFiledDate())) {
        add(Metric.FILING_REVIEWS, 1);
      }
    }

    void oath(OathCeremony ceremony) {
      if (in(ceremony.getDate())) {
        add(Metric.OATH_CEREMONIES, 1);
        add(Metric.OATH_TAKERS, ceremony.getSwearers().size());
      }
    }

    void election(Election election) {
      if (in(election.getElectionDay())) {
        add(Metric.ELECTIONS_HELD, 1);
        add(Metric.DEPUTIES_ELECTED, election.electedIds().size());
      }
    }
  }
}

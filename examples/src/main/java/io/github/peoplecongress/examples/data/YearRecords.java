package io.github.peoplecongress.examples.data;

import static io.github.peoplecongress.examples.data.Year2019.CITY_SC;
import static io.github.peoplecongress.examples.data.Year2019.CIVIL_AFFAIRS;
import static io.github.peoplecongress.examples.data.Year2019.CONSTRUCTION;
import static io.github.peoplecongress.examples.data.Year2019.COURT;
import static io.github.peoplecongress.examples.data.Year2019.COURT_PRESIDENT;
import static io.github.peoplecongress.examples.data.Year2019.DEPUTIES_WB;
import static io.github.peoplecongress.examples.data.Year2019.DISTRICT_HEAD;
import static io.github.peoplecongress.examples.data.Year2019.EDUCATION;
import static io.github.peoplecongress.examples.data.Year2019.ENVIRONMENT;
import static io.github.peoplecongress.examples.data.Year2019.GOV;
import static io.github.peoplecongress.examples.data.Year2019.HUMAN_RESOURCES;
import static io.github.peoplecongress.examples.data.Year2019.NATURAL_RESOURCES;
import static io.github.peoplecongress.examples.data.Year2019.PROC;
import static io.github.peoplecongress.examples.data.Year2019.PROCURATOR_GENERAL;
import static io.github.peoplecongress.examples.data.Year2019.PROVINCE_SC;
import static io.github.peoplecongress.examples.data.Year2019.SUP;
import static io.github.peoplecongress.examples.data.Year2019.SUPERVISION_DIRECTOR;
import static io.github.peoplecongress.examples.data.Year2019.URBAN;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.decision.Decision;
import io.github.peoplecongress.model.decision.DecisionKind;
import io.github.peoplecongress.model.decision.ImmutableDecision;
import io.github.peoplecongress.model.deputy.Deputy;
import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.deputywork.DeputyFeedback;
import io.github.peoplecongress.model.deputywork.HandlingAssignment;
import io.github.peoplecongress.model.deputywork.HandlingRole;
import io.github.peoplecongress.model.deputywork.ImmutableDeputyActivity;
import io.github.peoplecongress.model.deputywork.ImmutableSuggestion;
import io.github.peoplecongress.model.deputywork.KeySupervision;
import io.github.peoplecongress.model.deputywork.KeySupervisionBody;
import io.github.peoplecongress.model.deputywork.SubmissionPeriod;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.deputywork.SuggestionAnswer;
import io.github.peoplecongress.model.deputywork.SuggestionOutcome;
import io.github.peoplecongress.model.id.ActivityId;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.DocumentId;
import io.github.peoplecongress.model.id.ExamId;
import io.github.peoplecongress.model.id.InspectionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.OpinionId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.OversightActivityId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.PetitionId;
import io.github.peoplecongress.model.id.SuggestionId;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.meeting.AgendaItem;
import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.meeting.Attendance;
import io.github.peoplecongress.model.meeting.AttendanceStatus;
import io.github.peoplecongress.model.meeting.ImmutableAgendaItem;
import io.github.peoplecongress.model.meeting.ImmutableMeeting;
import io.github.peoplecongress.model.meeting.NonVotingAttendance;
import io.github.peoplecongress.model.meeting.NonVotingCapacity;
import io.github.peoplecongress.model.outreach.AdministrativeLevel;
import io.github.peoplecongress.model.outreach.Document;
import io.github.peoplecongress.model.outreach.DocumentKind;
import io.github.peoplecongress.model.personnel.ExamFormat;
import io.github.peoplecongress.model.personnel.ExamOutcome;
import io.github.peoplecongress.model.personnel.ImmutableOathCeremony;
import io.github.peoplecongress.model.personnel.LegalExam;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathForm;
import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.model.personnel.OathTaker;
import io.github.peoplecongress.model.personnel.OathText;
import io.github.peoplecongress.model.petition.Forwarding;
import io.github.peoplecongress.model.petition.ForwardingMode;
import io.github.peoplecongress.model.petition.ImmutablePetition;
import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.PetitionCategory;
import io.github.peoplecongress.model.petition.PetitionChannel;
import io.github.peoplecongress.model.petition.PetitionOutcome;
import io.github.peoplecongress.model.petition.PetitionRoute;
import io.github.peoplecongress.model.petition.PetitionSource;
import io.github.peoplecongress.model.supervision.DeliberationOpinion;
import io.github.peoplecongress.model.supervision.ImmutableDeliberationOpinion;
import io.github.peoplecongress.model.supervision.LawEnforcementInspection;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.model.vote.VoteTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The record-building steps the example years (Year2019, Year2020) share. Each year keeps its own state and seeded
 * random generator and passes them in, so that every draw happens in the order it did when each year wrote these steps
 * out: the committed JSON under examples/data depends on that order.
 */
final class YearRecords {
  private YearRecords() {}

  // ---------------------------------------------------------------- deputies

  /**
   * Picks deputies serving on a day who satisfy a condition, those with the fewest participations first (ties in
   * random order), and counts the participation.
   */
  static List<DeputyId> pickLeastActive(List<Deputy> deputies, Map<DeputyId, Integer> participation, Random random,
      int count, LocalDate date, Predicate<Deputy> condition) {
    List<Deputy> eligible = serving(deputies, date, condition);
    Collections.shuffle(eligible, random);
    eligible.sort(Comparator.comparing(dep -> participation.get(dep.getId())));
    List<DeputyId> chosen = eligible.subList(0, count).stream().map(Deputy::getId).sorted()
        .collect(Collectors.toList());
    chosen.forEach(id -> participation.merge(id, 1, Integer::sum));
    return chosen;
  }

  /** @return a deputy serving on the day who satisfies the condition, drawn at random; participation not counted */
  static DeputyId anyServing(List<Deputy> deputies, Random random, LocalDate date, Predicate<Deputy> condition) {
    List<Deputy> eligible = serving(deputies, date, condition);
    return eligible.get(random.nextInt(eligible.size())).getId();
  }

  private static List<Deputy> serving(List<Deputy> deputies, LocalDate date, Predicate<Deputy> condition) {
    // a mutable list: pickLeastActive shuffles and sorts it
    return deputies.stream().filter(dep -> dep.servingOn(date)).filter(condition).collect(Collectors.toList());
  }

  /** A deputies' activity; an end date only when it lasts more than the one day. */
  static DeputyActivity activity(ActivityId id, ActivityKind kind, LocalDate date, LocalDate end, String title,
      OrganizationId organizer, List<DeputyId> deputyIds, Consumer<ImmutableDeputyActivity.Builder> more) {
    var builder = DeputyActivity.builder().id(id).kind(kind).date(date).title(title).organizerId(organizer)
        .addAllDeputyIds(deputyIds);
    if (end != null && !end.equals(date)) {
      builder.endDate(end);
    }
    more.accept(builder);
    return builder.build();
  }

  // ---------------------------------------------------------------- committee meetings

  /** Chooses at random which of the ordinary members (numbers first … last) are on leave at a meeting. */
  static Set<Integer> chooseOnLeave(Random random, int count, int first, int last) {
    List<Integer> candidates = new ArrayList<>();
    for (int n = first; n <= last; n++) {
      candidates.add(n);
    }
    Collections.shuffle(candidates, random);
    return Set.copyOf(candidates.subList(0, count));
  }

  static Attendance onLeave(PersonId member, String reason) {
    return Attendance.builder().memberId(member).status(AttendanceStatus.ON_LEAVE).reason(reason).build();
  }

  /** Adds the guests every committee meeting has besides the deputies: the four organ heads and the clerk. */
  static void addOrganHeadsAndClerk(ImmutableMeeting.Builder meeting, PersonId clerk) {
    meeting.addNonVotingAttendance(NonVotingAttendance.organHead(DISTRICT_HEAD, StateOrgan.GOVERNMENT))
        .addNonVotingAttendance(NonVotingAttendance.organHead(SUPERVISION_DIRECTOR, StateOrgan.SUPERVISORY_COMMISSION))
        .addNonVotingAttendance(NonVotingAttendance.organHead(COURT_PRESIDENT, StateOrgan.COURT))
        .addNonVotingAttendance(NonVotingAttendance.organHead(PROCURATOR_GENERAL, StateOrgan.PROCURATORATE))
        .addNonVotingAttendance(NonVotingAttendance.builder().personId(clerk).capacity(NonVotingCapacity.OTHER)
            .build());
  }

  static ImmutableAgendaItem.Builder agendaItem(String title, AgendaItemKind kind,
      Consumer<ImmutableAgendaItem.Builder> more) {
    ImmutableAgendaItem.Builder builder = AgendaItem.builder().title(title).kind(kind);
    more.accept(builder);
    return builder;
  }

  /** Adds the items to the meeting, numbered in the order they were added. */
  static void addAgenda(ImmutableMeeting.Builder meeting, List<ImmutableAgendaItem.Builder> items) {
    for (int s = 0; s < items.size(); s++) {
      meeting.addAgenda(items.get(s).sequence(s + 1).build());
    }
  }

  /** A vote of the members present: nearly all in favour, now and then one against or abstaining. */
  static VoteTally vote(Random random, int present) {
    int against = random.nextInt(4) == 0 ? 1 : 0;
    int abstain = random.nextInt(3) == 0 ? 1 : 0;
    return VoteTally.of(present - against - abstain, against, abstain, 0);
  }

  // ---------------------------------------------------------------- work reports, deliberation opinions

  /** @return the organisation whose head reports: the department, else the court, procuratorate or government */
  static OrganizationId reportingOrganization(StateOrgan organ, OrganizationId department) {
    return department != null ? department
        : organ == StateOrgan.COURT ? COURT : organ == StateOrgan.PROCURATORATE ? PROC : GOV;
  }

  /** @return the kind of the agenda item at which the committee hears a report of the kind */
  static AgendaItemKind agendaKindOf(WorkReportKind kind) {
    return switch (kind) {
      case FINAL_ACCOUNTS -> AgendaItemKind.FINAL_ACCOUNTS;
      case AUDIT -> AgendaItemKind.AUDIT_REPORT;
      case BUDGET_EXECUTION -> AgendaItemKind.BUDGET_EXECUTION_REPORT;
      case BUDGET_ADJUSTMENT -> AgendaItemKind.BUDGET_ADJUSTMENT;
      case STATE_ASSETS -> AgendaItemKind.STATE_ASSETS_REPORT;
      case GOVERNMENT_DEBT -> AgendaItemKind.GOVERNMENT_DEBT_REPORT;
      case AUDIT_RECTIFICATION -> AgendaItemKind.AUDIT_RECTIFICATION_REPORT;
      case SUGGESTION_HANDLING -> AgendaItemKind.SUGGESTION_HANDLING_REPORT;
      case ENVIRONMENT -> AgendaItemKind.ENVIRONMENT_REPORT;
      default -> AgendaItemKind.SPECIAL_WORK_REPORT;
    };
  }

  /**
   * What a deliberation opinion is on — a work report, an inspection or a special inquiry (one of the three) — with
   * the index of the meeting that deliberated it and the organ and organisation it is sent to.
   */
  record OpinionSubject(WorkReportId report, InspectionId inspection, OversightActivityId inquiry, int meeting,
      StateOrgan organ, OrganizationId organization) {
    static OpinionSubject of(WorkReport report, int meeting) {
      return new OpinionSubject(report.getId(), null, null, meeting, report.getOrgan(),
          report.getOrganizationId().orElse(null));
    }

    static OpinionSubject of(LawEnforcementInspection inspection, int meeting) {
      return new OpinionSubject(null, inspection.getId(), null, meeting, StateOrgan.GOVERNMENT,
          inspection.getInspectedOrganizationIds().get(0));
    }

    static OpinionSubject inquiry(OversightActivityId inquiry, int meeting, OrganizationId organization) {
      return new OpinionSubject(null, null, inquiry, meeting, StateOrgan.GOVERNMENT, organization);
    }
  }

  /**
   * The subjects of a year's deliberation opinions: every work report, then every inspection reported to a meeting.
   *
   * @param meetingIndex  the index of a committee meeting in the year
   * @return the subjects, a list the caller may add to
   */
  static List<OpinionSubject> opinionSubjects(List<WorkReport> reports, List<LawEnforcementInspection> inspections,
      ToIntFunction<MeetingId> meetingIndex) {
    List<OpinionSubject> subjects = new ArrayList<>();
    for (WorkReport report : reports) {
      subjects.add(OpinionSubject.of(report, meetingIndex.applyAsInt(report.getMeetingId())));
    }
    for (LawEnforcementInspection inspection : inspections) {
      inspection.getMeetingId()
          .ifPresent(meeting -> subjects.add(OpinionSubject.of(inspection, meetingIndex.applyAsInt(meeting))));
    }
    return subjects;
  }

  /** Starts the deliberation opinion on a subject, sent on a day and published three days later. */
  static ImmutableDeliberationOpinion.Builder opinion(OpinionId id, OpinionSubject subject, MeetingId meeting,
      LocalDate sent) {
    var builder = DeliberationOpinion.builder().id(id).meetingId(meeting).sentDate(sent).organ(subject.organ())
        .content("常委会组成人员审议意见：肯定成绩，指出问题，提出改进工作的具体建议，请认真研究处理并书面报告。")
        .publishedDate(sent.plusDays(3));
    if (subject.report() != null) {
      builder.workReportId(subject.report());
    } else if (subject.inspection() != null) {
      builder.inspectionId(subject.inspection());
    } else {
      builder.inquiryId(subject.inquiry());
    }
    if (subject.organization() != null) {
      builder.organizationId(subject.organization());
    }
    return builder;
  }

  // ---------------------------------------------------------------- decisions

  /**
   * Starts the record of a resolution or decision adopted at a meeting: the year's {@code number}-th (DEC-year-nn),
   * with its document number 云人常〔year〕n号.
   */
  static ImmutableDecision.Builder adopted(int year, int number, MeetingId meeting, LocalDate date, VoteTally vote) {
    return Decision.builder().id(DecisionId.of(String.format("DEC-%d-%02d", year, number))).meetingId(meeting)
        .date(date).documentNumber("云人常〔" + year + "〕" + number + "号").vote(vote).adopted(true);
  }

  /** @return the kind of the agenda item at which the committee votes on a decision of the kind */
  static AgendaItemKind agendaKindOf(DecisionKind kind) {
    // a referral only sends a matter to another organ to study and handle: not a resolution or decision
    return kind == DecisionKind.REFERRAL ? AgendaItemKind.OTHER : AgendaItemKind.RESOLUTION_OR_DECISION;
  }

  // ---------------------------------------------------------------- exams, oaths

  /** The closed-book exam in constitutional and legal knowledge before an appointment: paper A, B at a retake. */
  static LegalExam exam(ExamId id, PersonId person, LocalDate date, PersonnelActionId action, BigDecimal score,
      int attempt, ExamOutcome outcome) {
    return LegalExam.builder().id(id).personId(person).date(date).personnelActionId(action)
        .paper("宪法和法律知识（" + (attempt == 1 ? "A" : "B") + "卷）").format(ExamFormat.CLOSED_BOOK).score(score)
        .passMark(new BigDecimal("60")).attempt(attempt).outcome(outcome).build();
  }

  /** Starts an oath ceremony in the full form: flag, emblem, anthem, a copy of the Constitution, open to the public. */
  static ImmutableOathCeremony.Builder ceremony(OathCeremonyId id, LocalDate date, OathKind kind) {
    return OathCeremony.builder().id(id).date(date).kind(kind).flagDisplayed(true).emblemDisplayed(true)
        .anthemSung(true).constitutionUsed(true).openToPublic(true);
  }

  /**
   * The constitutional oath of those the committee appointed at a meeting, held before it closes: collective, led by
   * the first to swear, when more than one swears.
   */
  static OathCeremony meetingOath(OathCeremonyId id, LocalDate date, MeetingId meeting, List<OathTaker> swearers) {
    boolean collective = swearers.size() > 1;
    var builder = ceremony(id, date, OathKind.CONSTITUTIONAL)
        .form(collective ? OathForm.COLLECTIVE : OathForm.INDIVIDUAL).addAllSwearers(swearers)
        .oathText(OathText.V2018).organiser(OathOrganiser.DIRECTORS_MEETING).meetingId(meeting)
        .place("云川区人大常委会会议厅").note("任命书当场颁发后、会议闭幕前举行");
    if (collective) {
      builder.leaderId(swearers.get(0).getPersonId());
    }
    return builder.build();
  }

  // ---------------------------------------------------------------- suggestions

  /** The categories suggestions are filed under, in turn by their numbers. */
  private static final String[] SUGGESTION_CATEGORIES = {"城建环资", "教科文卫", "社会民生", "财政经济", "政法"};

  /** Up to three co-sponsors, drawn until each differs from the proposer and the others. */
  static List<DeputyId> coSponsors(Random random, DeputyId proposer, Supplier<DeputyId> draw) {
    int count = random.nextInt(4);
    List<DeputyId> co = new ArrayList<>();
    while (co.size() < count) {
      DeputyId other = draw.get();
      if (!other.equals(proposer) && !co.contains(other)) {
        co.add(other);
      }
    }
    return co;
  }

  /**
   * Starts a suggestion, filed under a category in turn by its number.
   *
   * @param session  the congress session it was submitted at, or null if submitted in the recess
   */
  static ImmutableSuggestion.Builder suggestion(SuggestionId id, int number, String topic, DeputyId proposer,
      List<DeputyId> coSponsors, LocalDate submitted, MeetingId session) {
    var builder = Suggestion.builder().id(id).number(String.valueOf(number)).title("关于" + topic + "的建议")
        .proposerId(proposer).addAllCoSponsorIds(coSponsors).submittedDate(submitted)
        .period(session == null ? SubmissionPeriod.RECESS : SubmissionPeriod.SESSION)
        .category(SUGGESTION_CATEGORIES[number % SUGGESTION_CATEGORIES.length]);
    if (session != null) {
      builder.sessionId(session);
    }
    return builder;
  }

  /** The deputies' working body assigns a suggestion to a lead unit and, if not null, an assisting one. */
  static void assign(ImmutableSuggestion.Builder suggestion, LocalDate date, OrganizationId lead,
      OrganizationId assisting) {
    suggestion.assignedDate(date).assignedById(DEPUTIES_WB)
        .addHandlingAssignments(HandlingAssignment.of(lead, HandlingRole.LEAD)).complex(false);
    if (assisting != null) {
      suggestion.addHandlingAssignments(HandlingAssignment.of(assisting, HandlingRole.ASSISTING));
    }
  }

  /** Key supervision (重点督办) decided by a directors' meeting, under a committee leader. */
  static KeySupervision keySupervision(MeetingId directorsMeeting, LocalDate date, PersonId leader) {
    return KeySupervision.builder().decidedBy(KeySupervisionBody.DIRECTORS_MEETING).decisionDate(date)
        .meetingId(directorsMeeting).addLeaderIds(leader).build();
  }

  /** @return planned for every fourth suggestion, deferred for every ninth (not fourth), else solved */
  static SuggestionOutcome outcomeOf(int number) {
    return number % 4 == 0 ? SuggestionOutcome.PLANNED : number % 9 == 0 ? SuggestionOutcome.DEFERRED
        : SuggestionOutcome.SOLVED;
  }

  static SuggestionAnswer answer(LocalDate date, OrganizationId unit, SuggestionOutcome outcome, int number) {
    return SuggestionAnswer.builder().date(date).organizationId(unit).outcome(outcome)
        .documentNumber("云建议复〔" + date.getYear() + "〕" + number + "号").deputyContacted(true).build();
  }

  static DeputyFeedback feedback(LocalDate date, SatisfactionGrade grade, OrganizationId unit) {
    return DeputyFeedback.builder().date(date).grade(grade).organizationId(unit).build();
  }

  // ---------------------------------------------------------------- petitions

  /** What a petition is about: its category, for a claim its route, and the unit it is forwarded to. */
  record PetitionSubject(String text, PetitionCategory category, PetitionRoute route, OrganizationId handler) { }

  private static PetitionSubject claim(String text, OrganizationId handler) {
    return new PetitionSubject(text, PetitionCategory.CLAIM, PetitionRoute.STATUTORY_DUTY, handler);
  }

  private static final List<PetitionSubject> SHARED_PETITION_SUBJECTS = List.of(
      claim("反映小区物业服务质量问题", CONSTRUCTION), claim("反映拖欠农民工工资问题", HUMAN_RESOURCES),
      claim("反映老旧小区改造施工扰民", CONSTRUCTION), claim("反映城中村拆迁补偿问题", NATURAL_RESOURCES),
      new PetitionSubject("对法院民事判决执行问题的申诉", PetitionCategory.CLAIM, PetitionRoute.LITIGATION, COURT),
      new PetitionSubject("建议增设公交站点", PetitionCategory.SUGGESTION, null, null),
      claim("反映噪声污染问题", ENVIRONMENT), claim("反映低保审批问题", CIVIL_AFFAIRS), claim("反映学校划片招生问题", EDUCATION),
      claim("反映违章建筑问题", URBAN),
      new PetitionSubject("检举控告有关工作人员作风问题", PetitionCategory.ACCUSATION, null, SUP));

  /** @return the petition subjects of a year: those both years share, then the year's own claim */
  static List<PetitionSubject> petitionSubjects(String ownClaim, OrganizationId handler) {
    List<PetitionSubject> subjects = new ArrayList<>(SHARED_PETITION_SUBJECTS);
    subjects.add(claim(ownClaim, handler));
    return List.copyOf(subjects);
  }

  /** How a petition came in: its channel and source, the persons of a visit, the committee that referred it. */
  record Intake(PetitionChannel channel, PetitionSource source, Integer persons, OrganizationId referredBy) {
    static Intake direct(PetitionChannel channel) {
      return new Intake(channel, PetitionSource.DIRECT, null, null);
    }

    static Intake visit(int persons) {
      return new Intake(PetitionChannel.VISIT, PetitionSource.DIRECT, persons, null);
    }

    /** Forwarded by the city committee, or else assigned by the provincial one. */
    static Intake referred(PetitionChannel channel, boolean byCity) {
      return byCity ? new Intake(channel, PetitionSource.FORWARDED_BY_HIGHER, null, CITY_SC)
          : new Intake(channel, PetitionSource.ASSIGNED_BY_HIGHER, null, PROVINCE_SC);
    }
  }

  /**
   * Spreads the persons who came over the visits: one each, then the rest one at a time to visits drawn at random,
   * never more than {@code maxPerVisit} to one.
   */
  static int[] personsPerVisit(Random random, int visits, int persons, int maxPerVisit) {
    int[] perVisit = new int[visits];
    Arrays.fill(perVisit, 1);
    for (int extra = 0; extra < persons - visits; ) {
      int visit = random.nextInt(visits);
      if (perVisit[visit] < maxPerVisit) {
        perVisit[visit]++;
        extra++;
      }
    }
    return perVisit;
  }

  /**
   * Starts a petition, accepted when acknowledged: a suggestion is adopted; any other is forwarded the next day to its
   * unit, which reports back by the day before {@code resolved}, and is routed to litigation, explained or supported.
   * The caller sets the resolution and reply dates, since it may still extend the handling period.
   *
   * @param index  the petition's place in the year, which varies the outcome
   */
  static ImmutablePetition.Builder petition(PetitionId id, int index, Intake intake, PetitionSubject subject,
      LocalDate received, LocalDate acknowledged, LocalDate resolved) {
    var builder = Petition.builder().id(id).channel(intake.channel()).source(intake.source()).subject(subject.text())
        .category(subject.category()).receivedDate(received).acknowledgedDate(acknowledged)
        .acceptedDate(acknowledged);
    if (intake.persons() != null) {
      builder.persons(intake.persons());
    }
    if (intake.referredBy() != null) {
      builder.referredById(intake.referredBy());
    }
    if (subject.route() != null) {
      builder.route(subject.route());
    }
    if (subject.category() == PetitionCategory.SUGGESTION) {
      builder.outcome(PetitionOutcome.ADOPTED);
    } else {
      LocalDate forwarded = acknowledged.plusDays(1);
      builder.forwarding(Forwarding.builder().organizationId(subject.handler()).date(forwarded)
          .mode(ForwardingMode.ASSIGN).reportedBackDate(Dates.max(forwarded, resolved.minusDays(1))).build());
      builder.outcome(subject.route() == PetitionRoute.LITIGATION ? PetitionOutcome.ROUTED
          : index % 3 == 0 ? PetitionOutcome.EXPLAINED : PetitionOutcome.SUPPORTED);
    }
    return builder;
  }

  // ---------------------------------------------------------------- documents

  /** A publicity article in an outlet given as {level, name}. */
  static Document publicityArticle(DocumentId id, String title, LocalDate date, String[] outlet) {
    return Document.builder().id(id).kind(DocumentKind.PUBLICITY_ARTICLE).title(title).date(date)
        .mediaLevel(AdministrativeLevel.valueOf(outlet[0])).outlet(outlet[1]).build();
  }

  /** The issues of the office's weekly bulletin 人大工作信息 in a year, the first on a day, the others a week apart. */
  static List<Document> weeklyBulletin(int year, int issues, LocalDate first, Supplier<DocumentId> nextId) {
    List<Document> bulletin = new ArrayList<>();
    for (int i = 1; i <= issues; i++) {
      bulletin.add(Document.builder().id(nextId.get()).kind(DocumentKind.WORK_BULLETIN_ISSUE)
          .title("人大工作信息 " + year + "年第" + i + "期").date(Dates.weekdayOnOrAfter(first.plusDays((i - 1) * 7L)))
          .issueNumber(i).outlet("云川区人大常委会办公室").build());
    }
    return bulletin;
  }
}

package io.github.peoplecongress.reporting;

import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.body.District;
import io.github.peoplecongress.model.body.DistrictKind;
import io.github.peoplecongress.model.body.StandingCommittee;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.decision.Decision;
import io.github.peoplecongress.model.decision.DecisionKind;
import io.github.peoplecongress.model.decision.DecisionSubject;
import io.github.peoplecongress.model.deputy.Deputy;
import io.github.peoplecongress.model.deputy.DeputyGroup;
import io.github.peoplecongress.model.deputy.DeputyLevel;
import io.github.peoplecongress.model.deputy.TerminationGround;
import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.deputywork.DeputyFeedback;
import io.github.peoplecongress.model.deputywork.KeySupervision;
import io.github.peoplecongress.model.deputywork.KeySupervisionBody;
import io.github.peoplecongress.model.deputywork.Mailbox;
import io.github.peoplecongress.model.deputywork.SubmissionPeriod;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.deputywork.SuggestionAnswer;
import io.github.peoplecongress.model.deputywork.SuggestionOutcome;
import io.github.peoplecongress.model.id.ActivityId;
import io.github.peoplecongress.model.id.AppraisalId;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.DeputyGroupId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.DocumentId;
import io.github.peoplecongress.model.id.FilingReviewId;
import io.github.peoplecongress.model.id.InspectionId;
import io.github.peoplecongress.model.id.InterpellationId;
import io.github.peoplecongress.model.id.MailboxId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.OpinionId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.OversightActivityId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.PetitionId;
import io.github.peoplecongress.model.id.ProjectId;
import io.github.peoplecongress.model.id.SuggestionId;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.meeting.AgendaItem;
import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.meeting.NonVotingAttendance;
import io.github.peoplecongress.model.outreach.Document;
import io.github.peoplecongress.model.outreach.DocumentKind;
import io.github.peoplecongress.model.outreach.FiscalSummary;
import io.github.peoplecongress.model.outreach.LeadershipAssignment;
import io.github.peoplecongress.model.outreach.LeadershipRole;
import io.github.peoplecongress.model.outreach.LivelihoodCategory;
import io.github.peoplecongress.model.outreach.Project;
import io.github.peoplecongress.model.outreach.ProjectKind;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathForm;
import io.github.peoplecongress.model.personnel.OathTaker;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PersonnelActionKind;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.PetitionChannel;
import io.github.peoplecongress.model.petition.PetitionSource;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.model.supervision.DeliberationOpinion;
import io.github.peoplecongress.model.supervision.FilingReview;
import io.github.peoplecongress.model.supervision.InspectedLaw;
import io.github.peoplecongress.model.supervision.InspectionMode;
import io.github.peoplecongress.model.supervision.Interpellation;
import io.github.peoplecongress.model.supervision.LawEnforcementInspection;
import io.github.peoplecongress.model.supervision.LawLevel;
import io.github.peoplecongress.model.supervision.OversightActivity;
import io.github.peoplecongress.model.supervision.OversightKind;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-counted committee year (X区, 16th term, 2019) with every hard case: a record dated 2018-12-31, a
 * report heard at two meetings, a merged suggestion, own and joint inspections of the same law, a deputy at two
 * meetings, one person appointed and removed. The expected value of each metric is computed by hand in
 * {@code YearlyStatisticsTest}. The year is deliberately not consistent (records dated 2018-12-31, people not
 * listed): statistics must count what was loaded.
 */
public final class Fixtures {
  public static final Year YEAR = Year.of(2019);
  public static final LocalDate NEW_YEARS_EVE_2018 = LocalDate.of(2018, 12, 31);
  public static final String CODE = "610103";

  private Fixtures() {}

  static LocalDate d(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  static DeputyId dep(int n) {
    return DeputyId.of("D-" + n);
  }

  static OrganizationId org(String id) {
    return OrganizationId.of(id);
  }

  /** The standing data and no records. */
  public static ImmutableCommitteeRecords.Builder standing() {
    return standing(YEAR, "X区", CODE);
  }

  /** The standing data of a district and year, with no records. */
  public static ImmutableCommitteeRecords.Builder standing(Year year, String name, String code) {
    ImmutableCommitteeRecords.Builder b = CommitteeRecords.builder().span(DateRange.of(year.atDay(1), year.atMonth(12).atEndOfMonth()))
        .district(District.builder().name(name).divisionCode(code).kind(DistrictKind.CITY_DISTRICT).build())
        .addTerms(CongressTerm.builder().number(16).startDate(LocalDate.of(2016, 12, 20))
            .standingCommittee(StandingCommittee.builder().size(15).build()).build());
    b.addDeputyGroups(group("G-1", 16), group("G-2", 16), group("G-0", 15));
    b.addMailboxes(Mailbox.builder().id(MailboxId.of("MB-1")).location("和平街道").build(),
        Mailbox.builder().id(MailboxId.of("MB-2")).location("长安街道").setUpDate(d(3, 1)).build(),
        Mailbox.builder().id(MailboxId.of("MB-3")).location("新城").setUpDate(LocalDate.of(2020, 1, 5)).build(),
        Mailbox.builder().id(MailboxId.of("MB-4")).location("旧城").setUpDate(LocalDate.of(2017, 1, 5))
            .removedDate(d(10, 1)).build());
    LocalDate elected = LocalDate.of(2016, 11, 15);
    for (int n = 1; n <= 4; n++) {
      b.addDeputies(deputy(n).electedDate(elected).build());
    }
    b.addDeputies(deputy(5).electedDate(elected).terminationDate(d(5, 1)).terminationGround(TerminationGround.DIED)
        .build());
    b.addDeputies(deputy(6).electedDate(d(6, 1)).byElected(true).build());
    b.addDeputies(Deputy.builder().id(dep(7)).personId(PersonId.of("P-D7")).level(DeputyLevel.CITY).termNumber(16)
        .electedDate(elected).build());
    b.addDeputies(deputy(8).electedDate(elected).terminationDate(NEW_YEARS_EVE_2018)
        .terminationGround(TerminationGround.MOVED_OR_TRANSFERRED_OUT).build());
    b.addFiscalSummaries(FiscalSummary.builder().year(year).livelihoodExpenditure(new BigDecimal("2661000000.00"))
        .totalExpenditure(new BigDecimal("3500000000.00")).build());
    return b;
  }

  private static DeputyGroup group(String id, int term) {
    return DeputyGroup.builder().id(DeputyGroupId.of(id)).termNumber(term).name(id + "代表组").build();
  }

  private static io.github.peoplecongress.model.deputy.ImmutableDeputy.Builder deputy(int n) {
    return Deputy.builder().id(dep(n)).personId(PersonId.of("P-D" + n)).level(DeputyLevel.DISTRICT).termNumber(16);
  }

  /** The whole year: standing data and every record. */
  public static CommitteeRecords year2019() {
    ImmutableCommitteeRecords.Builder b = standing();
    addRecords(b, records());
    return b.build();
  }

  /** Every record of the year, as a flat list of model objects. */
  public static List<Object> records() {
    List<Object> r = new ArrayList<>();
    MeetingId m0 = MeetingId.of("M-0");
    MeetingId m1 = MeetingId.of("M-1");
    MeetingId m2 = MeetingId.of("M-2");
    // meetings: 2 committee meetings in 2019 (D-1 at both: 3 person-times, 2 persons), one on 2018-12-31
    r.add(Meeting.builder().id(m0).kind(MeetingKind.STANDING_COMMITTEE).termNumber(16).number(20)
        .date(NEW_YEARS_EVE_2018).addNonVotingAttendance(NonVotingAttendance.deputy(dep(3))).build());
    r.add(Meeting.builder().id(m1).kind(MeetingKind.STANDING_COMMITTEE).termNumber(16).number(21).date(d(2, 20))
        .addNonVotingAttendance(NonVotingAttendance.deputy(dep(1)), NonVotingAttendance.deputy(dep(2)))
        .addAgenda(AgendaItem.builder().sequence(1).title("听取区政府报告").kind(AgendaItemKind.SPECIAL_WORK_REPORT)
            .workReportId(WorkReportId.of("WR-1")).build())
        .build());
    r.add(Meeting.builder().id(m2).kind(MeetingKind.STANDING_COMMITTEE).adHoc(true).termNumber(16).number(22)
        .date(d(6, 25)).addNonVotingAttendance(NonVotingAttendance.deputy(dep(1)),
            NonVotingAttendance.organHead(PersonId.of("P-GOV"), StateOrgan.GOVERNMENT))
        .addAgenda(AgendaItem.builder().sequence(1).title("继续审议区政府报告").kind(AgendaItemKind.SPECIAL_WORK_REPORT)
            .workReportId(WorkReportId.of("WR-1")).build())
        .build());
    r.add(Meeting.builder().id(MeetingId.of("MD-1")).kind(MeetingKind.DIRECTORS).termNumber(16).number(40)
        .date(d(3, 1)).build());
    // reports: WR-1 heard at two meetings counts once; WR-4 (监察委) not 一府两院; WR-6 at the 2018-12-31 meeting
    r.add(report("WR-1", StateOrgan.GOVERNMENT, WorkReportKind.SPECIAL_WORK, m1, d(2, 20)));
    r.add(report("WR-2", StateOrgan.COURT, WorkReportKind.SPECIAL_WORK, m2, d(6, 25)));
    r.add(report("WR-3", StateOrgan.GOVERNMENT, WorkReportKind.FINAL_ACCOUNTS, m2, d(6, 25)));
    r.add(report("WR-4", StateOrgan.SUPERVISORY_COMMISSION, WorkReportKind.SPECIAL_WORK, m2, d(6, 25)));
    r.add(report("WR-6", StateOrgan.GOVERNMENT, WorkReportKind.AUDIT, m0, NEW_YEARS_EVE_2018));
    // inspections: own {安全生产法, 道路交通安全法, 物业管理条例} = 3; joint {食品安全法, 安全生产法, 大气污染防治法} = 3
    r.add(inspection("I-1", InspectionMode.OWN, d(4, 1), "《中华人民共和国安全生产法》", "《道路交通安全法》")
        .addDeputyIds(dep(4)).build());
    r.add(inspection("I-2", InspectionMode.OWN, d(9, 1), "《安全生产法》", "《物业管理条例》").build());
    r.add(inspection("I-3", InspectionMode.JOINT_WITH_HIGHER, d(5, 1), "《食品安全法》", "《安全生产法》").build());
    r.add(inspection("I-4", InspectionMode.REGIONAL, d(7, 1), "《大气污染防治法》").build());
    r.add(inspection("I-5", InspectionMode.OWN, NEW_YEARS_EVE_2018, "《传染病防治法》").build());
    // decisions: 2 (a referral, an act not adopted and one of 2018-12-31 are not counted)
    r.add(decision("DC-1", DecisionKind.RESOLUTION, true, d(2, 20)));
    r.add(decision("DC-2", DecisionKind.DECISION, true, d(6, 25)));
    r.add(decision("DC-3", DecisionKind.REFERRAL, true, d(6, 25)));
    r.add(decision("DC-4", DecisionKind.DECISION, false, d(6, 25)));
    r.add(decision("DC-5", DecisionKind.DECISION, true, NEW_YEARS_EVE_2018));
    // personnel: P-1 appointed and removed = 2 person-times (1 person); 3 assessors
    r.add(action("PA-1", "P-1", PersonnelActionKind.APPOINTMENT, PostCategory.STATE_FUNCTIONARY,
        ActingBody.STANDING_COMMITTEE, d(2, 20)));
    r.add(action("PA-2", "P-1", PersonnelActionKind.DISMISSAL, PostCategory.STATE_FUNCTIONARY,
        ActingBody.STANDING_COMMITTEE, d(6, 25)));
    r.add(action("PA-3", "P-2", PersonnelActionKind.ELECTION, PostCategory.STATE_FUNCTIONARY, ActingBody.CONGRESS,
        d(1, 10)));
    r.add(action("PA-4", "P-3", PersonnelActionKind.APPOINTMENT, PostCategory.COMMITTEE_POST,
        ActingBody.STANDING_COMMITTEE, d(2, 20)));
    r.add(action("PA-5", "P-4", PersonnelActionKind.APPOINTMENT, PostCategory.STATE_FUNCTIONARY,
        ActingBody.STANDING_COMMITTEE, NEW_YEARS_EVE_2018));
    for (int n = 6; n <= 8; n++) {
      r.add(action("PA-" + n, "P-" + n, PersonnelActionKind.APPOINTMENT, PostCategory.PEOPLES_ASSESSOR,
          ActingBody.STANDING_COMMITTEE, d(6, 25)));
    }
    // projects: schools 2 + 1 = 3, 130,000,000 + 100,000,000 = 2.3 亿元; 3246 万元 for 15 communities; 650 万元, 6 parks
    r.add(project("PJ-1", LivelihoodCategory.SCHOOL, 2, "130000000.00", YEAR));
    r.add(project("PJ-2", LivelihoodCategory.SCHOOL, 1, "100000000.00", YEAR));
    r.add(project("PJ-3", LivelihoodCategory.OLD_COMMUNITY, 15, "32460000.00", YEAR));
    r.add(project("PJ-4", LivelihoodCategory.POCKET_PARK, 6, "6500000.00", YEAR));
    r.add(project("PJ-5", LivelihoodCategory.SCHOOL, 4, "90000000.00", Year.of(2018)));
    r.add(Project.builder().id(ProjectId.of("PK-1")).kind(ProjectKind.KEY_PROJECT).name("重点项目").year(YEAR).build());
    // leadership: PK-1 commanded by two leaders = 1 project; PK-2 ended 2018-12-31; one enterprise served
    r.add(lead("P-L1", LeadershipRole.COMMANDER, "PK-1", LocalDate.of(2018, 3, 1), null));
    r.add(lead("P-L2", LeadershipRole.COMMANDER, "PK-1", d(4, 1), null));
    r.add(lead("P-L1", LeadershipRole.COMMANDER, "PK-2", LocalDate.of(2018, 3, 1), NEW_YEARS_EVE_2018));
    r.add(lead("P-L3", LeadershipRole.CHIEF_SERVICE_OFFICER, "PE-1", d(5, 1), null));
    // petitions: 2 letters; visits 5 + 1 = 6 person-times in 2 batches; 2 forwarded or assigned
    r.add(petition("PT-1", PetitionChannel.LETTER, PetitionSource.DIRECT, null, d(1, 5)));
    r.add(petition("PT-2", PetitionChannel.LETTER, PetitionSource.DIRECT, null, d(3, 5)));
    r.add(petition("PT-3", PetitionChannel.LETTER, PetitionSource.DIRECT, null, NEW_YEARS_EVE_2018));
    r.add(petition("PT-4", PetitionChannel.VISIT, PetitionSource.DIRECT, 5, d(4, 5)));
    r.add(petition("PT-5", PetitionChannel.VISIT, PetitionSource.DIRECT, null, d(4, 6)));
    r.add(petition("PT-6", PetitionChannel.LETTER, PetitionSource.FORWARDED_BY_HIGHER, null, d(5, 5)));
    r.add(petition("PT-7", PetitionChannel.VISIT, PetitionSource.ASSIGNED_BY_HIGHER, 3, d(5, 6)));
    // appraisals: ORG-A twice, ORG-B once = 2 departments
    r.add(appraisal("AP-1", "ORG-A", d(3, 1)));
    r.add(appraisal("AP-2", "ORG-A", d(9, 1)));
    r.add(appraisal("AP-3", "ORG-B", d(4, 1)));
    r.add(appraisal("AP-4", "ORG-C", NEW_YEARS_EVE_2018));
    // deputy activities: oversight 3 + 1 + 1 = 5 person-times; reports to voters 2
    r.add(activity("A-1", ActivityKind.VISIT, d(3, 10), 1, 2, 3));
    r.add(activity("A-2", ActivityKind.SURVEY, d(4, 10), 1));
    r.add(activity("A-3", ActivityKind.LAW_ENFORCEMENT_INSPECTION, d(4, 1), 4));
    r.add(activity("A-4", ActivityKind.REPORT_TO_VOTERS, d(11, 1), 1, 2));
    r.add(activity("A-5", ActivityKind.TRAINING, d(8, 1), 7));
    r.add(activity("A-6", ActivityKind.VISIT, NEW_YEARS_EVE_2018, 5));
    // suggestions: S-3 merged into S-1, S-5 assigned 2018-12-31 → 3 assigned, 1 key, 2 answered, 1 closed
    r.add(suggestion("S-1", 1, d(3, 1)).addCoSponsorIds(dep(2), dep(3))
        .keySupervision(KeySupervision.builder().decidedBy(KeySupervisionBody.DIRECTORS_MEETING).build())
        .addAnswers(answer(d(5, 1))).closedDate(d(6, 1))
        .addFeedback(feedback(d(5, 10), SatisfactionGrade.SATISFIED)).build());
    r.add(suggestion("S-2", 2, d(3, 1)).addAnswers(answer(d(5, 2)))
        .addFeedback(feedback(d(5, 12), SatisfactionGrade.DISSATISFIED),
            feedback(d(8, 12), SatisfactionGrade.BASICALLY_SATISFIED)).build());
    r.add(suggestion("S-3", 3, d(3, 1)).mergedIntoId(SuggestionId.of("S-1")).build());
    r.add(suggestion("S-4", 4, d(3, 2)).build());
    r.add(Suggestion.builder().id(SuggestionId.of("S-5")).number("5").title("建议5").proposerId(dep(1))
        .submittedDate(LocalDate.of(2018, 12, 20)).period(SubmissionPeriod.RECESS).assignedDate(NEW_YEARS_EVE_2018)
        .build());
    // documents: 2 rules, 1 research report, 3 articles, 2 bulletin issues
    r.add(document("DOC-1", DocumentKind.RULE, d(3, 1)));
    r.add(document("DOC-2", DocumentKind.RULE, d(4, 1)));
    r.add(document("DOC-3", DocumentKind.RULE, NEW_YEARS_EVE_2018));
    r.add(document("DOC-4", DocumentKind.RESEARCH_REPORT, d(5, 1)));
    for (int n = 5; n <= 7; n++) {
      r.add(document("DOC-" + n, DocumentKind.PUBLICITY_ARTICLE, d(n, 1)));
    }
    r.add(document("DOC-8", DocumentKind.WORK_BULLETIN_ISSUE, d(1, 31)));
    r.add(document("DOC-9", DocumentKind.WORK_BULLETIN_ISSUE, d(2, 28)));
    // other oversight
    r.add(DeliberationOpinion.builder().id(OpinionId.of("OP-1")).workReportId(WorkReportId.of("WR-1")).meetingId(m1).sentDate(d(3, 1))
        .organ(StateOrgan.GOVERNMENT).build());
    r.add(oversight("OA-1", OversightKind.VISIT, d(3, 15)));
    r.add(oversight("OA-2", OversightKind.SURVEY, d(4, 15)));
    r.add(oversight("OA-3", OversightKind.STUDY_TOUR, d(5, 15)));
    r.add(oversight("OA-4", OversightKind.SPECIAL_INQUIRY, d(6, 25)));
    r.add(Interpellation.builder().id(InterpellationId.of("IP-1")).targetOrgan(StateOrgan.GOVERNMENT).written(true)
        .questions("关于……的质询").meetingId(m2).filedDate(d(6, 25)).build());
    r.add(FilingReview.builder().id(FilingReviewId.of("FR-1")).documentTitle("规范性文件一").issuerName("区人民政府")
        .filedDate(d(3, 3)).build());
    r.add(FilingReview.builder().id(FilingReviewId.of("FR-2")).documentTitle("规范性文件二").issuerName("区人民政府")
        .filedDate(d(8, 3)).build());
    r.add(OathCeremony.builder().id(OathCeremonyId.of("OC-1")).date(d(2, 20)).form(OathForm.COLLECTIVE)
        .leaderId(PersonId.of("P-1"))
        .addSwearers(OathTaker.of(PersonId.of("P-1")), OathTaker.of(PersonId.of("P-6")), OathTaker.of(PersonId.of("P-7")))
        .build());
    return r;
  }

  /** Adds records of any kind to a committee year builder. */
  public static void addRecords(ImmutableCommitteeRecords.Builder b, List<Object> records) {
    for (Object o : records) {
      if (o instanceof Meeting x) {
        b.addMeetings(x);
      } else if (o instanceof WorkReport x) {
        b.addWorkReports(x);
      } else if (o instanceof LawEnforcementInspection x) {
        b.addInspections(x);
      } else if (o instanceof Decision x) {
        b.addDecisions(x);
      } else if (o instanceof PersonnelAction x) {
        b.addPersonnelActions(x);
      } else if (o instanceof Project x) {
        b.addProjects(x);
      } else if (o instanceof LeadershipAssignment x) {
        b.addLeadershipAssignments(x);
      } else if (o instanceof Petition x) {
        b.addPetitions(x);
      } else if (o instanceof WorkAppraisal x) {
        b.addAppraisals(x);
      } else if (o instanceof DeputyActivity x) {
        b.addDeputyActivities(x);
      } else if (o instanceof Suggestion x) {
        b.addSuggestions(x);
      } else if (o instanceof Document x) {
        b.addDocuments(x);
      } else if (o instanceof DeliberationOpinion x) {
        b.addOpinions(x);
      } else if (o instanceof OversightActivity x) {
        b.addOversightActivities(x);
      } else if (o instanceof Interpellation x) {
        b.addInterpellations(x);
      } else if (o instanceof FilingReview x) {
        b.addFilingReviews(x);
      } else if (o instanceof OathCeremony x) {
        b.addOathCeremonies(x);
      } else {
        throw new IllegalArgumentException("Unknown record " + o);
      }
    }
  }

  static WorkReport report(String id, StateOrgan organ, WorkReportKind kind, MeetingId meeting, LocalDate date) {
    return WorkReport.builder().id(WorkReportId.of(id)).kind(kind).organ(organ).title("报告" + id).meetingId(meeting)
        .date(date).build();
  }

  static io.github.peoplecongress.model.supervision.ImmutableLawEnforcementInspection.Builder inspection(String id,
      InspectionMode mode, LocalDate start, String... laws) {
    var b = LawEnforcementInspection.builder().id(InspectionId.of(id)).title("执法检查" + id).mode(mode)
        .startDate(start);
    for (String law : laws) {
      b.addLaws(InspectedLaw.of(law, LawLevel.LAW));
    }
    return b;
  }

  static Decision decision(String id, DecisionKind kind, boolean adopted, LocalDate date) {
    return Decision.builder().id(DecisionId.of(id)).kind(kind).title("决定" + id).subject(DecisionSubject.OTHER)
        .meetingId(MeetingId.of("M-1")).date(date).adopted(adopted).build();
  }

  static PersonnelAction action(String id, String person, PersonnelActionKind kind, PostCategory category,
      ActingBody body, LocalDate date) {
    return PersonnelAction.builder().id(PersonnelActionId.of(id)).personId(PersonId.of(person)).kind(kind)
        .postCategory(category).postTitle("职务").organizationId(org("ORG-GOV")).decidedBy(body).decisionDate(date)
        .build();
  }

  static Project project(String id, LivelihoodCategory category, int units, String investment, Year year) {
    return Project.builder().id(ProjectId.of(id)).kind(ProjectKind.LIVELIHOOD).name("项目" + id)
        .livelihoodCategory(category).units(units).investment(new BigDecimal(investment)).year(year).build();
  }

  static LeadershipAssignment lead(String leader, LeadershipRole role, String project, LocalDate start,
      LocalDate end) {
    var b = LeadershipAssignment.builder().leaderId(PersonId.of(leader)).role(role).projectId(ProjectId.of(project))
        .startDate(start);
    if (end != null) {
      b.endDate(end);
    }
    return b.build();
  }

  static Petition petition(String id, PetitionChannel channel, PetitionSource source, Integer persons,
      LocalDate received) {
    var b = Petition.builder().id(PetitionId.of(id)).channel(channel).source(source).subject("事项" + id)
        .receivedDate(received);
    if (persons != null) {
      b.persons(persons);
    }
    if (source != PetitionSource.DIRECT) {
      b.referredById(org("ORG-CITY"));
    }
    return b.build();
  }

  static WorkAppraisal appraisal(String id, String organisation, LocalDate start) {
    return WorkAppraisal.builder().id(AppraisalId.of(id)).organizationId(org(organisation)).startDate(start).build();
  }

  static DeputyActivity activity(String id, ActivityKind kind, LocalDate date, int... deputies) {
    var b = DeputyActivity.builder().id(ActivityId.of(id)).kind(kind).date(date).title("活动" + id);
    for (int n : deputies) {
      b.addDeputyIds(dep(n));
    }
    return b.build();
  }

  static io.github.peoplecongress.model.deputywork.ImmutableSuggestion.Builder suggestion(String id, int proposer,
      LocalDate assigned) {
    return Suggestion.builder().id(SuggestionId.of(id)).number(id).title("建议" + id).proposerId(dep(proposer))
        .submittedDate(d(1, 10)).period(SubmissionPeriod.SESSION).assignedDate(assigned);
  }

  static SuggestionAnswer answer(LocalDate date) {
    return SuggestionAnswer.builder().date(date).organizationId(org("ORG-A")).outcome(SuggestionOutcome.SOLVED)
        .build();
  }

  static DeputyFeedback feedback(LocalDate date, SatisfactionGrade grade) {
    return DeputyFeedback.builder().date(date).grade(grade).build();
  }

  static Document document(String id, DocumentKind kind, LocalDate date) {
    return Document.builder().id(DocumentId.of(id)).kind(kind).title("文件" + id).date(date).build();
  }

  static OversightActivity oversight(String id, OversightKind kind, LocalDate start) {
    return OversightActivity.builder().id(OversightActivityId.of(id)).kind(kind).topic("主题" + id).startDate(start)
        .build();
  }
}

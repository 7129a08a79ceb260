package io.github.peoplecongress.examples.data;

import static io.github.peoplecongress.examples.data.Dates.d;

import io.github.peoplecongress.examples.data.YearRecords.Intake;
import io.github.peoplecongress.examples.data.YearRecords.OpinionSubject;
import io.github.peoplecongress.examples.data.YearRecords.PetitionSubject;
import io.github.peoplecongress.model.appraisal.AppraisalStep;
import io.github.peoplecongress.model.appraisal.AppraisalStepKind;
import io.github.peoplecongress.model.appraisal.AppraisalVote;
import io.github.peoplecongress.model.appraisal.SelectionMethod;
import io.github.peoplecongress.model.appraisal.VoterGroup;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.CommitteeRole;
import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.body.District;
import io.github.peoplecongress.model.body.DistrictKind;
import io.github.peoplecongress.model.body.MembershipEndReason;
import io.github.peoplecongress.model.body.Organization;
import io.github.peoplecongress.model.body.OrganizationKind;
import io.github.peoplecongress.model.body.StandingCommittee;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.code.EducationLevel;
import io.github.peoplecongress.model.code.PoliticalStatus;
import io.github.peoplecongress.model.decision.Decision;
import io.github.peoplecongress.model.decision.DecisionKind;
import io.github.peoplecongress.model.decision.DecisionSubject;
import io.github.peoplecongress.model.decision.ImmutableDecision;
import io.github.peoplecongress.model.deputy.Constituency;
import io.github.peoplecongress.model.deputy.Deputy;
import io.github.peoplecongress.model.deputy.DeputyGroup;
import io.github.peoplecongress.model.deputy.DeputyLevel;
import io.github.peoplecongress.model.deputy.TerminationGround;
import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.deputywork.ImmutableDeputyActivity;
import io.github.peoplecongress.model.deputywork.LetterCount;
import io.github.peoplecongress.model.deputywork.Mailbox;
import io.github.peoplecongress.model.deputywork.ReHandling;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.deputywork.SuggestionOutcome;
import io.github.peoplecongress.model.election.CandidateResult;
import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.election.ElectionKind;
import io.github.peoplecongress.model.election.ElectionResult;
import io.github.peoplecongress.model.election.Nomination;
import io.github.peoplecongress.model.election.NominatorType;
import io.github.peoplecongress.model.election.VoterListObjection;
import io.github.peoplecongress.model.id.ActivityId;
import io.github.peoplecongress.model.id.AppraisalId;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.DeputyGroupId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.DocumentId;
import io.github.peoplecongress.model.id.ElectionId;
import io.github.peoplecongress.model.id.ExamId;
import io.github.peoplecongress.model.id.FilingReviewId;
import io.github.peoplecongress.model.id.InspectionId;
import io.github.peoplecongress.model.id.InterpellationId;
import io.github.peoplecongress.model.id.InvestigationId;
import io.github.peoplecongress.model.id.MailboxId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.OpinionId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.OversightActivityId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.PetitionId;
import io.github.peoplecongress.model.id.ProjectId;
import io.github.peoplecongress.model.id.RemovalMotionId;
import io.github.peoplecongress.model.id.SuggestionId;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.meeting.AgendaItem;
import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.meeting.Attendance;
import io.github.peoplecongress.model.meeting.AttendanceStatus;
import io.github.peoplecongress.model.meeting.ImmutableAgendaItem;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.meeting.NonVotingAttendance;
import io.github.peoplecongress.model.outreach.AdministrativeLevel;
import io.github.peoplecongress.model.outreach.Document;
import io.github.peoplecongress.model.outreach.DocumentKind;
import io.github.peoplecongress.model.outreach.FiscalSummary;
import io.github.peoplecongress.model.outreach.Honour;
import io.github.peoplecongress.model.outreach.LeadershipAssignment;
import io.github.peoplecongress.model.outreach.LeadershipRole;
import io.github.peoplecongress.model.outreach.LivelihoodCategory;
import io.github.peoplecongress.model.outreach.Project;
import io.github.peoplecongress.model.outreach.ProjectKind;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.AssessorQuota;
import io.github.peoplecongress.model.personnel.ExamFormat;
import io.github.peoplecongress.model.personnel.ExamOutcome;
import io.github.peoplecongress.model.personnel.LegalExam;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathForm;
import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.model.personnel.OathTaker;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PersonnelActionKind;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.model.personnel.ProposingAuthority;
import io.github.peoplecongress.model.petition.Extension;
import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.PetitionChannel;
import io.github.peoplecongress.model.petition.PetitionOutcome;
import io.github.peoplecongress.model.petition.Review;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.supervision.AnswerForm;
import io.github.peoplecongress.model.supervision.DeliberationOpinion;
import io.github.peoplecongress.model.supervision.FilingReview;
import io.github.peoplecongress.model.supervision.FilingReviewOutcome;
import io.github.peoplecongress.model.supervision.InspectedLaw;
import io.github.peoplecongress.model.supervision.InspectionForm;
import io.github.peoplecongress.model.supervision.InspectionMode;
import io.github.peoplecongress.model.supervision.Interpellation;
import io.github.peoplecongress.model.supervision.LawEnforcementInspection;
import io.github.peoplecongress.model.supervision.LawLevel;
import io.github.peoplecongress.model.supervision.OversightActivity;
import io.github.peoplecongress.model.supervision.OversightKind;
import io.github.peoplecongress.model.supervision.ProposerKind;
import io.github.peoplecongress.model.supervision.RemovalMotion;
import io.github.peoplecongress.model.supervision.ReviewTrigger;
import io.github.peoplecongress.model.supervision.SpecialInvestigation;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import io.github.peoplecongress.model.vote.VoteTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Builds the 2019 example year of the fictional 云川区 16th standing committee: every record kind of the model, with
 * the counts of the metric definitions (docs/metrics.md). One instance builds one year; not thread-safe, deterministic.
 */
final class Year2019 {
  static final String REGION = "539901";
  static final int TERM = 16;
  static final int SIZE = 27;
  static final LocalDate TERM_START = LocalDate.of(2015, 1, 10);
  /**
   * The first session of the 17th congress, convened by the decision of 2019-11-28 (DEC-2019-12): the day the 16th term
   * ends (a fact of the next year, recorded with the term's standing data).
   */
  static final LocalDate NEXT_TERM_START = LocalDate.of(2020, 1, 7);
  static final LocalDate[] SC_DATES = {d(2, 26), d(4, 18), d(6, 6), d(7, 25), d(8, 29), d(10, 17), d(11, 28),
      d(12, 26)};
  static final int FIRST_SC_NUMBER = 29;
  static final String[] STREETS = {"和平", "东城", "西城", "南湖", "北苑", "新华", "人民", "建设", "文化", "解放", "滨江",
      "云峰"};

  // organisations
  static final OrganizationId GOV = OrganizationId.of("O-GOV");
  static final OrganizationId COURT = OrganizationId.of("O-COURT");
  static final OrganizationId PROC = OrganizationId.of("O-PROC");
  static final OrganizationId SUP = OrganizationId.of("O-SUP");
  static final OrganizationId POLICE = OrganizationId.of("O-GA");
  static final OrganizationId JUSTICE = OrganizationId.of("O-SFJ");
  static final OrganizationId PARTY = OrganizationId.of("O-QW");
  static final OrganizationId OFFICE = OrganizationId.of("O-RDBGS");
  static final OrganizationId LEGAL_WB = OrganizationId.of("O-FGW-RD");
  static final OrganizationId FINANCE_WB = OrganizationId.of("O-CJW-RD");
  static final OrganizationId DEPUTIES_WB = OrganizationId.of("O-DBW-RD");
  static final OrganizationId SOCIAL_WB = OrganizationId.of("O-JKW-RD");
  static final OrganizationId URBAN_WB = OrganizationId.of("O-CHW-RD");
  static final OrganizationId CREDENTIALS = OrganizationId.of("O-ZGSC");
  static final OrganizationId ELECTION_COMMITTEE = OrganizationId.of("O-XWH");
  static final OrganizationId PROVINCE_SC = OrganizationId.of("O-SRD");
  static final OrganizationId CITY_SC = OrganizationId.of("O-SHIRD");
  static final OrganizationId CITY_CIVILISATION = OrganizationId.of("O-WMW");
  static final OrganizationId FINANCE = OrganizationId.of("O-CZJ");
  static final OrganizationId AUDIT = OrganizationId.of("O-SJJ");
  static final OrganizationId CONSTRUCTION = OrganizationId.of("O-JSJ");
  static final OrganizationId EDUCATION = OrganizationId.of("O-JTJ");
  static final OrganizationId CIVIL_AFFAIRS = OrganizationId.of("O-MZJ");
  static final OrganizationId DEVELOPMENT = OrganizationId.of("O-FGWEI");
  static final OrganizationId INDUSTRY = OrganizationId.of("O-GXW");
  static final OrganizationId HUMAN_RESOURCES = OrganizationId.of("O-RSJ");
  static final OrganizationId HEALTH = OrganizationId.of("O-WJW");
  static final OrganizationId MARKET = OrganizationId.of("O-SCJGJ");
  static final OrganizationId URBAN = OrganizationId.of("O-CGJ");
  static final OrganizationId ENVIRONMENT = OrganizationId.of("O-HJJ");
  static final OrganizationId EMERGENCY = OrganizationId.of("O-YJJ");
  static final OrganizationId STATISTICS = OrganizationId.of("O-TJJ");
  static final OrganizationId VETERANS = OrganizationId.of("O-TYJRJ");
  static final OrganizationId MEDICAL_INSURANCE = OrganizationId.of("O-YBJ");
  static final OrganizationId COMMERCE = OrganizationId.of("O-SWJ");
  static final OrganizationId CULTURE = OrganizationId.of("O-WLJ");
  static final OrganizationId NATURAL_RESOURCES = OrganizationId.of("O-ZRZYJ");
  static final OrganizationId DISABLED = OrganizationId.of("O-CL");

  // people
  static final PersonId DIRECTOR = member(1);
  static final PersonId DISTRICT_HEAD = PersonId.of("P-G01");
  static final PersonId COURT_PRESIDENT = PersonId.of("P-G02");
  static final PersonId PROCURATOR_GENERAL = PersonId.of("P-G03");
  static final PersonId SUPERVISION_DIRECTOR = PersonId.of("P-G04");
  /**
   * The appointee of 2019-12-26 (SC-16-36, the last appointment of the year) who was away on official business and
   * took the oath in January 2020: the ceremony is in the 2020 records.
   */
  static final PersonId SWORN_IN_2020 = PersonId.of("P-A26");
  /** The recess suggestion assigned in November 2019 and answered in February 2020, within three months. */
  static final SuggestionId ANSWERED_IN_2020 = SuggestionId.of("SG-2019-136");
  /**
   * The special audit report (专项审计工作报告) heard on 2019-08-29, whose rectification report is heard at the
   * 17th committee's first meeting in February 2020, within six months.
   */
  static final WorkReportId RECTIFIED_IN_2020 = WorkReportId.of("WR-2019-05");

  private final Random random = new Random(20191231L);
  private final People people = new People(REGION, 2019L);
  private final List<Organization> organizations = new ArrayList<>();
  private final Map<OrganizationId, String> orgNames = new HashMap<>();
  private final Map<OrganizationId, PersonId> heads = new HashMap<>();
  private final List<CommitteeMembership> memberships = new ArrayList<>();
  private final List<Deputy> deputies = new ArrayList<>();
  private final Map<DeputyId, Integer> participation = new HashMap<>();
  private final List<Constituency> constituencies16 = new ArrayList<>();
  private final List<Constituency> constituencies17 = new ArrayList<>();
  private final Map<ConstituencyId, List<DeputyId>> deputiesByConstituency = new LinkedHashMap<>();
  private final List<DeputyGroup> groups = new ArrayList<>();
  private final List<Mailbox> mailboxes = new ArrayList<>();
  private final List<Meeting> otherMeetings = new ArrayList<>();
  private final Map<MeetingId, List<ImmutableAgendaItem.Builder>> agenda = new LinkedHashMap<>();
  private final Map<MeetingId, List<PersonId>> present = new HashMap<>();
  private final Map<MeetingId, List<DeputyId>> observers = new HashMap<>();
  private final List<WorkReport> workReports = new ArrayList<>();
  private final List<LawEnforcementInspection> inspections = new ArrayList<>();
  private final List<DeliberationOpinion> opinions = new ArrayList<>();
  private final List<OversightActivity> oversight = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private final List<PersonnelAction> actions = new ArrayList<>();
  private final List<LegalExam> exams = new ArrayList<>();
  private final List<OathCeremony> oaths = new ArrayList<>();
  private final List<WorkAppraisal> appraisals = new ArrayList<>();
  private final List<DeputyActivity> activities = new ArrayList<>();
  private final List<Suggestion> suggestions = new ArrayList<>();
  private final List<Petition> petitions = new ArrayList<>();
  private final List<Election> elections = new ArrayList<>();
  private final List<Project> projects = new ArrayList<>();
  private final List<LeadershipAssignment> assignments = new ArrayList<>();
  private final List<Document> documents = new ArrayList<>();
  private final List<FilingReview> filingReviews = new ArrayList<>();
  private final List<Honour> honours = new ArrayList<>();
  private Interpellation interpellation;
  private SpecialInvestigation investigation;
  private RemovalMotion removalMotion;
  private AssessorQuota assessorQuota;
  private final List<PersonId> staff = new ArrayList<>();
  private final Map<LocalDate, MeetingId> directorsMeetings = new LinkedHashMap<>();
  private int activityCounter;
  private int documentCounter;

  static PersonId member(int n) {
    return PersonId.of(String.format("P-%03d", n));
  }

  static DeputyId deputy(int n) {
    return DeputyId.of(String.format("D-%03d", n));
  }

  static MeetingId sc(int index) {
    return MeetingId.of("SC-16-" + (FIRST_SC_NUMBER + index));
  }

  CommitteeRecords build() {
    organisations();
    committeeAndDeputies();
    officials();
    congressSession();
    directorsAndPartyGroupMeetings();
    attendancePlan();
    workReports();
    inspections();
    oversightActivities();
    decisions();
    interpellationInvestigationRemoval();
    opinions();
    filingReviews();
    personnel();
    assessors();
    appraisals();
    deputyActivities();
    suggestions();
    petitions();
    elections();
    projects();
    documents();
    honours();
    return CommitteeRecords.builder()
        .span(DateRange.ofYear(2019))
        .district(district())
        .addTerms(CongressTerm.builder().number(TERM).startDate(TERM_START).endDate(NEXT_TERM_START).deputySeats(230)
            .standingCommittee(StandingCommittee.builder().size(SIZE).addAllMemberships(memberships).build())
            .build())
        .addAllPeople(people.all())
        .addAllOrganizations(organizations)
        .addAllDeputies(deputies)
        .addAllDeputyGroups(groups)
        .addAllConstituencies(constituencies16)
        .addAllConstituencies(constituencies17)
        .addAllMailboxes(mailboxes)
        .addAllMeetings(meetings())
        .addAllWorkReports(workReports)
        .addAllInspections(inspections)
        .addAllOpinions(opinions)
        .addAllOversightActivities(oversight)
        .addInterpellations(interpellation)
        .addInvestigations(investigation)
        .addRemovalMotions(removalMotion)
        .addAllFilingReviews(filingReviews)
        .addAllDecisions(decisions)
        .addAllPersonnelActions(actions)
        .addAllExams(exams)
        .addAllOathCeremonies(oaths)
        .addAssessorQuotas(assessorQuota)
        .addAllAppraisals(appraisals)
        .addAllDeputyActivities(activities)
        .addAllSuggestions(suggestions)
        .addAllPetitions(petitions)
        .addAllElections(elections)
        .addAllProjects(projects)
        .addAllLeadershipAssignments(assignments)
        .addFiscalSummaries(FiscalSummary.builder().year(Year.of(2019))
            .totalExpenditure(new BigDecimal("3500000000.00"))
            .livelihoodExpenditure(new BigDecimal("2661000000.00"))
            .source("2019年区级财政预算执行情况（常委会审议口径）").build())
        .addAllDocuments(documents)
        .addAllHonours(honours)
        .build();
  }

  /** @return the district, the same object in every year's records (the reader keeps it once) */
  static District district() {
    return District.builder().name("云川区").divisionCode(REGION).kind(DistrictKind.CITY_DISTRICT)
        .population(812_600L).build();
  }

  // ---------------------------------------------------------------- organisations

  private void org(OrganizationId id, String name, String shortName, OrganizationKind kind, OrganizationId parent) {
    var builder = Organization.builder().id(id).name(name).kind(kind);
    if (shortName != null) {
      builder.shortName(shortName);
    }
    if (parent != null) {
      builder.parentId(parent);
    }
    organizations.add(builder.build());
    orgNames.put(id, shortName != null ? shortName : name);
  }

  private void organisations() {
    org(PARTY, "中共云川区委员会", "区委", OrganizationKind.PARTY_COMMITTEE, null);
    org(GOV, "云川区人民政府", "区政府", OrganizationKind.GOVERNMENT, null);
    org(COURT, "云川区人民法院", "区法院", OrganizationKind.COURT, null);
    org(PROC, "云川区人民检察院", "区检察院", OrganizationKind.PROCURATORATE, null);
    org(SUP, "云川区监察委员会", "区监委", OrganizationKind.SUPERVISORY_COMMISSION, null);
    org(POLICE, "云州市公安局云川分局", "公安分局", OrganizationKind.PUBLIC_SECURITY, GOV);
    org(JUSTICE, "云川区司法局", "区司法局", OrganizationKind.JUSTICE_ADMINISTRATION, GOV);
    org(CONSTRUCTION, "云川区住房和城乡建设局", "区建设局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(EDUCATION, "云川区教育体育局", "区教体局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(CIVIL_AFFAIRS, "云川区民政局", "区民政局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(DEVELOPMENT, "云川区发展和改革委员会", "区发改委", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(INDUSTRY, "云川区工业和信息化委员会", "区工信委", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(HUMAN_RESOURCES, "云川区人力资源和社会保障局", "区人社局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(HEALTH, "云川区卫生健康委员会", "区卫健委", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(MARKET, "云川区市场监督管理局", "区市场监管局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(URBAN, "云川区城市管理局", "区城管局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(FINANCE, "云川区财政局", "区财政局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(AUDIT, "云川区审计局", "区审计局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(ENVIRONMENT, "云州市生态环境局云川分局", "生态环境分局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(EMERGENCY, "云川区应急管理局", "区应急局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(STATISTICS, "云川区统计局", "区统计局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(VETERANS, "云川区退役军人事务局", "区退役军人局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(MEDICAL_INSURANCE, "云川区医疗保障局", "区医保局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(COMMERCE, "云川区商务局", "区商务局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(CULTURE, "云川区文化和旅游局", "区文旅局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(NATURAL_RESOURCES, "云州市自然资源局云川分局", "自然资源分局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(DISABLED, "云川区残疾人联合会", "区残联", OrganizationKind.SOCIAL_ORGANIZATION, null);
    org(OFFICE, "云川区人大常委会办公室", "常委会办公室", OrganizationKind.WORKING_BODY, null);
    org(LEGAL_WB, "云川区人大常委会法制工作委员会", "法工委", OrganizationKind.WORKING_BODY, null);
    org(FINANCE_WB, "云川区人大常委会财政经济工作委员会", "财经工委", OrganizationKind.WORKING_BODY, null);
    org(DEPUTIES_WB, "云川区人大常委会人事代表工作委员会", "人事代表工委", OrganizationKind.WORKING_BODY, null);
    org(SOCIAL_WB, "云川区人大常委会教科文卫工作委员会", "教科文卫工委", OrganizationKind.WORKING_BODY, null);
    org(URBAN_WB, "云川区人大常委会城乡建设环境保护工作委员会", "城环工委", OrganizationKind.WORKING_BODY, null);
    org(CREDENTIALS, "云川区人大常委会代表资格审查委员会", "代表资格审查委员会", OrganizationKind.CREDENTIALS_COMMITTEE, null);
    org(ELECTION_COMMITTEE, "云川区选举委员会", "区选举委员会", OrganizationKind.ELECTION_COMMITTEE, null);
    org(PROVINCE_SC, "省人民代表大会常务委员会", "省人大常委会", OrganizationKind.HIGHER_STANDING_COMMITTEE, null);
    org(CITY_SC, "云州市人民代表大会常务委员会", "市人大常委会", OrganizationKind.HIGHER_STANDING_COMMITTEE, null);
    org(CITY_CIVILISATION, "云州市精神文明建设委员会", "市文明委", OrganizationKind.HIGHER_LEVEL_ORGAN, null);
    for (int i = 0; i < STREETS.length; i++) {
      OrganizationId office = streetOffice(i);
      org(office, "云川区" + STREETS[i] + "街道办事处", STREETS[i] + "街道办事处", OrganizationKind.STREET_OFFICE, GOV);
      org(streetBody(i), "云川区人大常委会" + STREETS[i] + "街道工作委员会", STREETS[i] + "街道人大工委",
          OrganizationKind.STREET_WORKING_BODY, null);
    }
  }

  static OrganizationId streetOffice(int i) {
    return OrganizationId.of(String.format("O-JD%02d", i + 1));
  }

  static OrganizationId streetBody(int i) {
    return OrganizationId.of(String.format("O-JDGW%02d", i + 1));
  }

  // ---------------------------------------------------------------- committee, deputies, constituencies, groups

  static int seatsOf(int index) {
    int r = index % 9;
    return r == 0 ? 1 : (r == 1 || r == 5) ? 2 : 3;
  }

  static int streetOf(int constituencyIndex) {
    return constituencyIndex * STREETS.length / 90;
  }

  private Constituency constituency(int term, int index) {
    int street = streetOf(index);
    return Constituency.builder()
        .id(ConstituencyId.of(String.format("C%d-%02d", term, index + 1)))
        .termNumber(term).number(index + 1).name("第" + (index + 1) + "选区").seats(seatsOf(index))
        .area(STREETS[street] + "街道")
        .addUnits(STREETS[street] + "街道第" + (index + 1) + "社区", STREETS[street] + "街道第" + (index + 1) + "片区机关企事业单位")
        .build();
  }

  private void committeeAndDeputies() {
    for (int i = 0; i < 90; i++) {
      constituencies16.add(constituency(16, i));
      constituencies17.add(constituency(17, i));
    }
    // deputies D-001..D-230 of the 16th congress, spread over the constituencies in a shuffled order
    List<Integer> numbers = new ArrayList<>();
    for (int n = 1; n <= 229; n++) {
      numbers.add(n);
    }
    Collections.shuffle(numbers, random);
    numbers.add(230); // the deputy who moves away sits in the last constituency
    int k = 0;
    Map<Integer, Integer> constituencyOfDeputy = new HashMap<>();
    for (int i = 0; i < 90; i++) {
      List<DeputyId> ids = new ArrayList<>();
      for (int s = 0; s < seatsOf(i); s++) {
        int n = numbers.get(k++);
        constituencyOfDeputy.put(n, i);
        ids.add(deputy(n));
      }
      deputiesByConstituency.put(constituencies16.get(i).getId(), ids);
    }
    for (int n = 1; n <= 231; n++) {
      int constituency = n == 231 ? 89 : constituencyOfDeputy.get(n);
      String job;
      if (n == 1) {
        job = "云川区人大常委会主任";
      } else if (n <= 6) {
        job = "云川区人大常委会副主任";
      } else if (n <= 27) {
        job = "云川区人大常委会委员";
      } else {
        job = jobOfDeputy(n);
      }
      int bornFrom = n <= 27 ? 1958 : 1960;
      int bornTo = n <= 27 ? 1975 : 1988;
      people.make(String.format("P-%03d", n), bornFrom, bornTo,
          n <= 27 ? PoliticalStatus.CPC_MEMBER : people.randomPoliticalStatus(),
          n <= 27 ? EducationLevel.UNDERGRADUATE : people.randomEducation(), job);
      var builder = Deputy.builder().id(deputy(n)).personId(member(n)).level(DeputyLevel.DISTRICT).termNumber(TERM)
          .constituencyId(constituencies16.get(constituency).getId())
          .groupId(groupId(streetOf(constituency)));
      if (n == 231) {
        builder.electedDate(d(7, 10)).byElected(true).serviceStartDate(SC_DATES[3])
            .note("2019-07-10 在第90选区补选产生，2019-07-25 常委会第三十二次会议确认代表资格");
      } else {
        builder.electedDate(LocalDate.of(2014, 11, 20)).serviceStartDate(TERM_START);
      }
      if (n == 230) {
        builder.terminationDate(d(5, 20)).terminationGround(TerminationGround.MOVED_OR_TRANSFERRED_OUT)
            .terminationAnnouncedDate(d(5, 24)).note("调离本行政区域，代表资格自2019-05-20终止");
      }
      deputies.add(builder.build());
      participation.put(deputy(n), 0);
    }
    deputiesByConstituency.get(constituencies16.get(89).getId()).add(deputy(231));
    for (int n = 1; n <= SIZE; n++) {
      CommitteeRole role = n == 1 ? CommitteeRole.DIRECTOR : n <= 6 ? CommitteeRole.DEPUTY_DIRECTOR
          : CommitteeRole.MEMBER;
      memberships.add(CommitteeMembership.builder().id(MembershipId.of(String.format("M-16-%02d", n)))
          .personId(member(n)).deputyId(deputy(n)).role(role).startDate(TERM_START).endDate(NEXT_TERM_START)
          .endReason(MembershipEndReason.TERM_ENDED).build());
    }
    // groups by street, committee members paired
    for (int g = 0; g < STREETS.length; g++) {
      final int street = g;
      List<DeputyId> members = deputies.stream()
          .filter(dep -> streetOf(Integer.parseInt(dep.getConstituencyId().get().getValue().substring(4)) - 1)
              == street)
          .map(Deputy::getId).collect(Collectors.toList());
      DeputyId leader = members.stream().filter(id -> number(id) > SIZE && number(id) < 230).findFirst()
          .orElseThrow();
      var builder = DeputyGroup.builder().id(groupId(g)).termNumber(TERM).name(STREETS[g] + "街道代表组")
          .area(STREETS[g] + "街道").streetWorkingBodyId(streetBody(g)).leaderId(leader).addAllMemberIds(members);
      for (int m = g + 1; m <= SIZE; m += STREETS.length) {
        builder.addPairedMemberIds(member(m));
      }
      groups.add(builder.build());
      for (int box = 0; box < 2; box++) {
        mailboxes.add(Mailbox.builder().id(MailboxId.of(String.format("MB-%02d", g * 2 + box + 1)))
            .location(box == 0 ? "云川区" + STREETS[g] + "街道人大代表联络站门口" : "云川区" + STREETS[g] + "街道办事处一楼大厅")
            .deputyGroupId(groupId(g)).addDeputyIds(leader)
            .addAllDeputyIds(members.stream().filter(id -> !id.equals(leader) && number(id) < 230).limit(2)
                .collect(Collectors.toList()))
            .setUpDate(LocalDate.of(2016, 3, 15 + box))
            .addLettersReceived(LetterCount.of(Year.of(2018), 8 + random.nextInt(20)))
            .addLettersReceived(LetterCount.of(Year.of(2019), 8 + random.nextInt(20)))
            .build());
      }
    }
  }

  private String jobOfDeputy(int n) {
    String[] jobs = {"社区居民委员会主任", "第一中学校长", "人民医院医生", "有限公司董事长", "街道办事处主任", "小学教师",
        "社区卫生服务中心主任", "科技有限公司总经理", "农贸市场个体工商户", "物业服务公司经理", "幼儿园园长", "律师事务所律师",
        "建筑公司项目经理", "社区党委书记", "职业技术学校教师"};
    return "云川区" + STREETS[n % STREETS.length] + jobs[n % jobs.length];
  }

  static DeputyGroupId groupId(int g) {
    return DeputyGroupId.of(String.format("G-%02d", g + 1));
  }

  static int number(DeputyId id) {
    return Integer.parseInt(id.getValue().substring(2));
  }

  private Deputy deputyRecord(DeputyId id) {
    return deputies.get(number(id) - 1);
  }

  // ---------------------------------------------------------------- officials and staff

  private void official(String id, String job, OrganizationId org) {
    people.make(id, 1964, 1978, PoliticalStatus.CPC_MEMBER, EducationLevel.POSTGRADUATE, job);
    if (org != null) {
      heads.put(org, PersonId.of(id));
    }
  }

  private void officials() {
    official("P-G01", "云川区人民政府区长", GOV);
    official("P-G02", "云川区人民法院院长", COURT);
    official("P-G03", "云川区人民检察院检察长", PROC);
    official("P-G04", "云川区监察委员会主任", SUP);
    official("P-G05", "云州市公安局云川分局局长", POLICE);
    official("P-G06", "云川区财政局局长", FINANCE);
    official("P-G07", "云川区审计局局长", AUDIT);
    official("P-G08", "云川区民政局局长", CIVIL_AFFAIRS);
    official("P-G09", "云川区住房和城乡建设局局长", CONSTRUCTION);
    official("P-G10", "云州市生态环境局云川分局局长", ENVIRONMENT);
    official("P-G11", "云川区司法局局长", JUSTICE);
    official("P-G12", "云川区教育体育局局长", EDUCATION);
    official("P-G13", "云川区卫生健康委员会主任", HEALTH);
    official("P-G14", "云川区应急管理局局长", EMERGENCY);
    for (int i = 1; i <= 6; i++) {
      String id = String.format("P-S%02d", i);
      people.make(id, 1975, 1992, PoliticalStatus.CPC_MEMBER, EducationLevel.UNDERGRADUATE,
          "云川区人大常委会机关工作人员");
      staff.add(PersonId.of(id));
    }
  }

  // ---------------------------------------------------------------- meetings other than the committee's

  private void congressSession() {
    var builder = Meeting.builder().id(MeetingId.of("CS-16-05")).kind(MeetingKind.CONGRESS_SESSION).termNumber(TERM)
        .number(5).date(d(1, 8)).endDate(d(1, 10)).convenerId(DIRECTOR).chairId(DIRECTOR)
        .note("云川区第十六届人民代表大会第五次会议");
    for (int n = 1; n <= 230; n++) {
      builder.addAttendance(n == 57 || n == 143 ? YearRecords.onLeave(member(n), "因病请假")
          : Attendance.of(member(n), AttendanceStatus.PRESENT));
    }
    builder.addNonVotingAttendance(NonVotingAttendance.organHead(DISTRICT_HEAD, StateOrgan.GOVERNMENT))
        .addNonVotingAttendance(NonVotingAttendance.organHead(COURT_PRESIDENT, StateOrgan.COURT))
        .addNonVotingAttendance(NonVotingAttendance.organHead(PROCURATOR_GENERAL, StateOrgan.PROCURATORATE))
        .addAgenda(AgendaItem.of(1, "听取和审议区人民政府工作报告", AgendaItemKind.OTHER))
        .addAgenda(AgendaItem.of(2, "听取和审议区人大常委会工作报告", AgendaItemKind.OTHER))
        .addAgenda(AgendaItem.of(3, "审查和批准2019年区级财政预算", AgendaItemKind.OTHER));
    otherMeetings.add(builder.build());
  }

  private void directorsAndPartyGroupMeetings() {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate sc : SC_DATES) {
      dates.add(Dates.weekdayOnOrBefore(sc.minusDays(9)));
    }
    for (LocalDate extra : List.of(d(1, 16), d(3, 20), d(5, 22), d(6, 26), d(9, 11), d(10, 10), d(11, 6),
        d(12, 18))) {
      dates.add(extra);
    }
    Collections.sort(dates);
    int number = 121;
    for (LocalDate date : dates) {
      MeetingId id = MeetingId.of("DM-16-" + number);
      directorsMeetings.put(date, id);
      var builder = Meeting.builder().id(id).kind(MeetingKind.DIRECTORS).termNumber(TERM).number(number++)
          .date(date).convenerId(DIRECTOR).chairId(DIRECTOR);
      for (int n = 1; n <= 6; n++) {
        builder.addAttendance(Attendance.of(member(n), AttendanceStatus.PRESENT));
      }
      builder.addAgenda(AgendaItem.of(1, "研究常委会近期工作安排，听取项目指挥长、首席服务官工作汇报", AgendaItemKind.OTHER));
      otherMeetings.add(builder.build());
    }
    int partyNumber = 41;
    for (LocalDate date : List.of(d(1, 14), d(3, 25), d(5, 27), d(8, 12), d(10, 8), d(12, 16))) {
      var builder = Meeting.builder().id(MeetingId.of("PG-16-" + partyNumber)).kind(MeetingKind.PARTY_GROUP)
          .termNumber(TERM).number(partyNumber++).date(date).convenerId(DIRECTOR).chairId(DIRECTOR);
      for (int n = 1; n <= 5; n++) {
        builder.addAttendance(Attendance.of(member(n), AttendanceStatus.PRESENT));
      }
      builder.addAgenda(AgendaItem.of(1, date.getMonthValue() == 8
          ? "传达学习中央、省委和市委关于做好县乡人大换届选举工作的要求，研究换届选举工作意见"
          : "传达学习上级会议精神，研究常委会党组重要事项", AgendaItemKind.OTHER));
      otherMeetings.add(builder.build());
    }
  }

  MeetingId directorsMeetingBefore(LocalDate date) {
    MeetingId found = null;
    for (Map.Entry<LocalDate, MeetingId> entry : directorsMeetings.entrySet()) {
      if (!entry.getKey().isAfter(date)) {
        found = entry.getValue();
      }
    }
    return found;
  }

  LocalDate dateOfDirectorsMeeting(MeetingId id) {
    return directorsMeetings.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().orElseThrow()
        .getKey();
  }

  // ---------------------------------------------------------------- committee meetings: attendance

  private void attendancePlan() {
    for (int i = 0; i < SC_DATES.length; i++) {
      MeetingId id = sc(i);
      agenda.put(id, new ArrayList<>());
      int onLeave = 1 + random.nextInt(4);
      Set<Integer> leave = YearRecords.chooseOnLeave(random, onLeave, 7, SIZE);
      List<PersonId> here = new ArrayList<>();
      for (int n = 1; n <= SIZE; n++) {
        if (!leave.contains(n)) {
          here.add(member(n));
        }
      }
      present.put(id, here);
      observers.put(id, pick(12, SC_DATES[i], dep -> number(dep.getId()) > SIZE));
    }
  }

  private int presentCount(int meeting) {
    return present.get(sc(meeting)).size();
  }

  /** A vote of the members present: nearly all in favour. */
  private VoteTally vote(int meeting) {
    return YearRecords.vote(random, presentCount(meeting));
  }

  private void item(int meeting, String title, AgendaItemKind kind, Consumer<ImmutableAgendaItem.Builder> more) {
    agenda.get(sc(meeting)).add(YearRecords.agendaItem(title, kind, more));
  }

  private List<Meeting> meetings() {
    List<Meeting> all = new ArrayList<>();
    all.add(otherMeetings.get(0));
    for (int i = 0; i < SC_DATES.length; i++) {
      MeetingId id = sc(i);
      var builder = Meeting.builder().id(id).kind(MeetingKind.STANDING_COMMITTEE).termNumber(TERM)
          .number(FIRST_SC_NUMBER + i).date(SC_DATES[i]).convenerId(DIRECTOR).chairId(DIRECTOR)
          .note("云川区第十六届人大常委会第" + (FIRST_SC_NUMBER + i) + "次会议");
      for (int n = 1; n <= SIZE; n++) {
        builder.addAttendance(present.get(id).contains(member(n)) ? Attendance.of(member(n), AttendanceStatus.PRESENT)
            : YearRecords.onLeave(member(n), n % 2 == 0 ? "因公出差请假" : "因病请假"));
      }
      for (DeputyId deputy : observers.get(id)) {
        builder.addNonVotingAttendance(NonVotingAttendance.deputy(deputy));
      }
      YearRecords.addOrganHeadsAndClerk(builder, staff.get(0));
      YearRecords.addAgenda(builder, agenda.get(id));
      all.add(builder.build());
    }
    all.addAll(otherMeetings.subList(1, otherMeetings.size()));
    return all;
  }

  // ---------------------------------------------------------------- deputies' participation

  /**
   * Picks deputies serving on a day who satisfy a condition, those with the fewest participations first (ties in
   * random order), and counts the participation.
   */
  List<DeputyId> pick(int count, LocalDate date, Predicate<Deputy> condition) {
    return YearRecords.pickLeastActive(deputies, participation, random, count, date, condition);
  }

  private static final Predicate<Deputy> NOT_MEMBER = dep -> number(dep.getId()) > SIZE;

  private ActivityId nextActivityId() {
    return ActivityId.of(String.format("DA-2019-%03d", ++activityCounter));
  }

  private void activity(ActivityKind kind, LocalDate date, LocalDate end, String title, OrganizationId organizer,
      List<DeputyId> deputyIds, Consumer<ImmutableDeputyActivity.Builder> more) {
    activities.add(YearRecords.activity(nextActivityId(), kind, date, end, title, organizer, deputyIds, more));
  }

  // ---------------------------------------------------------------- work reports

  private WorkReportId report(int meeting, WorkReportKind kind, StateOrgan organ, OrganizationId department,
      String title, Year fiscalYear) {
    WorkReportId id = WorkReportId.of(String.format("WR-2019-%02d", workReports.size() + 1));
    LocalDate date = SC_DATES[meeting];
    OrganizationId reporterOrg = YearRecords.reportingOrganization(organ, department);
    var builder = WorkReport.builder().id(id).kind(kind).organ(organ).title(title)
        .reporterId(heads.getOrDefault(reporterOrg, DISTRICT_HEAD)).meetingId(sc(meeting)).date(date)
        .draftSentForCommentDate(date.minusDays(26)).submittedDate(date.minusDays(13))
        .distributedToMembersDate(date.minusDays(8))
        .deputiesNotifiedDate(date.plusDays(5)).publishedDate(date.plusDays(5));
    if (department != null) {
      builder.organizationId(department);
    }
    if (kind == WorkReportKind.FINAL_ACCOUNTS || kind == WorkReportKind.BUDGET_ADJUSTMENT) {
      builder.preliminaryReviewDate(date.minusDays(36));
    }
    if (fiscalYear != null) {
      builder.fiscalYear(fiscalYear);
    }
    if (kind == WorkReportKind.AUDIT_RECTIFICATION) {
      builder.auditReportId(WorkReportId.of("WR-2019-07"));
    }
    if (kind == WorkReportKind.SUGGESTION_HANDLING) {
      int here = presentCount(meeting);
      builder.satisfaction(SatisfactionTally.of(here - 3, 3, 0, 0));
    }
    workReports.add(builder.build());
    String organName = orgNames.get(department != null ? department : reporterOrg);
    item(meeting, "听取和审议" + organName + title, YearRecords.agendaKindOf(kind), b -> b.workReportId(id));
    return id;
  }

  private void workReports() {
    StateOrgan g = StateOrgan.GOVERNMENT;
    report(0, WorkReportKind.SPECIAL_WORK, StateOrgan.COURT, null, "关于民事审判工作情况的报告", null);
    report(0, WorkReportKind.SPECIAL_WORK, g, POLICE, "关于社会治安管理工作情况的报告", null);
    report(1, WorkReportKind.SPECIAL_WORK, StateOrgan.PROCURATORATE, null, "关于刑事执行检察监督工作情况的报告", null);
    report(1, WorkReportKind.SPECIAL_WORK, g, CIVIL_AFFAIRS, "关于社区居家养老服务工作情况的报告", null);
    // a special audit (专项审计) heard in August; its rectification report is heard in February 2020 (Year2020)
    report(4, WorkReportKind.AUDIT, g, AUDIT, "关于政府投资建设项目专项审计情况的报告", null);
    report(2, WorkReportKind.FINAL_ACCOUNTS, g, FINANCE, "关于2018年区级财政决算（草案）的报告", Year.of(2018));
    report(2, WorkReportKind.AUDIT, g, AUDIT, "关于2018年度区级预算执行和其他财政收支的审计工作报告", Year.of(2018));
    report(3, WorkReportKind.BUDGET_EXECUTION, g, FINANCE, "关于2019年上半年财政预算执行情况的报告", Year.of(2019));
    report(3, WorkReportKind.SPECIAL_WORK, StateOrgan.COURT, null, "关于民事执行工作情况的报告", null);
    report(3, WorkReportKind.SPECIAL_WORK, g, POLICE, "关于刑事侦查工作情况的报告", null);
    report(4, WorkReportKind.BUDGET_ADJUSTMENT, g, FINANCE, "关于2019年区级预算调整方案（草案）的报告", Year.of(2019));
    report(4, WorkReportKind.SPECIAL_WORK, StateOrgan.PROCURATORATE, null, "关于公益诉讼检察工作情况的报告", null);
    report(4, WorkReportKind.STATE_ASSETS, g, FINANCE, "关于2018年度国有资产管理情况的综合报告", Year.of(2018));
    report(5, WorkReportKind.SPECIAL_WORK, StateOrgan.COURT, null, "关于人民陪审员工作情况的报告", null);
    report(5, WorkReportKind.GOVERNMENT_DEBT, g, FINANCE, "关于政府债务管理情况的报告", Year.of(2019));
    report(5, WorkReportKind.AUDIT_RECTIFICATION, g, AUDIT, "关于2018年度区级预算执行和其他财政收支审计查出问题整改情况的报告",
        Year.of(2018));
    report(6, WorkReportKind.SUGGESTION_HANDLING, g, null, "关于区第十六届人大五次会议代表建议、批评和意见办理情况的报告", null);
    report(6, WorkReportKind.ENVIRONMENT, g, ENVIRONMENT, "关于2018年度环境状况和环境保护目标完成情况的报告", Year.of(2018));
  }

  // ---------------------------------------------------------------- inspections

  private void inspections() {
    String[][] own = {
        {"《中华人民共和国安全生产法》", "LAW", "3-12", "1"},
        {"《中华人民共和国道路交通安全法》", "LAW", "3-19", "1"},
        {"《中华人民共和国残疾人保障法》", "LAW", "5-7", "2"},
        {"《中华人民共和国传染病防治法》", "LAW", "5-14", "2"},
        {"《城市居民最低生活保障条例》", "ADMINISTRATIVE_REGULATION", "6-18", "3"},
        {"《物业管理条例》", "ADMINISTRATIVE_REGULATION", "7-2", "3"},
        {"《中华人民共和国人民调解法》", "LAW", "9-10", "5"},
        {"《中小学幼儿园安全管理办法》", "RULE", "9-17", "5"}};
    OrganizationId[][] inspected = {{EMERGENCY}, {POLICE}, {CIVIL_AFFAIRS, DISABLED}, {HEALTH}, {CIVIL_AFFAIRS},
        {CONSTRUCTION}, {JUSTICE}, {EDUCATION}};
    OrganizationId[] organizers = {LEGAL_WB, LEGAL_WB, SOCIAL_WB, SOCIAL_WB, SOCIAL_WB, URBAN_WB, LEGAL_WB, SOCIAL_WB};
    for (int i = 0; i < own.length; i++) {
      String[] md = own[i][2].split("-");
      LocalDate start = d(Integer.parseInt(md[0]), Integer.parseInt(md[1]));
      int meeting = Integer.parseInt(own[i][3]);
      InspectionId id = InspectionId.of(String.format("INS-2019-%02d", i + 1));
      List<DeputyId> deputyIds = pick(12, start, NOT_MEMBER);
      String law = own[i][0];
      String title = law + "执法检查";
      inspections.add(LawEnforcementInspection.builder().id(id).title(title)
          .addLaws(InspectedLaw.of(law, LawLevel.valueOf(own[i][1]))).mode(InspectionMode.OWN)
          .organizerId(organizers[i]).startDate(start).endDate(start.plusDays(3))
          .addForms(InspectionForm.FORUM, InspectionForm.SITE_INSPECTION, InspectionForm.SPOT_CHECK)
          .addAllMemberIds(membersFor(i, 4)).addStaffIds(staff.get(1 + i % 5)).addAllDeputyIds(deputyIds)
          .addInspectedOrgans(StateOrgan.GOVERNMENT).addInspectedOrganizationIds(inspected[i])
          .reportDate(start.plusDays(14)).meetingId(sc(meeting)).publishedDate(SC_DATES[meeting].plusDays(7))
          .build());
      activity(ActivityKind.LAW_ENFORCEMENT_INSPECTION, start, start.plusDays(3), "参加" + title, organizers[i],
          deputyIds, b -> b.inspectionId(id));
      item(meeting, "听取和审议" + title + "报告", AgendaItemKind.INSPECTION_REPORT, b -> b.inspectionId(id));
    }
    String[][] joint = {
        {"《中华人民共和国食品安全法》", "《中华人民共和国农产品质量安全法》", "4-9", "省人大常委会"},
        {"《中华人民共和国大气污染防治法》", "《中华人民共和国水污染防治法》", "5-21", "省人大常委会"},
        {"《中华人民共和国固体废物污染环境防治法》", "《中华人民共和国环境保护法》", "6-25", "市人大常委会"},
        {"《中华人民共和国消防法》", "《中华人民共和国就业促进法》", "8-6", "市人大常委会"},
        {"《中华人民共和国未成年人保护法》", "《中华人民共和国老年人权益保障法》", "9-24", "市人大常委会"},
        {"《中华人民共和国中医药法》", "《中华人民共和国统计法》", "10-22", "省人大常委会"}};
    for (int i = 0; i < joint.length; i++) {
      String[] md = joint[i][2].split("-");
      LocalDate start = d(Integer.parseInt(md[0]), Integer.parseInt(md[1]));
      InspectionId id = InspectionId.of(String.format("INS-2019-%02d", own.length + i + 1));
      List<DeputyId> deputyIds = pick(12, start, NOT_MEMBER);
      String title = "配合" + joint[i][3] + "开展" + joint[i][0] + joint[i][1] + "执法检查";
      inspections.add(LawEnforcementInspection.builder().id(id).title(title)
          .addLaws(InspectedLaw.of(joint[i][0], LawLevel.LAW), InspectedLaw.of(joint[i][1], LawLevel.LAW))
          .mode(InspectionMode.JOINT_WITH_HIGHER).addPartners(joint[i][3]).organizerId(i % 2 == 0 ? URBAN_WB : SOCIAL_WB)
          .startDate(start).endDate(start.plusDays(2))
          .addForms(InspectionForm.FORUM, InspectionForm.SITE_INSPECTION)
          .addAllMemberIds(membersFor(i + 8, 3)).addStaffIds(staff.get(1 + i % 5)).addAllDeputyIds(deputyIds)
          .addInspectedOrgans(StateOrgan.GOVERNMENT).reportDate(start.plusDays(12))
          .build());
      activity(ActivityKind.LAW_ENFORCEMENT_INSPECTION, start, start.plusDays(2), title,
          i % 2 == 0 ? URBAN_WB : SOCIAL_WB, deputyIds, b -> b.inspectionId(id));
    }
  }

  /** A few committee members for a group: a deputy director and ordinary members, varying with the index. */
  private List<PersonId> membersFor(int index, int count) {
    List<PersonId> ids = new ArrayList<>();
    ids.add(member(2 + index % 5));
    for (int k = 0; ids.size() < count; k++) {
      ids.add(member(7 + (index * 3 + k) % 21));
    }
    return ids;
  }

  // ---------------------------------------------------------------- visits, surveys, study tours, inquiry

  private DocumentId researchReport(String title, LocalDate date, OversightActivityId from) {
    DocumentId id = nextDocumentId();
    var builder = Document.builder().id(id).kind(DocumentKind.RESEARCH_REPORT).title(title).date(date)
        .addAuthorIds(staff.get(documentCounter % 6));
    if (from != null) {
      builder.oversightActivityId(from);
    }
    documents.add(builder.build());
    return id;
  }

  private DocumentId nextDocumentId() {
    return DocumentId.of(String.format("DOC-2019-%03d", ++documentCounter));
  }

  private void oversightActivities() {
    String[][] visits = {
        {"视察全区重点项目建设情况", "1-22"}, {"视察城中村改造工作", "3-5"}, {"视察区人民法院民事审判工作", "3-28"},
        {"视察区人民检察院刑事执行检察工作", "4-25"}, {"视察老旧小区改造提升工作", "5-28"}, {"视察全区普法工作", "6-20"},
        {"视察社区老人日间照料中心建设", "7-9"}, {"视察中小学校建设项目", "8-13"}, {"视察小游园建设情况", "9-5"},
        {"视察企业服务和营商环境建设", "11-12"}};
    for (int i = 0; i < visits.length; i++) {
      oversight(OversightKind.VISIT, visits[i][0], visits[i][1], 14, i, ActivityKind.VISIT,
          "关于" + visits[i][0].substring(2) + "的视察报告");
    }
    String[][] surveys = {
        {"专题调研全区城中村改造", "2-19"}, {"专题调研楼宇经济发展", "4-2"}, {"专题调研社区居家养老服务", "5-30"},
        {"专题调研基层人民调解工作", "7-16"}, {"专题调研政府债务管理", "8-20"}, {"专题调研义务教育均衡发展", "9-19"},
        {"专题调研生态环境保护", "10-29"}, {"专题调研代表建议办理工作", "11-19"}};
    for (int i = 0; i < surveys.length; i++) {
      oversight(OversightKind.SURVEY, surveys[i][0], surveys[i][1], 13, i + 10, ActivityKind.SURVEY,
          "关于" + surveys[i][0].substring(4) + "的调研报告");
    }
    String[] cities = {"深圳", "厦门", "成都"};
    LocalDate[] tourDates = {d(4, 8), d(6, 17), d(9, 23)};
    for (int i = 0; i < 3; i++) {
      OversightActivityId id = OversightActivityId.of(String.format("OA-2019-%02d", oversight.size() + 1));
      List<DeputyId> deputyIds = pick(2, tourDates[i], NOT_MEMBER);
      var builder = OversightActivity.builder().id(id).kind(OversightKind.STUDY_TOUR).topic("赴" + cities[i]
          + "考察学习楼宇经济发展经验").organizerId(FINANCE_WB).startDate(tourDates[i]).endDate(tourDates[i].plusDays(4))
          .addPlaces(cities[i]).addAllMemberIds(membersFor(i + 20, 3)).addAllDeputyIds(deputyIds);
      if (i == 0) {
        builder.researchReportId(DocumentId.of("DOC-2019-" + String.format("%03d", documentCounter + 1)));
      }
      oversight.add(builder.build());
      if (i == 0) {
        researchReport("关于借鉴先进经验发展楼宇经济打造经济增长新引擎的调研报告", d(10, 25), id);
      }
      activity(ActivityKind.STUDY_TOUR, tourDates[i], tourDates[i].plusDays(4), "赴" + cities[i] + "考察学习",
          FINANCE_WB, deputyIds, b -> b.oversightActivityId(id));
    }
    // the special inquiry on government debt, at the 34th meeting
    OversightActivityId inquiry = OversightActivityId.of(String.format("OA-2019-%02d", oversight.size() + 1));
    List<DeputyId> inquiryDeputies = pick(8, SC_DATES[5], NOT_MEMBER);
    oversight.add(OversightActivity.builder().id(inquiry).kind(OversightKind.SPECIAL_INQUIRY)
        .topic("就政府债务管理情况开展专题询问").organizerId(FINANCE_WB).startDate(SC_DATES[5]).addPlaces("区人大常委会会议室")
        .addAllMemberIds(present.get(sc(5))).addAllDeputyIds(inquiryDeputies).addOrgans(StateOrgan.GOVERNMENT)
        .addOrganizationIds(FINANCE, DEVELOPMENT).meetingId(sc(5)).workReportId(WorkReportId.of("WR-2019-15"))
        .build());
    item(5, "就政府债务管理情况开展专题询问", AgendaItemKind.SPECIAL_INQUIRY, b -> b.oversightActivityId(inquiry));
    activity(ActivityKind.SPECIAL_INQUIRY, SC_DATES[5], null, "参加常委会专题询问", FINANCE_WB, inquiryDeputies,
        b -> b.oversightActivityId(inquiry).meetingId(sc(5)));
    for (String title : List.of("关于云川区城中村改造的调研报告", "关于全区代表联络站建设的调研报告", "关于街道人大工作规范化建设的调研报告",
        "关于进一步做好县乡人大换届选举工作的调研报告")) {
      researchReport(title, d(12, 10), null);
    }
  }

  private void oversight(OversightKind kind, String topic, String monthDay, int deputyCount, int index,
      ActivityKind activityKind, String reportTitle) {
    String[] md = monthDay.split("-");
    LocalDate date = d(Integer.parseInt(md[0]), Integer.parseInt(md[1]));
    OversightActivityId id = OversightActivityId.of(String.format("OA-2019-%02d", oversight.size() + 1));
    DocumentId report = DocumentId.of(String.format("DOC-2019-%03d", documentCounter + 1));
    List<DeputyId> deputyIds = pick(deputyCount, date, NOT_MEMBER);
    OrganizationId organizer = index % 3 == 0 ? URBAN_WB : index % 3 == 1 ? FINANCE_WB : SOCIAL_WB;
    oversight.add(OversightActivity.builder().id(id).kind(kind).topic(topic).organizerId(organizer).startDate(date)
        .endDate(date.plusDays(1)).addPlaces(STREETS[index % 12] + "街道", STREETS[(index + 5) % 12] + "街道")
        .addAllMemberIds(membersFor(index, 4)).addAllDeputyIds(deputyIds).addOrgans(StateOrgan.GOVERNMENT)
        .researchReportId(report).build());
    researchReport(reportTitle, date.plusDays(20), id);
    activity(activityKind, date, date.plusDays(1), "参加常委会" + topic, organizer, deputyIds,
        b -> b.oversightActivityId(id));
  }

  // ---------------------------------------------------------------- decisions

  private DecisionId decision(int meeting, DecisionKind kind, DecisionSubject subject, String title,
      Consumer<ImmutableDecision.Builder> more) {
    VoteTally vote = vote(meeting);
    var builder = YearRecords.adopted(2019, decisions.size() + 1, sc(meeting), SC_DATES[meeting], vote).kind(kind)
        .subject(subject).title(title).publishedDate(SC_DATES[meeting].plusDays(5));
    more.accept(builder);
    Decision decision = builder.build();
    decisions.add(decision);
    item(meeting, "表决" + title, YearRecords.agendaKindOf(kind), b -> b.decisionId(decision.getId()).vote(vote));
    return decision.getId();
  }

  private void decisions() {
    DecisionKind r = DecisionKind.RESOLUTION;
    DecisionKind dk = DecisionKind.DECISION;
    decision(0, dk, DecisionSubject.MAJOR_MATTER, "关于开展2019年度工作评议的决定",
        b -> b.addAddressedOrgans(StateOrgan.GOVERNMENT).addAddressedOrganizationIds(CONSTRUCTION, EDUCATION,
            CIVIL_AFFAIRS, DEVELOPMENT, INDUSTRY, HUMAN_RESOURCES, HEALTH, MARKET, URBAN));
    decision(1, r, DecisionSubject.INSPECTION, "关于全面加强安全生产工作的决议",
        b -> b.inspectionId(InspectionId.of("INS-2019-01")).addAddressedOrgans(StateOrgan.GOVERNMENT)
            .reportDeadline(d(7, 18)).reportDate(d(7, 10)));
    decision(1, DecisionKind.REFERRAL, DecisionSubject.MAJOR_MATTER, "关于将老旧小区物业管理问题送区人民政府研究办理的意见",
        b -> b.addAddressedOrgans(StateOrgan.GOVERNMENT).reportDeadline(d(7, 18)).reportDate(d(7, 5)));
    decision(2, r, DecisionSubject.FINAL_ACCOUNTS, "关于批准2018年区级财政决算的决议",
        b -> b.workReportId(WorkReportId.of("WR-2019-06")).addAddressedOrgans(StateOrgan.GOVERNMENT));
    decision(3, dk, DecisionSubject.ASSESSOR_QUOTA, "关于确定云川区人民法院人民陪审员名额的决定",
        b -> b.addAddressedOrgans(StateOrgan.COURT));
    decision(3, dk, DecisionSubject.DEPUTIES, "关于确认补选的区第十六届人民代表大会代表资格的决定", b -> { });
    decision(4, r, DecisionSubject.BUDGET_ADJUSTMENT, "关于批准2019年区级预算调整方案的决议",
        b -> b.workReportId(WorkReportId.of("WR-2019-11")).addAddressedOrgans(StateOrgan.GOVERNMENT));
    decision(4, dk, DecisionSubject.ELECTION, "关于区第十七届人民代表大会代表选举时间、代表名额和设立选举委员会的决定",
        b -> b.addAddressedOrganizationIds(ELECTION_COMMITTEE));
    decision(5, r, DecisionSubject.FISCAL_REPORT, "关于加强政府债务管理的决议",
        b -> b.workReportId(WorkReportId.of("WR-2019-15")).addAddressedOrgans(StateOrgan.GOVERNMENT)
            .reportDeadline(d(12, 31)).reportDate(d(12, 20)));
    decision(5, r, DecisionSubject.INSPECTION, "关于进一步加强人民调解工作的决议",
        b -> b.inspectionId(InspectionId.of("INS-2019-07")).addAddressedOrgans(StateOrgan.GOVERNMENT)
            .reportDeadline(d(12, 31)).reportDate(d(12, 18)));
    decision(6, dk, DecisionSubject.DEPUTIES, "关于确认区第十七届人民代表大会代表资格的决定", b -> { });
    decision(6, dk, DecisionSubject.CONVENE_CONGRESS, "关于召开云川区第十七届人民代表大会第一次会议的决定", b -> { });
    decision(7, r, DecisionSubject.INVESTIGATION, "关于城中村改造项目拆迁补偿资金使用情况调查报告的决议",
        b -> b.investigationId(InvestigationId.of("INV-2019-01")).addAddressedOrgans(StateOrgan.GOVERNMENT));
  }

  // ---------------------------------------------------------------- interpellation, investigation, removal motion

  private void interpellationInvestigationRemoval() {
    InterpellationId interpellationId = InterpellationId.of("IP-2019-01");
    interpellation = Interpellation.builder().id(interpellationId)
        .addSponsorIds(member(8), member(11), member(15), member(19), member(23))
        .targetOrgan(StateOrgan.GOVERNMENT).targetOrganizationId(CONSTRUCTION).written(true)
        .questions("关于部分保障性住房项目延期交付、违规收取配套费用的质询：一、延期交付的原因和责任；二、违规收费的清退情况；三、整改措施和时限。")
        .meetingId(sc(2)).filedDate(SC_DATES[2]).answerDate(SC_DATES[3]).answerForm(AnswerForm.ORAL)
        .answeredById(heads.get(CONSTRUCTION)).answerMeetingId(sc(3)).dissatisfiedSponsors(0).build();
    item(2, "常委会组成人员联名提出对区住房和城乡建设局的质询案", AgendaItemKind.INTERPELLATION,
        b -> b.interpellationId(interpellationId));
    item(3, "区住房和城乡建设局局长答复质询", AgendaItemKind.INTERPELLATION, b -> b.interpellationId(interpellationId));

    InvestigationId investigationId = InvestigationId.of("INV-2019-01");
    List<DeputyId> investigators = pick(3, SC_DATES[5], NOT_MEMBER);
    VoteTally investigationVote = vote(5);
    investigation = SpecialInvestigation.builder().id(investigationId)
        .subject("城中村改造项目拆迁补偿资金使用情况").proposer(ProposerKind.DIRECTORS).proposedDate(d(10, 10))
        .meetingId(sc(5)).decidedDate(SC_DATES[5]).vote(investigationVote).established(true).chairId(member(3))
        .addCommitteeMemberIds(member(3), member(9), member(14), member(20), member(26))
        .addAllCommitteeDeputyIds(investigators).reportDate(d(12, 16)).reportMeetingId(sc(7))
        .decisionId(DecisionId.of("DEC-2019-13")).build();
    item(5, "关于成立城中村改造项目拆迁补偿资金使用情况特定问题调查委员会的决定", AgendaItemKind.SPECIAL_INVESTIGATION,
        b -> b.investigationId(investigationId).vote(investigationVote));
    item(7, "听取和审议特定问题调查委员会的调查报告", AgendaItemKind.SPECIAL_INVESTIGATION,
        b -> b.investigationId(investigationId));
    activity(ActivityKind.OTHER, d(10, 28), d(12, 13), "参加特定问题调查委员会工作", LEGAL_WB, investigators, b -> { });

    PersonId target = PersonId.of("P-X20");
    people.make(target.getValue(), 1968, 1972, PoliticalStatus.CPC_MEMBER, EducationLevel.UNDERGRADUATE,
        "云川区市场监督管理局局长（已被撤职）");
    RemovalMotionId motionId = RemovalMotionId.of("RM-2019-01");
    PersonnelActionId removal = PersonnelActionId.of("PA-2019-REM1");
    VoteTally removalVote = vote(5);
    removalMotion = RemovalMotion.builder().id(motionId).targetId(target).targetPost("云川区市场监督管理局局长")
        .proposer(ProposerKind.STATE_ORGAN).proposingOrgan(StateOrgan.GOVERNMENT)
        .reasons("因涉嫌严重违纪违法被立案审查调查，已不适宜继续担任区市场监督管理局局长职务。区人民政府提请常委会撤销其职务，并附有关材料。")
        .filedDate(d(10, 8)).meetingId(sc(5)).secretBallot(true).vote(removalVote).adopted(true)
        .removalActionId(removal).build();
    actions.add(PersonnelAction.builder().id(removal).personId(target).kind(PersonnelActionKind.REMOVAL)
        .postCategory(PostCategory.STATE_FUNCTIONARY).postTitle("云川区市场监督管理局局长").organizationId(MARKET)
        .stateOrgan(StateOrgan.GOVERNMENT).decidedBy(ActingBody.STANDING_COMMITTEE)
        .proposedBy(ProposingAuthority.GOVERNMENT).proposerId(DISTRICT_HEAD).meetingId(sc(5))
        .decisionDate(SC_DATES[5]).voteTally(removalVote).secretBallot(true).removalMotionId(motionId)
        .announcementDate(SC_DATES[5]).build());
    item(5, "审议区人民政府关于撤销区市场监督管理局局长职务的议案（无记名投票）", AgendaItemKind.REMOVAL_MOTION,
        b -> b.removalMotionId(motionId).addPersonnelActionIds(removal).vote(removalVote));
  }

  // ---------------------------------------------------------------- deliberation opinions

  private void opinions() {
    int count = 0;
    List<OpinionSubject> subjects = YearRecords.opinionSubjects(workReports, inspections, Year2019::indexOf);
    subjects.add(OpinionSubject.inquiry(OversightActivityId.of("OA-2019-22"), 5, FINANCE));
    for (OpinionSubject subject : subjects) {
      int meeting = subject.meeting();
      LocalDate sent = SC_DATES[meeting].plusDays(7);
      int handlingMeeting = meeting + 1;
      while (handlingMeeting < 7 && SC_DATES[handlingMeeting].isBefore(sent.plusDays(30))) {
        handlingMeeting++;
      }
      LocalDate handled = SC_DATES[handlingMeeting].minusDays(7);
      OpinionId id = OpinionId.of(String.format("OP-2019-%02d", ++count));
      opinions.add(YearRecords.opinion(id, subject, sc(meeting), sent).handlingReportDate(handled)
          .handlingReportMeetingId(sc(handlingMeeting)).build());
      item(handlingMeeting, "听取审议意见研究处理情况的报告（" + id + "）", AgendaItemKind.OPINION_HANDLING_REPORT,
          b -> b.opinionId(id));
    }
  }

  static int indexOf(MeetingId meeting) {
    return Integer.parseInt(meeting.getValue().substring(6)) - FIRST_SC_NUMBER;
  }

  // ---------------------------------------------------------------- filing reviews

  private void filingReviews() {
    String[][] docs = {
        {"云川区老旧小区改造提升实施办法", "云政发〔2019〕3号", "3-5"},
        {"云川区社区居家养老服务补贴管理办法", "云政发〔2019〕7号", "4-12"},
        {"云川区城市居民最低生活保障审核确认办法", "云政发〔2019〕11号", "6-3"},
        {"云川区政府投资项目管理办法", "云政发〔2019〕15号", "7-22"},
        {"云川区促进楼宇经济发展若干措施", "云政办发〔2019〕21号", "9-9"},
        {"云川区物业服务企业信用管理办法", "云政办发〔2019〕26号", "10-28"}};
    for (int i = 0; i < docs.length; i++) {
      String[] md = docs[i][2].split("-");
      LocalDate issued = d(Integer.parseInt(md[0]), Integer.parseInt(md[1]));
      FilingReviewId id = FilingReviewId.of(String.format("FR-2019-%02d", i + 1));
      boolean amended = i == 4;
      filingReviews.add(FilingReview.builder().id(id).documentTitle(docs[i][0]).documentNumber(docs[i][1])
          .issuerName("云川区人民政府").issuingOrgan(StateOrgan.GOVERNMENT).issuingOrganizationId(GOV)
          .issuedDate(issued).filedDate(issued.plusDays(14)).trigger(i == 5 ? ReviewTrigger.REQUEST : ReviewTrigger.ACTIVE)
          .reviewCompletedDate(issued.plusDays(40))
          .outcome(amended ? FilingReviewOutcome.AMENDED : FilingReviewOutcome.NO_PROBLEM)
          .note(amended ? "第五条超越上位法设定条件，经沟通由制定机关修改" : "").build());
    }
    item(7, "听取和审议常委会法制工作委员会关于2019年规范性文件备案审查工作情况的报告", AgendaItemKind.FILING_REVIEW_REPORT,
        b -> b.filingReviewId(FilingReviewId.of("FR-2019-05")));
  }

  // ---------------------------------------------------------------- personnel: state functionaries

  private record Post(String title, OrganizationId org, StateOrgan organ, ProposingAuthority by, PersonId proposer) { }

  private Post gov(String title, OrganizationId org) {
    return new Post("云川区" + title, org, StateOrgan.GOVERNMENT, ProposingAuthority.GOVERNMENT_HEAD, DISTRICT_HEAD);
  }

  private Post court(String title) {
    return new Post("云川区人民法院" + title, COURT, StateOrgan.COURT, ProposingAuthority.COURT_PRESIDENT, COURT_PRESIDENT);
  }

  private Post proc(String title) {
    return new Post("云川区人民检察院" + title, PROC, StateOrgan.PROCURATORATE, ProposingAuthority.PROCURATOR_GENERAL,
        PROCURATOR_GENERAL);
  }

  private Post sup(String title) {
    return new Post("云川区监察委员会" + title, SUP, StateOrgan.SUPERVISORY_COMMISSION,
        ProposingAuthority.SUPERVISORY_COMMISSION_DIRECTOR, SUPERVISION_DIRECTOR);
  }

  private void personnel() {
    List<Post> appointments = List.of(
        gov("发展和改革委员会主任", DEVELOPMENT), gov("工业和信息化委员会主任", INDUSTRY), court("副院长"), proc("副检察长"),
        gov("人力资源和社会保障局局长", HUMAN_RESOURCES), court("审判委员会委员"), sup("副主任"),
        gov("卫生健康委员会主任", HEALTH), gov("城市管理局局长", URBAN), court("民事审判庭庭长"), proc("检察委员会委员"),
        gov("应急管理局局长", EMERGENCY), court("审判员"), sup("委员"),
        gov("统计局局长", STATISTICS), court("审判员"), proc("检察员"),
        gov("退役军人事务局局长", VETERANS), gov("医疗保障局局长", MEDICAL_INSURANCE), sup("委员"),
        gov("市场监督管理局局长", MARKET), court("审判员"), proc("检察员"),
        gov("商务局局长", COMMERCE), gov("文化和旅游局局长", CULTURE), gov("自然资源分局局长", NATURAL_RESOURCES));
    List<Post> dismissals = List.of(
        gov("发展和改革委员会主任", DEVELOPMENT), gov("工业和信息化委员会主任", INDUSTRY), court("副院长"),
        proc("副检察长"), gov("人力资源和社会保障局局长", HUMAN_RESOURCES), court("审判员"),
        gov("卫生健康委员会主任", HEALTH), gov("城市管理局局长", URBAN),
        gov("应急管理局局长", EMERGENCY), court("审判员"),
        gov("统计局局长", STATISTICS), proc("检察员"),
        gov("退役军人事务局局长", VETERANS), gov("医疗保障局局长", MEDICAL_INSURANCE), court("审判员"),
        proc("检察员"), court("审判员"),
        gov("商务局局长", COMMERCE), gov("文化和旅游局局长", CULTURE));
    int[] appointmentsPerMeeting = {4, 3, 4, 3, 3, 3, 3, 3};
    int[] dismissalsPerMeeting = {3, 3, 2, 2, 2, 3, 2, 2};
    int a = 0;
    int x = 0;
    for (int m = 0; m < SC_DATES.length; m++) {
      LocalDate date = SC_DATES[m];
      List<PersonnelActionId> ids = new ArrayList<>();
      List<OathTaker> swearers = new ArrayList<>();
      OathCeremonyId ceremony = OathCeremonyId.of(String.format("OATH-2019-%02d", m + 1));
      for (int k = 0; k < appointmentsPerMeeting[m]; k++, a++) {
        Post post = appointments.get(a);
        String personId = String.format("P-A%02d", a + 1);
        people.make(personId, 1970, 1985, PoliticalStatus.CPC_MEMBER, EducationLevel.UNDERGRADUATE,
            post.title().replace("云川区", "拟任云川区"));
        PersonnelActionId id = PersonnelActionId.of(String.format("PA-2019-%03d", actions.size() + 1));
        List<ExamId> examIds = new ArrayList<>();
        if (a == 7) { // one appointee failed the first sitting and passed the retake
          ExamId first = ExamId.of(String.format("EX-2019-%03d", exams.size() + 1));
          exams.add(YearRecords.exam(first, PersonId.of(personId), date.minusDays(14), id, new BigDecimal("56"), 1,
              ExamOutcome.FAILED));
          examIds.add(first);
        }
        ExamId exam = ExamId.of(String.format("EX-2019-%03d", exams.size() + 1));
        exams.add(YearRecords.exam(exam, PersonId.of(personId), date.minusDays(7), id,
            BigDecimal.valueOf(72 + random.nextInt(25)), a == 7 ? 2 : 1, ExamOutcome.PASSED));
        examIds.add(exam);
        VoteTally vote = vote(m);
        boolean swearsLater = PersonId.of(personId).equals(SWORN_IN_2020);
        var action = PersonnelAction.builder().id(id).personId(PersonId.of(personId))
            .kind(post.organ() == StateOrgan.GOVERNMENT ? PersonnelActionKind.DECIDED_APPOINTMENT
                : PersonnelActionKind.APPOINTMENT)
            .postCategory(PostCategory.STATE_FUNCTIONARY).postTitle(post.title()).organizationId(post.org())
            .stateOrgan(post.organ()).decidedBy(ActingBody.STANDING_COMMITTEE).proposedBy(post.by())
            .proposerId(post.proposer()).meetingId(sc(m)).decisionDate(date).effectiveDate(date).voteTally(vote)
            .addAllExamIds(examIds).letterHandedOverDate(date).announcementDate(date);
        if (swearsLater) { // away on the day: the oath is organised in January 2020 (the next year's records)
          action.note("本人因公在外未出席本次会议，未参加会议闭幕前的宪法宣誓，宣誓另行组织");
        } else {
          action.oathCeremonyId(ceremony);
          swearers.add(OathTaker.of(PersonId.of(personId), id));
        }
        actions.add(action.build());
        ids.add(id);
      }
      for (int k = 0; k < dismissalsPerMeeting[m]; k++, x++) {
        Post post = dismissals.get(x);
        String personId = String.format("P-X%02d", x + 1);
        people.make(personId, 1959, 1975, PoliticalStatus.CPC_MEMBER, EducationLevel.UNDERGRADUATE,
            post.title() + "（已免职）");
        PersonnelActionId id = PersonnelActionId.of(String.format("PA-2019-%03d", actions.size() + 1));
        actions.add(PersonnelAction.builder().id(id).personId(PersonId.of(personId))
            .kind(post.organ() == StateOrgan.GOVERNMENT ? PersonnelActionKind.DECIDED_DISMISSAL
                : PersonnelActionKind.DISMISSAL)
            .postCategory(PostCategory.STATE_FUNCTIONARY).postTitle(post.title()).organizationId(post.org())
            .stateOrgan(post.organ()).decidedBy(ActingBody.STANDING_COMMITTEE).proposedBy(post.by())
            .proposerId(post.proposer()).meetingId(sc(m)).decisionDate(date).effectiveDate(date).voteTally(vote(m))
            .announcementDate(date).build());
        ids.add(id);
      }
      item(m, "审议人事任免事项", AgendaItemKind.PERSONNEL, b -> b.addAllPersonnelActionIds(ids));
      oaths.add(YearRecords.meetingOath(ceremony, date, sc(m), swearers));
      item(m, "举行宪法宣誓仪式", AgendaItemKind.OATH, b -> b.oathCeremonyId(ceremony));
    }
  }

  // ---------------------------------------------------------------- personnel: people's assessors

  private void assessors() {
    DecisionId quotaDecision = DecisionId.of("DEC-2019-05");
    VoteTally quotaVote = decisions.get(4).getVote().orElseThrow();
    assessorQuota = AssessorQuota.builder().courtId(COURT).judgeCount(52).quota(160).requestDate(d(7, 1))
        .decisionDate(SC_DATES[3]).meetingId(sc(3)).decisionId(quotaDecision).voteTally(quotaVote).build();
    String[] jobs = {"社区居民委员会委员", "中学教师", "小学教师", "企业职员", "社区卫生服务中心护士", "退休教师", "个体工商户",
        "物业服务公司职员", "社区网格员", "街道社会工作站社工"};
    List<PersonnelActionId> ids = new ArrayList<>();
    List<OathTaker> swearers = new ArrayList<>();
    OathCeremonyId ceremony = OathCeremonyId.of("OATH-2019-PJ");
    LocalDate date = SC_DATES[4];
    for (int i = 1; i <= 60; i++) {
      String personId = String.format("P-J%02d", i);
      int street = i % STREETS.length;
      people.make(personId, 1962, 1988, people.randomPoliticalStatus(),
          i % 4 == 0 ? EducationLevel.SENIOR_HIGH_SCHOOL : EducationLevel.UNDERGRADUATE,
          "云川区" + STREETS[street] + "街道" + jobs[i % jobs.length]);
      PersonnelActionId id = PersonnelActionId.of(String.format("PA-2019-PJ%02d", i));
      ExamId exam = ExamId.of(String.format("EX-2019-PJ%02d", i));
      exams.add(LegalExam.builder().id(exam).personId(PersonId.of(personId)).date(d(8, 20)).personnelActionId(id)
          .paper("人民陪审员任前法律知识").format(ExamFormat.OPEN_BOOK).score(BigDecimal.valueOf(68 + random.nextInt(30)))
          .passMark(new BigDecimal("60")).outcome(ExamOutcome.PASSED).build());
      actions.add(PersonnelAction.builder().id(id).personId(PersonId.of(personId)).kind(PersonnelActionKind.APPOINTMENT)
          .postCategory(PostCategory.PEOPLES_ASSESSOR).postTitle("云川区人民法院人民陪审员").organizationId(COURT)
          .stateOrgan(StateOrgan.COURT).decidedBy(ActingBody.STANDING_COMMITTEE)
          .proposedBy(ProposingAuthority.COURT_PRESIDENT).proposerId(COURT_PRESIDENT).meetingId(sc(4))
          .decisionDate(date).effectiveDate(date).voteTally(vote(4)).addExamIds(exam).oathCeremonyId(ceremony)
          .letterHandedOverDate(d(9, 5)).announcementDate(date).build());
      ids.add(id);
      swearers.add(OathTaker.of(PersonId.of(personId), id));
    }
    item(4, "审议区人民法院院长提请任命人民陪审员的议案", AgendaItemKind.PERSONNEL, b -> b.addAllPersonnelActionIds(ids));
    oaths.add(YearRecords.ceremony(ceremony, d(9, 5), OathKind.PEOPLES_ASSESSOR).form(OathForm.COLLECTIVE)
        .leaderId(swearers.get(0).getPersonId()).addAllSwearers(swearers)
        .recitedText("我是中华人民共和国人民陪审员，我宣誓：忠于国家，忠于人民，忠于宪法和法律，依法参加审判活动，忠实履行审判职责，"
            + "廉洁诚信，秉公判断，维护社会公平正义！")
        .organiser(OathOrganiser.COURT_WITH_JUSTICE_BUREAU).place("云川区人民法院第一审判庭")
        .note("区人民法院会同区司法局组织，颁发任命书后集体宣誓").build());
    List<PersonnelActionId> removed = new ArrayList<>();
    for (int i = 61; i <= 62; i++) {
      String personId = String.format("P-J%02d", i);
      people.make(personId, 1955, 1970, people.randomPoliticalStatus(), EducationLevel.JUNIOR_COLLEGE,
          "云川区人民法院人民陪审员（已免除）");
      PersonnelActionId id = PersonnelActionId.of(String.format("PA-2019-PJ%02d", i));
      actions.add(PersonnelAction.builder().id(id).personId(PersonId.of(personId)).kind(PersonnelActionKind.DISMISSAL)
          .postCategory(PostCategory.PEOPLES_ASSESSOR).postTitle("云川区人民法院人民陪审员").organizationId(COURT)
          .stateOrgan(StateOrgan.COURT).decidedBy(ActingBody.STANDING_COMMITTEE)
          .proposedBy(ProposingAuthority.COURT_PRESIDENT).proposerId(COURT_PRESIDENT).meetingId(sc(6))
          .decisionDate(SC_DATES[6]).voteTally(vote(6)).announcementDate(SC_DATES[6])
          .note("本人因正当理由申请辞去人民陪审员职务（人民陪审员法第二十七条第一款第一项）").build());
      removed.add(id);
    }
    item(6, "审议区人民法院院长提请免除人民陪审员职务的议案", AgendaItemKind.PERSONNEL,
        b -> b.addAllPersonnelActionIds(removed));
  }

  // ---------------------------------------------------------------- appraisals

  private void appraisals() {
    OrganizationId[] appraised = {CONSTRUCTION, EDUCATION, CIVIL_AFFAIRS, DEVELOPMENT, INDUSTRY, HUMAN_RESOURCES, HEALTH,
        MARKET, URBAN};
    for (int i = 0; i < appraised.length; i++) {
      int batch = i / 3;
      int hearMeeting = 1 + batch;
      int voteMeeting = hearMeeting + 1;
      int reReportMeeting = 5 + batch;
      LocalDate hear = SC_DATES[hearMeeting];
      LocalDate consult = hear.plusDays(4);
      LocalDate inspect = consult.plusDays(21);
      LocalDate voteDate = SC_DATES[voteMeeting];
      LocalDate advice = voteDate.plusDays(8);
      LocalDate followUp = advice.plusDays(3);
      LocalDate rectification = SC_DATES[reReportMeeting].minusDays(20);
      AppraisalId id = AppraisalId.of(String.format("AP-2019-%02d", i + 1));
      List<PersonId> voters = present.get(sc(voteMeeting));
      int basic = 1 + random.nextInt(3);
      int invalid = random.nextInt(2);
      appraisals.add(WorkAppraisal.builder().id(id).organizationId(appraised[i]).startDate(SC_DATES[0])
          .scope("全面工作").selectionMethod(SelectionMethod.VOTE_AT_MEETING).selectionMeetingId(sc(0))
          .addSteps(AppraisalStep.builder().kind(AppraisalStepKind.HEAR_REPORT).date(hear).meetingId(sc(hearMeeting))
              .build())
          .addSteps(AppraisalStep.builder().kind(AppraisalStepKind.CONSULT).date(consult).endDate(consult.plusDays(18))
              .note("召开座谈会、发放征求意见表，征求代表和服务对象意见").build())
          .addSteps(AppraisalStep.builder().kind(AppraisalStepKind.INSPECT_RECORDS).date(inspect)
              .endDate(inspect.plusDays(4)).build())
          .addSteps(AppraisalStep.builder().kind(AppraisalStepKind.SATISFACTION_VOTE).date(voteDate)
              .meetingId(sc(voteMeeting)).build())
          .addSteps(AppraisalStep.of(AppraisalStepKind.RECTIFICATION_ADVICE, advice))
          .addSteps(AppraisalStep.builder().kind(AppraisalStepKind.FOLLOW_UP).date(followUp)
              .endDate(SC_DATES[reReportMeeting]).meetingId(sc(reReportMeeting)).build())
          .vote(AppraisalVote.builder().meetingId(sc(voteMeeting)).date(voteDate).voterCount(voters.size())
              .addVoterGroups(VoterGroup.COMMITTEE_MEMBERS).addAllVoterIds(voters).secretBallot(true)
              .tally(SatisfactionTally.of(voters.size() - basic - invalid, basic, 0, invalid))
              .declaredResult(SatisfactionGrade.SATISFIED).build())
          .rectificationReportDate(rectification).reReportMeetingId(sc(reReportMeeting))
          .reReportDate(SC_DATES[reReportMeeting]).build());
      String name = orgNames.get(appraised[i]);
      item(hearMeeting, "听取和审议" + name + "工作情况的报告（工作评议）", AgendaItemKind.WORK_APPRAISAL,
          b -> b.appraisalId(id));
      item(voteMeeting, "对" + name + "工作进行满意度表决", AgendaItemKind.SATISFACTION_VOTE, b -> b.appraisalId(id));
      item(reReportMeeting, "听取" + name + "关于评议整改情况的报告", AgendaItemKind.WORK_APPRAISAL, b -> b.appraisalId(id));
    }
  }

  // ---------------------------------------------------------------- deputies' activities

  private void deputyActivities() {
    // attending the committee's meetings (列席), mirroring the meetings' non-voting attendance
    for (int i = 0; i < SC_DATES.length; i++) {
      final int meeting = i;
      activity(ActivityKind.ATTEND_COMMITTEE_MEETING, SC_DATES[i], null,
          "列席区第十六届人大常委会第" + (FIRST_SC_NUMBER + i) + "次会议", OFFICE, observers.get(sc(i)),
          b -> b.meetingId(sc(meeting)));
    }
    activity(ActivityKind.ATTEND_OTHER_MEETING, d(3, 14), null, "列席区人民政府常务会议", OFFICE,
        pick(5, d(3, 14), NOT_MEMBER), b -> { });
    activity(ActivityKind.APPRAISAL, d(4, 24), null, "参加对区建设局、区教体局、区民政局的工作评议座谈会", DEPUTIES_WB,
        pick(10, d(4, 24), NOT_MEMBER), b -> { });
    activity(ActivityKind.TRAINING, d(3, 26), d(3, 28), "区人大代表履职能力集中培训班", DEPUTIES_WB,
        pick(60, d(3, 26), dep -> true), b -> b.place("云州市委党校"));
    activity(ActivityKind.CONTACT_MASSES, d(6, 12), null, "“创先争优”代表联络站接待群众活动", streetBody(0),
        pick(6, d(6, 12), NOT_MEMBER), b -> b.votersContacted(48).place("和平街道人大代表联络站"));
    activity(ActivityKind.OTHER, d(9, 27), null, "庆祝新中国成立70周年代表座谈会", OFFICE,
        pick(20, d(9, 27), dep -> true), b -> { });
    for (int g = 0; g < groups.size(); g++) {
      final int group = g;
      LocalDate date = Dates.weekdayOnOrAfter(d(5, 8).plusDays(g * 2L));
      List<DeputyId> members = groups.get(g).getMemberIds().stream()
          .filter(id -> deputyRecord(id).servingOn(date)).collect(Collectors.toList());
      members.forEach(id -> participation.merge(id, 1, Integer::sum));
      activity(ActivityKind.GROUP_ACTIVITY, date, null, STREETS[g] + "街道代表组“走访选民月”集中活动", streetBody(g),
          members, b -> b.deputyGroupId(groupId(group)).place(STREETS[group] + "街道人大代表联络站"));
    }
    // reports to voters (向选民述职): every deputy serving on the day, by constituency
    LocalDate reportDay = d(9, 3);
    List<DeputyId> reporters = new ArrayList<>();
    for (int n = 1; n <= SIZE; n++) {
      reporters.add(deputy(n));
    }
    List<Deputy> others = deputies.stream().filter(NOT_MEMBER).filter(dep -> dep.servingOn(reportDay))
        .collect(Collectors.toList());
    Collections.shuffle(others, random);
    others.forEach(dep -> reporters.add(dep.getId()));
    int c = 0;
    for (Map.Entry<ConstituencyId, List<DeputyId>> entry : deputiesByConstituency.entrySet()) {
      List<DeputyId> here = entry.getValue().stream().filter(reporters::contains).sorted().collect(Collectors.toList());
      List<DeputyId> visiting = entry.getValue().stream().filter(id -> !reporters.contains(id))
          .filter(id -> deputyRecord(id).servingOn(d(10, 15))).sorted().collect(Collectors.toList());
      LocalDate day = Dates.weekdayOnOrAfter(reportDay.plusDays(c % 25));
      c++;
      if (!here.isEmpty()) {
        here.forEach(id -> participation.merge(id, 1, Integer::sum));
        activity(ActivityKind.REPORT_TO_VOTERS, day, null, "回" + entry.getKey() + "选区向选民述职", DEPUTIES_WB, here,
            b -> b.constituencyId(entry.getKey()).votersContacted(60 * here.size()));
      }
      if (!visiting.isEmpty()) {
        visiting.forEach(id -> participation.merge(id, 1, Integer::sum));
        activity(ActivityKind.VISIT_VOTERS, day.plusDays(40), null, "走访" + entry.getKey() + "选区选民", DEPUTIES_WB,
            visiting, b -> b.constituencyId(entry.getKey()).votersContacted(25 * visiting.size()));
      }
    }
    // a safety net: anyone not yet taking part (a deputy who left early) met voters at a liaison station
    for (Deputy dep : deputies) {
      if (participation.get(dep.getId()) == 0) {
        LocalDate day = Dates.weekdayOnOrAfter(Dates.max(dep.getServiceStartDate(), d(1, 15)));
        participation.merge(dep.getId(), 1, Integer::sum);
        activity(ActivityKind.CONTACT_MASSES, day, null, "在代表联络站接待选民", DEPUTIES_WB, List.of(dep.getId()),
            b -> b.votersContacted(12));
      }
    }
    LocalDate conference = d(12, 20);
    activity(ActivityKind.DEPUTY_WORK_CONFERENCE, conference, null, "2019年全区人大代表工作会议", DEPUTIES_WB,
        deputies.stream().filter(dep -> dep.servingOn(conference)).map(Deputy::getId).collect(Collectors.toList()),
        b -> b.place("云川区会议中心"));
  }

  // ---------------------------------------------------------------- suggestions

  private void suggestions() {
    OrganizationId[] units = {CONSTRUCTION, EDUCATION, CIVIL_AFFAIRS, DEVELOPMENT, INDUSTRY, HUMAN_RESOURCES, HEALTH,
        MARKET, URBAN, FINANCE, ENVIRONMENT, POLICE, EMERGENCY, CULTURE, COMMERCE};
    String[] topics = {"加快老旧小区改造", "增设社区老人日间照料中心", "缓解中小学上下学交通拥堵", "规范物业服务收费", "加强背街小巷环境整治",
        "增加公共停车泊位", "完善社区卫生服务网络", "支持中小企业融资", "加强农贸市场食品安全监管", "推进垃圾分类", "建设口袋公园和小游园",
        "加强城中村消防安全", "扶持楼宇经济发展", "改善公交线网", "加强校园周边安全管理"};
    MeetingId session = MeetingId.of("CS-16-05");
    MeetingId keyMeeting = directorsMeetingBefore(d(2, 18));
    LocalDate keyDate = dateOfDirectorsMeeting(keyMeeting);
    int total = 140;
    for (int i = 1; i <= total; i++) {
      boolean merged = i > 136;
      boolean recess = i > 120 && !merged;
      boolean lateInYear = id(i).equals(ANSWERED_IN_2020);
      LocalDate submitted = lateInYear ? d(11, 18) // the last recess suggestion: assigned in November
          : recess ? Dates.weekdayOnOrAfter(d(3, 4).plusDays((i - 121) * 11L)) : d(1, 9);
      Predicate<Deputy> canPropose = dep -> number(dep.getId()) < 230;
      DeputyId proposer = YearRecords.anyServing(deputies, random, submitted, canPropose);
      List<DeputyId> co = YearRecords.coSponsors(random, proposer,
          () -> YearRecords.anyServing(deputies, random, submitted, canPropose));
      var builder = YearRecords.suggestion(id(i), i, topics[i % topics.length], proposer, co, submitted,
          recess ? null : session);
      if (merged) {
        suggestions.add(builder.mergedIntoId(SuggestionId.of(String.format("SG-2019-%03d", i - 130)))
            .note("与第" + (i - 130) + "号建议内容相同，并案办理").build());
        continue;
      }
      LocalDate assigned = recess ? Dates.plusWeekdays(submitted, 3) : d(1, 25);
      OrganizationId lead = units[i % units.length];
      YearRecords.assign(builder, assigned, lead, i % 5 == 0 ? units[(i + 3) % units.length] : null);
      if (i % 12 == 1 && i <= 109) {
        builder.keySupervision(YearRecords.keySupervision(keyMeeting, keyDate, member(2 + i % 5)));
      }
      LocalDate answered = assigned.plusDays(40 + random.nextInt(40));
      if (lateInYear) { // assigned 2019-11-21, answered 2020-02-18: within three months (by 2020-02-21)
        answered = LocalDate.of(2020, 2, 18);
      }
      builder.addAnswers(YearRecords.answer(answered, lead, YearRecords.outcomeOf(i), i));
      LocalDate feedback = answered.plusDays(7 + random.nextInt(8));
      LocalDate closed;
      if (i == 50) { // the deputy was not satisfied: re-handled and answered again
        LocalDate back = feedback.plusDays(3);
        LocalDate again = back.plusDays(20);
        builder.addFeedback(YearRecords.feedback(feedback, SatisfactionGrade.DISSATISFIED, lead))
            .addReHandlings(ReHandling.builder().date(back).organizationId(lead).reason("代表不满意，交重新办理").build())
            .addAnswers(YearRecords.answer(again, lead, SuggestionOutcome.SOLVED, 1000 + i))
            .addFeedback(YearRecords.feedback(again.plusDays(7), SatisfactionGrade.SATISFIED, lead));
        closed = again.plusDays(10);
      } else {
        SatisfactionGrade grade = i % 8 == 3 ? SatisfactionGrade.BASICALLY_SATISFIED : SatisfactionGrade.SATISFIED;
        builder.addFeedback(YearRecords.feedback(feedback, grade, lead));
        closed = feedback.plusDays(3);
      }
      suggestions.add(builder.closedDate(closed).build());
    }
  }

  private static SuggestionId id(int number) {
    return SuggestionId.of(String.format("SG-2019-%03d", number));
  }

  // ---------------------------------------------------------------- petitions

  private void petitions() {
    List<PetitionSubject> subjects = YearRecords.petitionSubjects("反映供暖不达标问题", CONSTRUCTION);
    // 326 letters, 97 visits by 218 persons, 41 referred by the city (30) or province committee
    int[] visitPersons = YearRecords.personsPerVisit(random, 97, 218, 8);
    int n = 0;
    for (int i = 0; i < 326 + 97 + 41; i++) {
      int referred = i - 326 - 97; // the place among the referred ones, after the letters and visits
      Intake intake = i < 326 ? Intake.direct(PetitionChannel.LETTER)
          : i < 326 + 97 ? Intake.visit(visitPersons[i - 326])
          : Intake.referred(referred % 4 == 3 ? PetitionChannel.ONLINE : PetitionChannel.LETTER, referred < 30);
      LocalDate received = Dates.weekdayOnOrAfter(d(1, 3).plusDays(random.nextInt(325)));
      if (n + 1 == 12 || n + 1 == 20 || n + 1 == 340) {
        received = n + 1 == 12 ? d(3, 4) : n + 1 == 20 ? d(2, 11) : d(3, 12);
      }
      LocalDate acknowledged = Dates.plusWeekdays(received, 2 + random.nextInt(6));
      LocalDate resolved = Dates.min(acknowledged.plusDays(10 + random.nextInt(45)), d(12, 27));
      if (resolved.isBefore(acknowledged.plusDays(2))) {
        resolved = acknowledged.plusDays(2);
      }
      PetitionSubject subject = subjects.get(random.nextInt(subjects.size()));
      var builder = YearRecords.petition(PetitionId.of(String.format("PT-2019-%03d", ++n)), i, intake, subject,
          received, acknowledged, resolved);
      if (n == 12) { // an extension of the handling period, approved before day 60
        resolved = acknowledged.plusDays(75);
        builder.extension(Extension.builder().days(30).approvedDate(acknowledged.plusDays(55)).approvedById(member(2))
            .reason("情况复杂，需多部门会商").petitionerNotified(true).build());
      }
      LocalDate delivered = resolved.plusDays(2);
      builder.resolvedDate(resolved).replyDeliveredDate(delivered);
      if (n == 20 || n == 340) { // a review requested and decided
        LocalDate requested = delivered.plusDays(15);
        LocalDate decided = requested.plusDays(25);
        builder.review(Review.builder().requestedDate(requested).organizationId(GOV).decidedDate(decided)
            .deliveredDate(decided.plusDays(2)).outcome(PetitionOutcome.EXPLAINED).build());
      }
      petitions.add(builder.build());
    }
  }

  // ---------------------------------------------------------------- elections

  private void elections() {
    // the by-election of July, for the seat left by D-230
    ConstituencyId byConstituency = constituencies16.get(89).getId();
    people.make("P-E000", 1972, 1980, PoliticalStatus.MASSES, EducationLevel.UNDERGRADUATE, "云川区云峰街道社区居民");
    int registeredBy = 8_100;
    int votedBy = 6_950;
    int invalidBy = 42;
    elections.add(Election.builder().id(ElectionId.of("EL-2019-BY1")).kind(ElectionKind.BY_ELECTION)
        .constituencyId(byConstituency).electionCommitteeId(ELECTION_COMMITTEE).seats(1).electionDay(d(7, 10))
        .voterListPublishedDate(d(6, 14)).registeredVoters(registeredBy)
        .addNominations(Nomination.builder().candidateId(member(231)).nominatedBy(NominatorType.PARTY_OR_ORGANIZATION)
            .organizationId(PARTY).date(d(6, 17)).build())
        .addNominations(Nomination.builder().candidateId(PersonId.of("P-E000")).nominatedBy(NominatorType.VOTERS)
            .nominatorCount(14).date(d(6, 18)).build())
        .preliminaryListDate(d(6, 21)).formalListDate(d(6, 28))
        .addCandidates(CandidateResult.of(member(231), 5_120, ElectionResult.ELECTED))
        .addCandidates(CandidateResult.of(PersonId.of("P-E000"), 1_760, ElectionResult.NOT_ELECTED))
        .voted(votedBy).ballotsIssued(votedBy).ballotsReturned(votedBy).validBallots(votedBy - invalidBy)
        .invalidBallots(invalidBy).proxyVotes(180).declaredValid(true).resultAnnouncedDate(d(7, 11))
        .note("补选因代表调离本行政区域出缺的名额").build());
    // the general election of the 17th congress, 15 November
    int newPeople = 0;
    for (int i = 0; i < 90; i++) {
      Constituency constituency = constituencies17.get(i);
      int seats = constituency.getSeats();
      int candidates = seats == 3 ? 4 : seats + 1;
      List<PersonId> incumbents = deputiesByConstituency.get(constituencies16.get(i).getId()).stream()
          .filter(id -> number(id) != 230).map(id -> member(number(id))).limit(Math.max(0, seats - 1))
          .collect(Collectors.toList());
      List<PersonId> names = new ArrayList<>(incumbents);
      while (names.size() < candidates) {
        String id = String.format("P-E%03d", ++newPeople);
        people.make(id, 1965, 1995, people.randomPoliticalStatus(), people.randomEducation(),
            "云川区" + STREETS[streetOf(i)] + "街道" + (newPeople % 2 == 0 ? "企业职工" : "社区工作者"));
        names.add(PersonId.of(id));
      }
      int registered = seats * (2_500 + random.nextInt(400));
      int voted = registered * (88 + random.nextInt(9)) / 100;
      int invalid = voted / 150;
      int valid = voted - invalid;
      var builder = Election.builder().id(ElectionId.of(String.format("EL-2019-%02d", i + 1)))
          .kind(ElectionKind.GENERAL).constituencyId(constituency.getId()).electionCommitteeId(ELECTION_COMMITTEE)
          .seats(seats).electionDay(d(11, 15)).voterListPublishedDate(d(10, 16)).registeredVoters(registered)
          .preliminaryListDate(d(10, 25)).formalListDate(d(11, 5)).voted(voted).ballotsIssued(voted)
          .ballotsReturned(voted).validBallots(valid).invalidBallots(invalid).proxyVotes(voted / 40)
          .declaredValid(true).resultAnnouncedDate(d(11, 16));
      for (int k = 0; k < names.size(); k++) {
        boolean elected = k < seats;
        builder.addNominations(k % 2 == 0
            ? Nomination.builder().candidateId(names.get(k)).nominatedBy(NominatorType.PARTY_OR_ORGANIZATION)
                .organizationId(PARTY).date(d(10, 18)).build()
            : Nomination.builder().candidateId(names.get(k)).nominatedBy(NominatorType.VOTERS)
                .nominatorCount(10 + random.nextInt(20)).date(d(10, 21)).build());
        int share = elected ? (seats == 1 ? 60 : 70) + random.nextInt(15) : 15 + random.nextInt(10);
        builder.addCandidates(CandidateResult.of(names.get(k), valid * share / 100,
            elected ? ElectionResult.ELECTED : ElectionResult.NOT_ELECTED));
      }
      if (i == 17) {
        builder.addObjections(VoterListObjection.builder().filedDate(d(10, 18)).decidedDate(d(10, 20)).upheld(true)
            .build());
      }
      elections.add(builder.build());
    }
  }

  // ---------------------------------------------------------------- projects, assignments

  private void projects() {
    String[] keyProjects = {"云川大道快速化改造工程", "滨江生态廊道建设项目", "云峰科技产业园一期", "城中村棚户区改造一期",
        "区人民医院新院区建设", "智慧城市运营中心", "东城综合交通枢纽", "南湖片区污水管网改造", "北苑商业综合体"};
    String[] enterprises = {"云川精密机械有限公司", "云州新材料科技有限公司", "滨江生物医药有限公司", "云峰电子信息有限公司",
        "云川食品集团有限公司", "省轻工业设计研究院云川分院", "云州职业技术学院", "云川物流有限公司", "新华印务有限公司",
        "云川软件园运营有限公司", "东城建材有限公司", "云州农业科学研究所", "人民路商贸有限公司", "云川文化旅游发展有限公司"};
    for (int i = 0; i < keyProjects.length; i++) {
      ProjectId id = ProjectId.of(String.format("PRJ-K%02d", i + 1));
      projects.add(Project.builder().id(id).kind(ProjectKind.KEY_PROJECT).name(keyProjects[i]).year(Year.of(2019))
          .build());
      assignments.add(LeadershipAssignment.builder().leaderId(member(1 + i % 6)).role(LeadershipRole.COMMANDER)
          .projectId(id).startDate(d(1, 16)).build());
    }
    for (int i = 0; i < enterprises.length; i++) {
      ProjectId id = ProjectId.of(String.format("PRJ-E%02d", i + 1));
      projects.add(Project.builder().id(id).kind(ProjectKind.ENTERPRISE).name(enterprises[i]).year(Year.of(2019))
          .build());
      assignments.add(LeadershipAssignment.builder().leaderId(member(1 + (i + 3) % 6))
          .role(LeadershipRole.CHIEF_SERVICE_OFFICER).projectId(id).startDate(d(1, 16)).build());
    }
    livelihood("L01", "云川区第五小学新建工程", LivelihoodCategory.SCHOOL, 1, "95000000", EDUCATION);
    livelihood("L02", "人民路小学改扩建工程", LivelihoodCategory.SCHOOL, 1, "80000000", EDUCATION);
    livelihood("L03", "南湖小学改扩建工程", LivelihoodCategory.SCHOOL, 1, "55000000", EDUCATION);
    livelihood("L04", "社区老人日间照料中心（第一批）", LivelihoodCategory.ELDERLY_DAY_CARE, 6, "4300000", CIVIL_AFFAIRS);
    livelihood("L05", "社区老人日间照料中心（第二批）", LivelihoodCategory.ELDERLY_DAY_CARE, 6, "4300000", CIVIL_AFFAIRS);
    livelihood("L06", "东城片区老旧小区改造提升", LivelihoodCategory.OLD_COMMUNITY, 5, "11200000", CONSTRUCTION);
    livelihood("L07", "西城片区老旧小区改造提升", LivelihoodCategory.OLD_COMMUNITY, 5, "10580000", CONSTRUCTION);
    livelihood("L08", "新华片区老旧小区改造提升", LivelihoodCategory.OLD_COMMUNITY, 5, "10680000", CONSTRUCTION);
    livelihood("L09", "滨江、云峰小游园", LivelihoodCategory.POCKET_PARK, 3, "3400000", URBAN);
    livelihood("L10", "和平、文化、解放小游园", LivelihoodCategory.POCKET_PARK, 3, "3100000", URBAN);
    livelihood("L11", "社区卫生服务站标准化建设", LivelihoodCategory.COMMUNITY_HEALTH, 8, "12000000", HEALTH);
  }

  private void livelihood(String id, String name, LivelihoodCategory category, int units, String investment,
      OrganizationId org) {
    projects.add(Project.builder().id(ProjectId.of("PRJ-" + id)).kind(ProjectKind.LIVELIHOOD).name(name)
        .livelihoodCategory(category).units(units).investment(new BigDecimal(investment + ".00"))
        .year(Year.of(2019)).organizationId(org).build());
  }

  // ---------------------------------------------------------------- documents, honours

  private void documents() {
    String[] rules = {"常委会组成人员守则", "常委会党组民主生活会制度", "区人大常委会代表工作办法（修订）", "区人大代表持证视察办法（修订）",
        "办理代表建议、批评和意见的办法", "云川区人大代表联系选民工作制度", "代表小组活动制度", "代表向选民述职制度",
        "区人大常委会组成人员联系街道人大代表组、区人大代表联系所在选区选民的“双联”办法", "常委会议事规则（修订）", "主任会议议事规则（修订）",
        "常委会机关工作规则"};
    List<MeetingId> directors = new ArrayList<>(directorsMeetings.values());
    for (int i = 0; i < rules.length; i++) {
      MeetingId meeting = directors.get(i);
      documents.add(Document.builder().id(nextDocumentId()).kind(DocumentKind.RULE).title(rules[i])
          .date(dateOfDirectorsMeeting(meeting)).meetingId(meeting).build());
    }
    documents.add(Document.builder().id(nextDocumentId()).kind(DocumentKind.OTHER).title("云川区人大常委会2019年监督工作计划")
        .date(d(1, 16)).meetingId(directors.get(0)).outlet("云川区人大网").build());
    String[][] outlets = {{"PROVINCIAL", "省人大网"}, {"PROVINCIAL", "《民主与法治时报》地方版"}, {"MUNICIPAL", "云州日报"},
        {"MUNICIPAL", "云州人大网"}, {"DISTRICT", "云川新闻网"}, {"DISTRICT", "云川电视台"}, {"DISTRICT", "《云川人大》"}};
    String[] themes = {"常委会会议", "执法检查", "代表活动", "工作评议", "换届选举", "代表建议办理", "视察调研", "宪法宣誓"};
    for (int i = 0; i < 268; i++) {
      String[] outlet = outlets[i % 8 == 0 ? 0 : i % 8 == 1 ? 1 : 2 + i % 5];
      documents.add(YearRecords.publicityArticle(nextDocumentId(),
          "云川区人大常委会" + themes[i % themes.length] + "工作报道（" + (i + 1) + "）",
          Dates.weekdayOnOrAfter(d(1, 4).plusDays(random.nextInt(360))), outlet));
    }
    documents.addAll(YearRecords.weeklyBulletin(2019, 48, d(1, 11), this::nextDocumentId));
  }

  private void honours() {
    honours.add(Honour.builder().title("市级文明单位（连续两届）").conferredBy("云州市精神文明建设委员会")
        .conferredById(CITY_CIVILISATION).level(AdministrativeLevel.MUNICIPAL).date(d(12, 12))
        .recipientOrganizationId(OFFICE).build());
    List<DeputyId> outstanding = deputies.stream().filter(NOT_MEMBER).filter(dep -> dep.servingOn(d(12, 20)))
        .map(Deputy::getId).filter(id -> number(id) % 23 == 0).collect(Collectors.toList());
    honours.add(Honour.builder().title("2019年度优秀人大代表").conferredBy("云川区人大常委会").conferredById(OFFICE)
        .level(AdministrativeLevel.DISTRICT).date(d(12, 20)).addAllRecipientDeputyIds(outstanding).build());
  }
}

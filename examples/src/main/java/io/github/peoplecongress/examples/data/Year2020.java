package io.github.peoplecongress.examples.data;

import static io.github.peoplecongress.examples.data.Year2019.AUDIT;
import static io.github.peoplecongress.examples.data.Year2019.CIVIL_AFFAIRS;
import static io.github.peoplecongress.examples.data.Year2019.COMMERCE;
import static io.github.peoplecongress.examples.data.Year2019.CONSTRUCTION;
import static io.github.peoplecongress.examples.data.Year2019.COURT;
import static io.github.peoplecongress.examples.data.Year2019.CULTURE;
import static io.github.peoplecongress.examples.data.Year2019.DEPUTIES_WB;
import static io.github.peoplecongress.examples.data.Year2019.DEVELOPMENT;
import static io.github.peoplecongress.examples.data.Year2019.EDUCATION;
import static io.github.peoplecongress.examples.data.Year2019.EMERGENCY;
import static io.github.peoplecongress.examples.data.Year2019.ENVIRONMENT;
import static io.github.peoplecongress.examples.data.Year2019.FINANCE;
import static io.github.peoplecongress.examples.data.Year2019.FINANCE_WB;
import static io.github.peoplecongress.examples.data.Year2019.GOV;
import static io.github.peoplecongress.examples.data.Year2019.HEALTH;
import static io.github.peoplecongress.examples.data.Year2019.HUMAN_RESOURCES;
import static io.github.peoplecongress.examples.data.Year2019.INDUSTRY;
import static io.github.peoplecongress.examples.data.Year2019.JUSTICE;
import static io.github.peoplecongress.examples.data.Year2019.LEGAL_WB;
import static io.github.peoplecongress.examples.data.Year2019.MARKET;
import static io.github.peoplecongress.examples.data.Year2019.MEDICAL_INSURANCE;
import static io.github.peoplecongress.examples.data.Year2019.NATURAL_RESOURCES;
import static io.github.peoplecongress.examples.data.Year2019.OFFICE;
import static io.github.peoplecongress.examples.data.Year2019.POLICE;
import static io.github.peoplecongress.examples.data.Year2019.PROC;
import static io.github.peoplecongress.examples.data.Year2019.SOCIAL_WB;
import static io.github.peoplecongress.examples.data.Year2019.STATISTICS;
import static io.github.peoplecongress.examples.data.Year2019.STREETS;
import static io.github.peoplecongress.examples.data.Year2019.SUP;
import static io.github.peoplecongress.examples.data.Year2019.URBAN;
import static io.github.peoplecongress.examples.data.Year2019.URBAN_WB;
import static io.github.peoplecongress.examples.data.Year2019.VETERANS;

import io.github.peoplecongress.examples.data.YearRecords.Intake;
import io.github.peoplecongress.examples.data.YearRecords.OpinionSubject;
import io.github.peoplecongress.examples.data.YearRecords.PetitionSubject;
import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.CommitteeRole;
import io.github.peoplecongress.model.body.CongressTerm;
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
import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.deputywork.ImmutableDeputyActivity;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.election.ElectionKind;
import io.github.peoplecongress.model.id.ActivityId;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.DeputyGroupId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.DocumentId;
import io.github.peoplecongress.model.id.ExamId;
import io.github.peoplecongress.model.id.InspectionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.OpinionId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.OversightActivityId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.PetitionId;
import io.github.peoplecongress.model.id.SuggestionId;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.meeting.AgendaItemKind;
import io.github.peoplecongress.model.meeting.Attendance;
import io.github.peoplecongress.model.meeting.AttendanceStatus;
import io.github.peoplecongress.model.meeting.ImmutableAgendaItem;
import io.github.peoplecongress.model.meeting.ImmutableMeeting;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.meeting.NonVotingAttendance;
import io.github.peoplecongress.model.outreach.Document;
import io.github.peoplecongress.model.outreach.DocumentKind;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.ExamOutcome;
import io.github.peoplecongress.model.personnel.LegalExam;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathForm;
import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.model.personnel.OathTaker;
import io.github.peoplecongress.model.personnel.OathText;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PersonnelActionKind;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.model.personnel.ProposingAuthority;
import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.PetitionChannel;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.supervision.DeliberationOpinion;
import io.github.peoplecongress.model.supervision.InspectedLaw;
import io.github.peoplecongress.model.supervision.InspectionForm;
import io.github.peoplecongress.model.supervision.InspectionMode;
import io.github.peoplecongress.model.supervision.LawEnforcementInspection;
import io.github.peoplecongress.model.supervision.LawLevel;
import io.github.peoplecongress.model.supervision.OversightActivity;
import io.github.peoplecongress.model.supervision.OversightKind;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.model.vote.VoteTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Builds the first half of 2020 of the fictional 云川区 (records complete from 2020-01-01 to 2020-06-30), to be read
 * together with the 2019 records it continues: the standing data of 2019 (district, the 16th term, its people,
 * organisations, deputies and constituencies) is not repeated; this file holds only what is new — the 17th term and
 * its committee, the 17th congress's deputies and groups, and the people first met in 2020.
 *
 * <p>The half-year: the 16th directors' meeting organises the oath of the appointee of 2019-12-26 on 2020-01-03; the
 * first session of the 17th congress (2020-01-07 … 10) elects the 17th standing committee and the heads of the
 * government, supervisory commission, court and procuratorate, who swear at the session; the 17th committee meets on
 * 2020-02-20, 04-16 and 06-11, hears the rectification report of the special audit of 2019-08-29 at its first meeting,
 * appoints the new government's department heads and its own working bodies' heads, and handles the session's
 * suggestions. One instance builds the half-year once; not thread-safe, deterministic.
 */
final class Year2020 {
  static final int TERM = 17;
  static final int SIZE = 27;
  /** The first session of the 17th congress opens: the 17th term starts, the 16th ends. */
  static final LocalDate SESSION_START = Year2019.NEXT_TERM_START;
  static final LocalDate SESSION_END = day(1, 10);
  /** The session elects the committee and the heads of the state organs (第三次全体会议). */
  static final LocalDate ELECTION_DAY = day(1, 9);
  static final LocalDate[] MEETING_DATES = {day(2, 20), day(4, 16), day(6, 11)};
  static final DateRange SPAN = DateRange.of(day(1, 1), day(6, 30));
  /** The standing committee itself, the body whose posts the congress fills. */
  static final OrganizationId COMMITTEE = OrganizationId.of("O-RDCWH");
  static final MeetingId SESSION = MeetingId.of("CS-17-01");
  /** The individual oath of 2020-01-03 of the appointee of 2019-12-26 (Year2019.SWORN_IN_2020). */
  static final OathCeremonyId JANUARY_OATH = OathCeremonyId.of("OATH-2020-01");
  /** The rectification report of the special audit of 2019-08-29 (Year2019.RECTIFIED_IN_2020). */
  static final WorkReportId RECTIFICATION_REPORT = WorkReportId.of("WR-2020-01");

  /** The heads of departments the 2019 builder made as officials (Year2019.officials()). */
  private static final Map<OrganizationId, PersonId> OFFICIALS = Map.of(POLICE, PersonId.of("P-G05"),
      FINANCE, PersonId.of("P-G06"), AUDIT, PersonId.of("P-G07"), CIVIL_AFFAIRS, PersonId.of("P-G08"),
      CONSTRUCTION, PersonId.of("P-G09"), ENVIRONMENT, PersonId.of("P-G10"), JUSTICE, PersonId.of("P-G11"),
      EDUCATION, PersonId.of("P-G12"), HEALTH, PersonId.of("P-G13"), EMERGENCY, PersonId.of("P-G14"));

  private final CommitteeRecords previous;
  private final Random random = new Random(20200630L);
  private final People people = new People(Year2019.REGION, 2020L);
  private final List<Organization> organizations = new ArrayList<>();
  private final Map<OrganizationId, PersonId> heads = new HashMap<>();
  private final List<Deputy> deputies = new ArrayList<>();
  private final Map<PersonId, DeputyId> deputyOf = new HashMap<>();
  private final Map<DeputyId, Integer> participation = new HashMap<>();
  private final List<PersonId> committee = new ArrayList<>();
  private final List<CommitteeMembership> memberships = new ArrayList<>();
  private final List<DeputyGroup> groups = new ArrayList<>();
  private final Map<MeetingId, ImmutableMeeting.Builder> meetingBuilders = new LinkedHashMap<>();
  private final Map<MeetingId, LocalDate> meetingDates = new HashMap<>();
  private final Map<MeetingId, List<ImmutableAgendaItem.Builder>> agenda = new LinkedHashMap<>();
  private final Map<MeetingId, List<PersonId>> present = new HashMap<>();
  private final Map<MeetingId, List<DeputyId>> observers = new HashMap<>();
  private final Map<LocalDate, MeetingId> directorsMeetings = new LinkedHashMap<>();
  private final List<WorkReport> workReports = new ArrayList<>();
  private final List<LawEnforcementInspection> inspections = new ArrayList<>();
  private final List<DeliberationOpinion> opinions = new ArrayList<>();
  private final List<OversightActivity> oversight = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private final List<PersonnelAction> actions = new ArrayList<>();
  private final List<LegalExam> exams = new ArrayList<>();
  private final List<OathCeremony> oaths = new ArrayList<>();
  private final List<DeputyActivity> activities = new ArrayList<>();
  private final List<Suggestion> suggestions = new ArrayList<>();
  private final List<Petition> petitions = new ArrayList<>();
  private final List<Document> documents = new ArrayList<>();
  private final List<PersonId> staff = new ArrayList<>();
  private int activityCounter;
  private int documentCounter;
  private int electionCounter;

  /**
   * Creates the builder.
   *
   * @param previous  the 2019 records this half-year continues, whose standing data it refers to, not null
   */
  Year2020(CommitteeRecords previous) {
    this.previous = previous;
    people.continueAfter(previous.getPeople());
  }

  static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2020, month, dayOfMonth);
  }

  static MeetingId sc(int index) {
    return MeetingId.of("SC-17-" + String.format("%02d", index + 1));
  }

  static DeputyGroupId groupId(int street) {
    return DeputyGroupId.of(String.format("G17-%02d", street + 1));
  }

  CommitteeRecords build() {
    organisations();
    deputiesOfTheSeventeenthCongress();
    headsAndStaff();
    januaryOath();
    congressSession();
    committeeAndGroups();
    directorsMeetings();
    committeeMeetings();
    workReports();
    inspection();
    oversightActivities();
    decisions();
    opinions();
    personnel();
    deputyActivities();
    suggestions();
    petitions();
    documents();
    return CommitteeRecords.builder()
        .span(SPAN)
        .district(Year2019.district())
        .addTerms(CongressTerm.builder().number(TERM).startDate(SESSION_START).deputySeats(230)
            .standingCommittee(StandingCommittee.builder().size(SIZE).addAllMemberships(memberships).build())
            .build())
        .addAllPeople(people.all())
        .addAllOrganizations(organizations)
        .addAllDeputies(deputies)
        .addAllDeputyGroups(groups)
        .addAllMeetings(meetings())
        .addAllWorkReports(workReports)
        .addAllInspections(inspections)
        .addAllOpinions(opinions)
        .addAllOversightActivities(oversight)
        .addAllDecisions(decisions)
        .addAllPersonnelActions(actions)
        .addAllExams(exams)
        .addAllOathCeremonies(oaths)
        .addAllDeputyActivities(activities)
        .addAllSuggestions(suggestions)
        .addAllPetitions(petitions)
        .addAllDocuments(documents)
        .build();
  }

  // ---------------------------------------------------------------- organisations, officials

  private void organisations() {
    organizations.add(Organization.builder().id(COMMITTEE).name("云川区人民代表大会常务委员会").shortName("区人大常委会")
        .kind(OrganizationKind.OTHER).build());
  }

  private String orgName(OrganizationId id) {
    return previous.index().find(id, Organization.class).map(Organization::getName).orElseThrow();
  }

  private String shortName(OrganizationId id) {
    Organization org = previous.index().find(id, Organization.class).orElseThrow();
    return org.getShortName().orElse(org.getName());
  }

  /** The head of each organ and department on 2020-01-01: the 2019 officials, then the committee's 2019 appointees. */
  private void headsAndStaff() {
    heads.put(GOV, Year2019.DISTRICT_HEAD);
    heads.put(COURT, Year2019.COURT_PRESIDENT);
    heads.put(PROC, Year2019.PROCURATOR_GENERAL);
    heads.put(SUP, Year2019.SUPERVISION_DIRECTOR);
    heads.putAll(OFFICIALS);
    previous.getPersonnelActions().stream()
        .filter(a -> a.getKind() == PersonnelActionKind.DECIDED_APPOINTMENT)
        .sorted(Comparator.comparing(PersonnelAction::getDecisionDate))
        .forEach(a -> heads.put(a.getOrganizationId(), a.getPersonId()));
    for (int i = 1; i <= 6; i++) {
      staff.add(PersonId.of(String.format("P-S%02d", i)));
    }
  }

  // ---------------------------------------------------------------- the 17th congress: deputies, committee, groups

  /** The deputies elected on 2019-11-15 (EL-2019-01 … 90), serving from the first session. */
  private void deputiesOfTheSeventeenthCongress() {
    List<Election> general = previous.getElections().stream().filter(e -> e.getKind() == ElectionKind.GENERAL)
        .sorted(Comparator.comparing(e -> e.getId().getValue())).toList();
    int n = 0;
    for (Election election : general) {
      Constituency constituency = previous.index().find(election.getConstituencyId(), Constituency.class)
          .orElseThrow();
      int street = Year2019.streetOf(constituency.getNumber().orElseThrow() - 1);
      for (PersonId person : election.electedIds()) {
        DeputyId id = DeputyId.of(String.format("D17-%03d", ++n));
        deputies.add(Deputy.builder().id(id).personId(person).level(DeputyLevel.DISTRICT).termNumber(TERM)
            .constituencyId(constituency.getId()).groupId(groupId(street)).electedDate(election.getElectionDay())
            .serviceStartDate(SESSION_START).build());
        deputyOf.put(person, id);
        participation.put(id, 0);
      }
    }
  }

  /**
   * The 17th committee: the re-elected deputy directors and members of the 16th, the first of them director, and new
   * members from the deputies first elected in 2019, 27 in all.
   */
  private List<PersonId> chooseCommittee() {
    List<PersonId> formerDirectors = new ArrayList<>();
    List<PersonId> formerMembers = new ArrayList<>();
    for (int n = 2; n <= Year2019.SIZE; n++) {
      PersonId person = Year2019.member(n);
      if (deputyOf.containsKey(person)) {
        (n <= 6 ? formerDirectors : formerMembers).add(person);
      }
    }
    List<PersonId> chosen = new ArrayList<>(formerDirectors);
    while (chosen.size() < 6) {
      chosen.add(formerMembers.remove(0));
    }
    chosen.addAll(formerMembers);
    List<PersonId> newcomers = deputies.stream().map(Deputy::getPersonId)
        .filter(p -> p.getValue().startsWith("P-E")).sorted(Comparator.comparing(PersonId::getValue)).toList();
    for (int k = 5; chosen.size() < SIZE; k += 12) {
      chosen.add(newcomers.get(k % newcomers.size()));
    }
    return chosen;
  }

  private void committeeAndGroups() {
    for (int g = 0; g < STREETS.length; g++) {
      final int street = g;
      List<DeputyId> members = deputies.stream()
          .filter(dep -> dep.getGroupId().filter(groupId(street)::equals).isPresent()).map(Deputy::getId).toList();
      DeputyId leader = members.stream().filter(id -> !committee.contains(personOf(id))).findFirst().orElseThrow();
      var builder = DeputyGroup.builder().id(groupId(g)).termNumber(TERM).name(STREETS[g] + "街道代表组")
          .area(STREETS[g] + "街道").streetWorkingBodyId(Year2019.streetBody(g)).leaderId(leader)
          .addAllMemberIds(members);
      for (int m = g; m < SIZE; m += STREETS.length) {
        builder.addPairedMemberIds(committee.get(m));
      }
      groups.add(builder.build());
    }
  }

  private PersonId personOf(DeputyId id) {
    return deputies.get(Integer.parseInt(id.getValue().substring(4)) - 1).getPersonId();
  }

  private PersonId director() {
    return committee.get(0);
  }

  // ---------------------------------------------------------------- meetings

  private ImmutableMeeting.Builder meeting(MeetingId id, MeetingKind kind, int term, int number, LocalDate date) {
    var builder = Meeting.builder().id(id).kind(kind).termNumber(term).number(number).date(date);
    meetingBuilders.put(id, builder);
    meetingDates.put(id, date);
    agenda.put(id, new ArrayList<>());
    return builder;
  }

  private void item(MeetingId meeting, String title, AgendaItemKind kind, Consumer<ImmutableAgendaItem.Builder> more) {
    agenda.get(meeting).add(YearRecords.agendaItem(title, kind, more));
  }

  private List<Meeting> meetings() {
    List<Meeting> all = new ArrayList<>();
    for (Map.Entry<MeetingId, ImmutableMeeting.Builder> entry : meetingBuilders.entrySet()) {
      YearRecords.addAgenda(entry.getValue(), agenda.get(entry.getKey()));
      all.add(entry.getValue().build());
    }
    all.sort(Comparator.comparing(Meeting::getDate));
    return all;
  }

  /**
   * 2020-01-03: the 16th committee's directors' meeting, before the session, organises the oath of the appointee of
   * 2019-12-26 who was away on the day of the meeting.
   */
  private void januaryOath() {
    PersonnelAction december = previous.getPersonnelActions().stream()
        .filter(a -> a.getPersonId().equals(Year2019.SWORN_IN_2020) && a.appoints()).findFirst().orElseThrow();
    int number = previous.getMeetings().stream()
        .filter(m -> m.getKind() == MeetingKind.DIRECTORS && m.getTermNumber() == Year2019.TERM)
        .mapToInt(Meeting::getNumber).max().orElseThrow() + 1;
    MeetingId id = MeetingId.of("DM-16-" + number);
    LocalDate date = day(1, 3);
    var builder = meeting(id, MeetingKind.DIRECTORS, Year2019.TERM, number, date).convenerId(Year2019.DIRECTOR)
        .chairId(Year2019.DIRECTOR).note("第十六届常委会主任会议");
    for (int n = 1; n <= 6; n++) {
      builder.addAttendance(Attendance.of(Year2019.member(n), AttendanceStatus.PRESENT));
    }
    item(id, "研究区第十七届人民代表大会第一次会议筹备工作", AgendaItemKind.OTHER, b -> { });
    item(id, "组织2019年12月26日常委会第三十六次会议任命人员进行宪法宣誓", AgendaItemKind.OATH,
        b -> b.oathCeremonyId(JANUARY_OATH));
    oaths.add(YearRecords.ceremony(JANUARY_OATH, date, OathKind.CONSTITUTIONAL).form(OathForm.INDIVIDUAL)
        .addSwearers(OathTaker.of(december.getPersonId(), december.getId())).oathText(OathText.V2018)
        .organiser(OathOrganiser.DIRECTORS_MEETING).meetingId(id).place("云川区人大常委会会议室")
        .note("2019年12月26日决定任命，因公在外未出席会议；主任会议组织单独宣誓").build());
  }

  /**
   * The first session of the 17th congress, 2020-01-07 … 10: it elects the committee, the district head and deputy
   * heads, the supervisory commission's director, the court president and the procurator-general, who swear together
   * before the session closes.
   */
  private void congressSession() {
    committee.addAll(chooseCommittee());
    var builder = meeting(SESSION, MeetingKind.CONGRESS_SESSION, TERM, 1, SESSION_START).endDate(SESSION_END)
        .convenerId(Year2019.DIRECTOR).chairId(Year2019.DIRECTOR)
        .note("云川区第十七届人民代表大会第一次会议（由第十六届常委会召集）");
    List<Integer> away = List.of(41, 187);
    int here = 0;
    for (Deputy deputy : deputies) {
      int n = Integer.parseInt(deputy.getId().getValue().substring(4));
      if (away.contains(n)) {
        builder.addAttendance(YearRecords.onLeave(deputy.getPersonId(), "因病请假"));
      } else {
        builder.addAttendance(Attendance.of(deputy.getPersonId(), AttendanceStatus.PRESENT));
        here++;
      }
    }
    builder.addNonVotingAttendance(NonVotingAttendance.organHead(Year2019.DISTRICT_HEAD, StateOrgan.GOVERNMENT))
        .addNonVotingAttendance(NonVotingAttendance.organHead(Year2019.COURT_PRESIDENT, StateOrgan.COURT))
        .addNonVotingAttendance(NonVotingAttendance.organHead(Year2019.PROCURATOR_GENERAL, StateOrgan.PROCURATORATE));
    item(SESSION, "听取和审议区人民政府工作报告", AgendaItemKind.OTHER, b -> { });
    item(SESSION, "听取和审议区第十六届人大常委会工作报告", AgendaItemKind.OTHER, b -> { });
    item(SESSION, "听取和审议区人民法院工作报告、区人民检察院工作报告", AgendaItemKind.OTHER, b -> { });
    item(SESSION, "审查和批准2020年区级财政预算", AgendaItemKind.OTHER, b -> { });

    List<OathTaker> swearers = new ArrayList<>();
    List<PersonnelActionId> committeeElections = new ArrayList<>();
    for (int i = 0; i < committee.size(); i++) {
      PersonId person = committee.get(i);
      CommitteeRole role = i == 0 ? CommitteeRole.DIRECTOR : i < 6 ? CommitteeRole.DEPUTY_DIRECTOR
          : CommitteeRole.MEMBER;
      String post = "云川区人民代表大会常务委员会" + (i == 0 ? "主任" : i < 6 ? "副主任" : "委员");
      PersonnelActionId action = election(person, post, COMMITTEE, null, here);
      committeeElections.add(action);
      swearers.add(OathTaker.of(person, action));
      memberships.add(CommitteeMembership.builder().id(MembershipId.of(String.format("M-17-%02d", i + 1)))
          .personId(person).deputyId(deputyOf.get(person)).role(role).startDate(ELECTION_DAY).startActionId(action)
          .build());
    }
    item(SESSION, "选举区第十七届人民代表大会常务委员会主任、副主任和委员", AgendaItemKind.PERSONNEL,
        b -> b.addAllPersonnelActionIds(committeeElections));
    List<PersonnelActionId> organElections = new ArrayList<>();
    organElections.add(election(Year2019.DISTRICT_HEAD, "云川区人民政府区长", GOV, StateOrgan.GOVERNMENT, here));
    for (int v = 1; v <= 4; v++) {
      String id = String.format("P-V%02d", v);
      people.make(id, 1968, 1980, PoliticalStatus.CPC_MEMBER, EducationLevel.POSTGRADUATE, "云川区人民政府副区长");
      organElections.add(election(PersonId.of(id), "云川区人民政府副区长", GOV, StateOrgan.GOVERNMENT, here));
    }
    organElections.add(election(Year2019.SUPERVISION_DIRECTOR, "云川区监察委员会主任", SUP,
        StateOrgan.SUPERVISORY_COMMISSION, here));
    organElections.add(election(Year2019.COURT_PRESIDENT, "云川区人民法院院长", COURT, StateOrgan.COURT, here));
    organElections.add(election(Year2019.PROCURATOR_GENERAL, "云川区人民检察院检察长", PROC,
        StateOrgan.PROCURATORATE, here));
    item(SESSION, "选举区人民政府区长、副区长，区监察委员会主任，区人民法院院长，区人民检察院检察长", AgendaItemKind.PERSONNEL,
        b -> b.addAllPersonnelActionIds(organElections));
    for (PersonnelActionId action : organElections) {
      PersonnelAction record = actions.stream().filter(a -> a.getId().equals(action)).findFirst().orElseThrow();
      swearers.add(OathTaker.of(record.getPersonId(), action));
    }
    OathCeremonyId ceremony = OathCeremonyId.of("OATH-2020-02");
    oaths.add(YearRecords.ceremony(ceremony, ELECTION_DAY, OathKind.CONSTITUTIONAL).form(OathForm.COLLECTIVE)
        .leaderId(director()).addAllSwearers(swearers).oathText(OathText.V2018)
        .organiser(OathOrganiser.CONGRESS_PRESIDIUM).meetingId(SESSION).place("云川区会议中心大礼堂")
        .note("大会主席团组织，新当选的国家工作人员在选举结果宣布后集体宣誓").build());
    item(SESSION, "举行宪法宣誓仪式", AgendaItemKind.OATH, b -> b.oathCeremonyId(ceremony));
  }

  private PersonnelActionId election(PersonId person, String post, OrganizationId org, StateOrgan organ, int voters) {
    PersonnelActionId id = PersonnelActionId.of(String.format("PA-2020-E%02d", ++electionCounter));
    int against = random.nextInt(4);
    int abstain = random.nextInt(4);
    var builder = PersonnelAction.builder().id(id).personId(person).kind(PersonnelActionKind.ELECTION)
        .postCategory(PostCategory.STATE_FUNCTIONARY).postTitle(post).organizationId(org)
        .decidedBy(ActingBody.CONGRESS).proposedBy(ProposingAuthority.CONGRESS_PRESIDIUM).meetingId(SESSION)
        .decisionDate(ELECTION_DAY).effectiveDate(ELECTION_DAY)
        .voteTally(VoteTally.of(voters - against - abstain, against, abstain, 0)).secretBallot(true)
        .announcementDate(ELECTION_DAY);
    if (organ != null) {
      builder.stateOrgan(organ);
    }
    actions.add(builder.build());
    return id;
  }

  private void directorsMeetings() {
    int number = 1;
    for (LocalDate date : List.of(day(1, 13), day(2, 11), day(4, 7), day(6, 2))) {
      MeetingId id = MeetingId.of("DM-17-" + String.format("%02d", number));
      directorsMeetings.put(date, id);
      var builder = meeting(id, MeetingKind.DIRECTORS, TERM, number++, date).convenerId(director()).chairId(director());
      for (int n = 0; n < 6; n++) {
        builder.addAttendance(Attendance.of(committee.get(n), AttendanceStatus.PRESENT));
      }
      item(id, date.getMonthValue() == 1 ? "研究第十七届常委会工作制度和2020年工作要点"
          : "研究常委会会议议程和近期工作安排", AgendaItemKind.OTHER, b -> { });
    }
  }

  private MeetingId directorsMeeting(int index) {
    return new ArrayList<>(directorsMeetings.values()).get(index);
  }

  private LocalDate dateOf(MeetingId id) {
    return meetingDates.get(id);
  }

  /** The 17th committee's meetings: all 27 members listed, a few on leave, 12 deputies and the organ heads present. */
  private void committeeMeetings() {
    for (int i = 0; i < MEETING_DATES.length; i++) {
      MeetingId id = sc(i);
      int onLeave = random.nextInt(4);
      Set<Integer> leave = YearRecords.chooseOnLeave(random, onLeave, 6, SIZE - 1);
      var builder = meeting(id, MeetingKind.STANDING_COMMITTEE, TERM, i + 1, MEETING_DATES[i]).convenerId(director())
          .chairId(director()).note("云川区第十七届人大常委会第" + (i + 1) + "次会议");
      List<PersonId> here = new ArrayList<>();
      for (int n = 0; n < SIZE; n++) {
        PersonId member = committee.get(n);
        if (leave.contains(n)) {
          builder.addAttendance(YearRecords.onLeave(member, n % 2 == 0 ? "因公出差请假" : "因病请假"));
        } else {
          builder.addAttendance(Attendance.of(member, AttendanceStatus.PRESENT));
          here.add(member);
        }
      }
      present.put(id, here);
      List<DeputyId> guests = pick(12, MEETING_DATES[i], this::notMember);
      observers.put(id, guests);
      for (DeputyId deputy : guests) {
        builder.addNonVotingAttendance(NonVotingAttendance.deputy(deputy));
      }
      YearRecords.addOrganHeadsAndClerk(builder, staff.get(0));
    }
  }

  private boolean notMember(Deputy deputy) {
    return !committee.contains(deputy.getPersonId());
  }

  private VoteTally vote(int meeting) {
    return YearRecords.vote(random, present.get(sc(meeting)).size());
  }

  // ---------------------------------------------------------------- participation

  /** Picks deputies serving on a day, those with the fewest participations first, and counts the participation. */
  private List<DeputyId> pick(int count, LocalDate date, Predicate<Deputy> condition) {
    return YearRecords.pickLeastActive(deputies, participation, random, count, date, condition);
  }

  private void activity(ActivityKind kind, LocalDate date, LocalDate end, String title, OrganizationId organizer,
      List<DeputyId> deputyIds, Consumer<ImmutableDeputyActivity.Builder> more) {
    ActivityId id = ActivityId.of(String.format("DA-2020-%03d", ++activityCounter));
    activities.add(YearRecords.activity(id, kind, date, end, title, organizer, deputyIds, more));
  }

  /** Committee members for a task: a deputy director and ordinary members, varying with the index. */
  private List<PersonId> membersFor(int index, int count) {
    List<PersonId> ids = new ArrayList<>();
    ids.add(committee.get(1 + index % 5));
    for (int k = 0; ids.size() < count; k++) {
      ids.add(committee.get(6 + (index * 3 + k) % 21));
    }
    return ids;
  }

  // ---------------------------------------------------------------- work reports, inspection, oversight

  private WorkReportId report(int meeting, WorkReportKind kind, StateOrgan organ, OrganizationId department,
      String title, Year fiscalYear, WorkReportId auditReport) {
    WorkReportId id = WorkReportId.of(String.format("WR-2020-%02d", workReports.size() + 1));
    LocalDate date = MEETING_DATES[meeting];
    OrganizationId reporterOrg = YearRecords.reportingOrganization(organ, department);
    var builder = WorkReport.builder().id(id).kind(kind).organ(organ).title(title)
        .reporterId(heads.getOrDefault(reporterOrg, Year2019.DISTRICT_HEAD)).meetingId(sc(meeting)).date(date)
        .draftSentForCommentDate(date.minusDays(24)).submittedDate(date.minusDays(13))
        .distributedToMembersDate(date.minusDays(8))
        .deputiesNotifiedDate(date.plusDays(5)).publishedDate(date.plusDays(5));
    if (department != null) {
      builder.organizationId(department);
    }
    if (fiscalYear != null) {
      builder.fiscalYear(fiscalYear);
    }
    if (auditReport != null) {
      builder.auditReportId(auditReport);
    }
    workReports.add(builder.build());
    item(sc(meeting), "听取和审议" + shortName(reporterOrg) + title, YearRecords.agendaKindOf(kind),
        b -> b.workReportId(id));
    return id;
  }

  private void workReports() {
    StateOrgan g = StateOrgan.GOVERNMENT;
    // the special audit of 2019-08-29 (WR-2019-05): rectification heard within six months, by 2020-02-29
    report(0, WorkReportKind.AUDIT_RECTIFICATION, g, AUDIT, "关于政府投资建设项目专项审计查出问题整改情况的报告", null,
        Year2019.RECTIFIED_IN_2020);
    report(0, WorkReportKind.SPECIAL_WORK, g, HEALTH, "关于新冠肺炎疫情防控工作情况的报告", null, null);
    report(1, WorkReportKind.SPECIAL_WORK, StateOrgan.COURT, null, "关于行政审判工作情况的报告", null, null);
    report(1, WorkReportKind.SPECIAL_WORK, StateOrgan.PROCURATORATE, null, "关于未成年人检察工作情况的报告", null, null);
    report(1, WorkReportKind.SPECIAL_WORK, g, HUMAN_RESOURCES, "关于统筹推进疫情防控和复工复产、稳就业工作情况的报告", null,
        null);
    report(2, WorkReportKind.SPECIAL_WORK, g, URBAN, "关于城市精细化管理工作情况的报告", null, null);
    report(2, WorkReportKind.SPECIAL_WORK, g, EDUCATION, "关于学前教育发展情况的报告", null, null);
    report(2, WorkReportKind.ENVIRONMENT, g, ENVIRONMENT, "关于2019年度环境状况和环境保护目标完成情况的报告", Year.of(2019),
        null);
  }

  private void inspection() {
    InspectionId id = InspectionId.of("INS-2020-01");
    LocalDate start = day(5, 6);
    String law = "《中华人民共和国野生动物保护法》";
    List<DeputyId> deputyIds = pick(12, start, this::notMember);
    inspections.add(LawEnforcementInspection.builder().id(id).title(law + "执法检查")
        .addLaws(InspectedLaw.of(law, LawLevel.LAW)).mode(InspectionMode.OWN).organizerId(URBAN_WB)
        .startDate(start).endDate(start.plusDays(3))
        .addForms(InspectionForm.FORUM, InspectionForm.SITE_INSPECTION, InspectionForm.SPOT_CHECK)
        .addAllMemberIds(membersFor(0, 4)).addStaffIds(staff.get(1)).addAllDeputyIds(deputyIds)
        .addInspectedOrgans(StateOrgan.GOVERNMENT).addInspectedOrganizationIds(NATURAL_RESOURCES, MARKET)
        .reportDate(day(5, 25)).meetingId(sc(2)).publishedDate(MEETING_DATES[2].plusDays(7)).build());
    activity(ActivityKind.LAW_ENFORCEMENT_INSPECTION, start, start.plusDays(3), "参加" + law + "执法检查", URBAN_WB,
        deputyIds, b -> b.inspectionId(id));
    item(sc(2), "听取和审议" + law + "执法检查报告", AgendaItemKind.INSPECTION_REPORT, b -> b.inspectionId(id));
  }

  private DocumentId nextDocumentId() {
    return DocumentId.of(String.format("DOC-2020-%03d", ++documentCounter));
  }

  private void oversightActivities() {
    String[][] visits = {{"视察全区新冠肺炎疫情防控和复工复产工作", "3-17"}, {"视察老旧小区改造和背街小巷环境整治工作", "5-26"}};
    for (int i = 0; i < visits.length; i++) {
      String[] md = visits[i][1].split("-");
      LocalDate date = day(Integer.parseInt(md[0]), Integer.parseInt(md[1]));
      OversightActivityId id = OversightActivityId.of(String.format("OA-2020-%02d", i + 1));
      DocumentId report = nextDocumentId();
      List<DeputyId> deputyIds = pick(14, date, this::notMember);
      OrganizationId organizer = i == 0 ? SOCIAL_WB : URBAN_WB;
      oversight.add(OversightActivity.builder().id(id).kind(OversightKind.VISIT).topic(visits[i][0])
          .organizerId(organizer).startDate(date).endDate(date.plusDays(1))
          .addPlaces(STREETS[i * 5] + "街道", STREETS[i * 5 + 2] + "街道").addAllMemberIds(membersFor(i + 1, 4))
          .addAllDeputyIds(deputyIds).addOrgans(StateOrgan.GOVERNMENT).researchReportId(report).build());
      documents.add(Document.builder().id(report).kind(DocumentKind.RESEARCH_REPORT)
          .title("关于" + visits[i][0].substring(2) + "的视察报告").date(date.plusDays(20))
          .addAuthorIds(staff.get(2 + i)).oversightActivityId(id).build());
      activity(ActivityKind.VISIT, date, date.plusDays(1), "参加常委会" + visits[i][0], organizer, deputyIds,
          b -> b.oversightActivityId(id));
    }
  }

  // ---------------------------------------------------------------- decisions, opinions

  private DecisionId decision(int meeting, DecisionKind kind, DecisionSubject subject, String title,
      Consumer<ImmutableDecision.Builder> more) {
    VoteTally vote = vote(meeting);
    var builder = YearRecords.adopted(2020, decisions.size() + 1, sc(meeting), MEETING_DATES[meeting], vote)
        .kind(kind).subject(subject).title(title).publishedDate(MEETING_DATES[meeting].plusDays(3));
    more.accept(builder);
    Decision decision = builder.build();
    decisions.add(decision);
    item(sc(meeting), "表决" + title, YearRecords.agendaKindOf(kind), b -> b.decisionId(decision.getId()).vote(vote));
    return decision.getId();
  }

  private void decisions() {
    decision(0, DecisionKind.DECISION, DecisionSubject.MAJOR_MATTER, "关于依法全力做好新冠肺炎疫情防控工作的决定",
        b -> b.addAddressedOrgans(StateOrgan.GOVERNMENT, StateOrgan.SUPERVISORY_COMMISSION, StateOrgan.COURT,
            StateOrgan.PROCURATORATE));
    decision(1, DecisionKind.RESOLUTION, DecisionSubject.SPECIAL_WORK_REPORT, "关于统筹推进疫情防控和经济社会发展工作的决议",
        b -> b.workReportId(WorkReportId.of("WR-2020-05")).addAddressedOrgans(StateOrgan.GOVERNMENT));
    decision(2, DecisionKind.RESOLUTION, DecisionSubject.INSPECTION, "关于加强野生动物保护、革除滥食野生动物陋习的决议",
        b -> b.inspectionId(InspectionId.of("INS-2020-01")).addAddressedOrgans(StateOrgan.GOVERNMENT));
  }

  /**
   * A deliberation opinion on each report and the inspection, sent a week after the meeting; handled at the first
   * meeting a month or more later, if there is one by 30 June (the June opinions are still being handled).
   */
  private void opinions() {
    int count = 0;
    for (OpinionSubject subject : YearRecords.opinionSubjects(workReports, inspections, Year2020::indexOf)) {
      int meeting = subject.meeting();
      LocalDate sent = MEETING_DATES[meeting].plusDays(7);
      OpinionId id = OpinionId.of(String.format("OP-2020-%02d", ++count));
      var builder = YearRecords.opinion(id, subject, sc(meeting), sent);
      int handling = meeting + 1;
      while (handling < MEETING_DATES.length && MEETING_DATES[handling].isBefore(sent.plusDays(30))) {
        handling++;
      }
      if (handling < MEETING_DATES.length) {
        final int handlingMeeting = handling;
        builder.handlingReportDate(MEETING_DATES[handling].minusDays(7)).handlingReportMeetingId(sc(handling));
        item(sc(handlingMeeting), "听取审议意见研究处理情况的报告（" + id + "）", AgendaItemKind.OPINION_HANDLING_REPORT,
            b -> b.opinionId(id));
      }
      opinions.add(builder.build());
    }
  }

  static int indexOf(MeetingId meeting) {
    return Integer.parseInt(meeting.getValue().substring(6)) - 1;
  }

  // ---------------------------------------------------------------- personnel

  private record Post(String title, OrganizationId org, StateOrgan organ, PersonnelActionKind kind,
      PostCategory category, ProposingAuthority by, PersonId proposer) { }

  private Post department(OrganizationId org, PersonnelActionKind kind) {
    String name = orgName(org);
    return new Post(name + (name.endsWith("委员会") ? "主任" : "局长"), org, StateOrgan.GOVERNMENT, kind,
        PostCategory.STATE_FUNCTIONARY, ProposingAuthority.GOVERNMENT_HEAD, Year2019.DISTRICT_HEAD);
  }

  private Post organ(OrganizationId org, String title, PersonnelActionKind kind) {
    StateOrgan organ = org.equals(COURT) ? StateOrgan.COURT : org.equals(PROC) ? StateOrgan.PROCURATORATE
        : StateOrgan.SUPERVISORY_COMMISSION;
    ProposingAuthority by = org.equals(COURT) ? ProposingAuthority.COURT_PRESIDENT : org.equals(PROC)
        ? ProposingAuthority.PROCURATOR_GENERAL : ProposingAuthority.SUPERVISORY_COMMISSION_DIRECTOR;
    return new Post(orgName(org) + title, org, organ, kind, PostCategory.STATE_FUNCTIONARY, by, heads.get(org));
  }

  private Post workingBody(OrganizationId org) {
    return new Post(orgName(org) + "主任", org, null, PersonnelActionKind.APPOINTMENT, PostCategory.COMMITTEE_POST,
        ProposingAuthority.DIRECTORS_MEETING, director());
  }

  private PersonId newPerson(String id, String title) {
    people.make(id, 1972, 1986, PoliticalStatus.CPC_MEMBER, EducationLevel.UNDERGRADUATE, "拟任" + title);
    return PersonId.of(id);
  }

  private void personnel() {
    OrganizationId[] departments = {DEVELOPMENT, INDUSTRY, EDUCATION, CIVIL_AFFAIRS, JUSTICE, FINANCE,
        HUMAN_RESOURCES, CONSTRUCTION, URBAN, HEALTH, AUDIT, EMERGENCY, STATISTICS, VETERANS, MEDICAL_INSURANCE,
        MARKET, COMMERCE, CULTURE};
    int newcomers = 0;
    // the first meeting: the new government's department heads, on the district head's nomination, and the heads
    // of the committee's own working bodies, on the directors' meeting's
    List<Map.Entry<Post, PersonId>> first = new ArrayList<>();
    for (OrganizationId org : departments) {
      Post post = department(org, PersonnelActionKind.DECIDED_APPOINTMENT);
      PersonId person = org.equals(CONSTRUCTION)
          ? newPerson(String.format("P-B%02d", ++newcomers), post.title()) : heads.get(org);
      first.add(Map.entry(post, person));
    }
    OrganizationId[] bodies = {OFFICE, LEGAL_WB, FINANCE_WB, DEPUTIES_WB, SOCIAL_WB, URBAN_WB};
    for (int i = 0; i < bodies.length; i++) {
      first.add(Map.entry(workingBody(bodies[i]), committee.get(6 + i)));
    }
    appointments(0, first, List.of());
    // April: judges, a prosecutor and a supervisory commission member; two transferred away
    List<Map.Entry<Post, PersonId>> april = new ArrayList<>();
    for (Post post : List.of(organ(COURT, "审判员", PersonnelActionKind.APPOINTMENT),
        organ(COURT, "审判员", PersonnelActionKind.APPOINTMENT), organ(PROC, "检察员", PersonnelActionKind.APPOINTMENT),
        organ(SUP, "委员", PersonnelActionKind.APPOINTMENT))) {
      april.add(Map.entry(post, newPerson(String.format("P-B%02d", ++newcomers), post.title())));
    }
    appointments(1, april, List.of(Map.entry(organ(COURT, "审判员", PersonnelActionKind.DISMISSAL),
        PersonId.of("P-A13")), Map.entry(organ(PROC, "检察员", PersonnelActionKind.DISMISSAL), PersonId.of("P-A17"))));
    // June: a new head of statistics in place of the one transferred, and a deputy court president
    Post statistics = department(STATISTICS, PersonnelActionKind.DECIDED_APPOINTMENT);
    Post deputyPresident = organ(COURT, "副院长", PersonnelActionKind.APPOINTMENT);
    List<Map.Entry<Post, PersonId>> june = List.of(
        Map.entry(statistics, newPerson(String.format("P-B%02d", ++newcomers), statistics.title())),
        Map.entry(deputyPresident, newPerson(String.format("P-B%02d", ++newcomers), deputyPresident.title())));
    appointments(2, june, List.of(Map.entry(department(STATISTICS, PersonnelActionKind.DECIDED_DISMISSAL),
        heads.get(STATISTICS))));
  }

  private void appointments(int meeting, List<Map.Entry<Post, PersonId>> appointed,
      List<Map.Entry<Post, PersonId>> dismissed) {
    LocalDate date = MEETING_DATES[meeting];
    OathCeremonyId ceremony = OathCeremonyId.of(String.format("OATH-2020-%02d", meeting + 3));
    List<PersonnelActionId> ids = new ArrayList<>();
    List<OathTaker> swearers = new ArrayList<>();
    for (Map.Entry<Post, PersonId> entry : appointed) {
      Post post = entry.getKey();
      PersonId person = entry.getValue();
      PersonnelActionId id = PersonnelActionId.of(String.format("PA-2020-%03d", actions.size() - electionCounter + 1));
      ExamId exam = ExamId.of(String.format("EX-2020-%03d", exams.size() + 1));
      exams.add(YearRecords.exam(exam, person, date.minusDays(7), id, BigDecimal.valueOf(70 + random.nextInt(27)), 1,
          ExamOutcome.PASSED));
      var builder = PersonnelAction.builder().id(id).personId(person).kind(post.kind())
          .postCategory(post.category()).postTitle(post.title()).organizationId(post.org())
          .decidedBy(ActingBody.STANDING_COMMITTEE).proposedBy(post.by()).proposerId(post.proposer())
          .meetingId(sc(meeting)).decisionDate(date).effectiveDate(date).voteTally(vote(meeting)).addExamIds(exam)
          .oathCeremonyId(ceremony).letterHandedOverDate(date).announcementDate(date);
      if (post.organ() != null) {
        builder.stateOrgan(post.organ());
      }
      actions.add(builder.build());
      ids.add(id);
      swearers.add(OathTaker.of(person, id));
      if (post.org() != null && post.category() == PostCategory.STATE_FUNCTIONARY
          && post.kind() == PersonnelActionKind.DECIDED_APPOINTMENT) {
        heads.put(post.org(), person);
      }
    }
    for (Map.Entry<Post, PersonId> entry : dismissed) {
      Post post = entry.getKey();
      PersonnelActionId id = PersonnelActionId.of(String.format("PA-2020-%03d", actions.size() - electionCounter + 1));
      actions.add(PersonnelAction.builder().id(id).personId(entry.getValue()).kind(post.kind())
          .postCategory(post.category()).postTitle(post.title()).organizationId(post.org()).stateOrgan(post.organ())
          .decidedBy(ActingBody.STANDING_COMMITTEE).proposedBy(post.by()).proposerId(post.proposer())
          .meetingId(sc(meeting)).decisionDate(date).effectiveDate(date).voteTally(vote(meeting))
          .announcementDate(date).note("因工作调动").build());
      ids.add(id);
    }
    item(sc(meeting), "审议人事任免事项", AgendaItemKind.PERSONNEL, b -> b.addAllPersonnelActionIds(ids));
    oaths.add(YearRecords.meetingOath(ceremony, date, sc(meeting), swearers));
    item(sc(meeting), "举行宪法宣誓仪式", AgendaItemKind.OATH, b -> b.oathCeremonyId(ceremony));
  }

  // ---------------------------------------------------------------- deputies' activities

  private void deputyActivities() {
    for (int i = 0; i < MEETING_DATES.length; i++) {
      final int meeting = i;
      activity(ActivityKind.ATTEND_COMMITTEE_MEETING, MEETING_DATES[i], null,
          "列席区第十七届人大常委会第" + (i + 1) + "次会议", OFFICE, observers.get(sc(i)), b -> b.meetingId(sc(meeting)));
    }
    LocalDate training = day(5, 12);
    List<DeputyId> all = deputies.stream().filter(dep -> dep.servingOn(training)).map(Deputy::getId).toList();
    all.forEach(id -> participation.merge(id, 1, Integer::sum));
    activity(ActivityKind.TRAINING, training, training.plusDays(2), "区第十七届人大代表履职学习培训班", DEPUTIES_WB, all,
        b -> b.place("云州市委党校"));
    for (int g = 0; g < groups.size(); g++) {
      final int group = g;
      LocalDate date = Dates.weekdayOnOrAfter(day(6, 3).plusDays(g * 2L));
      List<DeputyId> members = groups.get(g).getMemberIds();
      members.forEach(id -> participation.merge(id, 1, Integer::sum));
      activity(ActivityKind.GROUP_ACTIVITY, date, null, STREETS[g] + "街道代表组成立后首次集中活动", Year2019.streetBody(g),
          members, b -> b.deputyGroupId(groupId(group)).place(STREETS[group] + "街道人大代表联络站"));
    }
  }

  // ---------------------------------------------------------------- suggestions

  private void suggestions() {
    OrganizationId[] units = {CONSTRUCTION, EDUCATION, CIVIL_AFFAIRS, DEVELOPMENT, INDUSTRY, HUMAN_RESOURCES, HEALTH,
        MARKET, URBAN, FINANCE, ENVIRONMENT, POLICE, EMERGENCY, CULTURE, COMMERCE};
    String[] topics = {"加强基层公共卫生应急体系建设", "支持中小微企业复工复产", "加快老旧小区改造", "完善社区疫情联防联控机制",
        "增加公共停车泊位", "推进垃圾分类", "加强农贸市场环境卫生整治", "缓解中小学上下学交通拥堵", "增设社区老人日间照料中心",
        "稳定和扩大就业", "改善公交线网", "建设口袋公园和小游园", "加强城中村消防安全", "规范物业服务收费", "加强校园周边安全管理"};
    MeetingId keyMeeting = directorsMeeting(1);
    LocalDate keyDate = dateOf(keyMeeting);
    int session = 118;
    for (int i = 1; i <= session + 10; i++) {
      boolean recess = i > session;
      LocalDate submitted = recess ? Dates.weekdayOnOrAfter(day(3, 2).plusDays((i - session - 1) * 9L)) : day(1, 8);
      DeputyId proposer = quiet(submitted);
      List<DeputyId> co = YearRecords.coSponsors(random, proposer, () -> quiet(submitted));
      var builder = YearRecords.suggestion(SuggestionId.of(String.format("SG-2020-%03d", i)), i,
          topics[i % topics.length], proposer, co, submitted, recess ? null : SESSION);
      LocalDate assigned = recess ? Dates.plusWeekdays(submitted, 3) : day(1, 17);
      OrganizationId lead = units[i % units.length];
      YearRecords.assign(builder, assigned, lead, i % 6 == 0 ? units[(i + 4) % units.length] : null);
      if (!recess && i % 15 == 1) {
        builder.keySupervision(YearRecords.keySupervision(keyMeeting, keyDate, committee.get(1 + i % 5)));
      }
      // answered within three months; the recess ones of May by the end of June
      LocalDate answered = Dates.weekdayOnOrBefore(recess ? Dates.min(assigned.plusDays(28 + random.nextInt(14)),
          day(6, 24)) : assigned.plusDays(32 + random.nextInt(52)));
      builder.addAnswers(YearRecords.answer(answered, lead, YearRecords.outcomeOf(i), i));
      LocalDate feedback = answered.plusDays(5 + random.nextInt(8));
      if (!feedback.isAfter(SPAN.getTo())) {
        SatisfactionGrade grade = i % 7 == 3 ? SatisfactionGrade.BASICALLY_SATISFIED : SatisfactionGrade.SATISFIED;
        builder.addFeedback(YearRecords.feedback(feedback, grade, lead));
        if (!feedback.plusDays(3).isAfter(SPAN.getTo())) {
          builder.closedDate(feedback.plusDays(3));
        }
      }
      suggestions.add(builder.build());
    }
  }

  private DeputyId quiet(LocalDate date) {
    return YearRecords.anyServing(deputies, random, date, this::notMember);
  }

  // ---------------------------------------------------------------- petitions

  private void petitions() {
    List<PetitionSubject> subjects = YearRecords.petitionSubjects("反映疫情期间复工复产补贴申领问题", HUMAN_RESOURCES);
    int letters = 142;
    int visits = 38;
    int referred = 17;
    int[] visitPersons = YearRecords.personsPerVisit(random, visits, 86, 6);
    for (int i = 0; i < letters + visits + referred; i++) {
      int k = i - letters - visits; // the place among the referred ones, after the letters and visits
      Intake intake = i < letters ? Intake.direct(i % 5 == 4 ? PetitionChannel.ONLINE : PetitionChannel.LETTER)
          : i < letters + visits ? Intake.visit(visitPersons[i - letters])
          : Intake.referred(k % 3 == 2 ? PetitionChannel.ONLINE : PetitionChannel.LETTER, k < 11);
      LocalDate received = Dates.weekdayOnOrAfter(day(1, 2).plusDays(random.nextInt(132)));
      if (intake.channel() == PetitionChannel.VISIT && received.isAfter(day(1, 22)) && received.isBefore(day(4, 1))) {
        // visits were received again from April, after the reception hall had closed for the epidemic
        received = Dates.weekdayOnOrAfter(day(4, 1).plusDays(received.getDayOfYear() % 40));
      }
      LocalDate acknowledged = Dates.plusWeekdays(received, 2 + random.nextInt(6));
      LocalDate resolved = Dates.min(acknowledged.plusDays(10 + random.nextInt(40)), day(6, 24));
      if (resolved.isBefore(acknowledged.plusDays(2))) {
        resolved = acknowledged.plusDays(2);
      }
      PetitionSubject subject = subjects.get(random.nextInt(subjects.size()));
      petitions.add(YearRecords.petition(PetitionId.of(String.format("PT-2020-%03d", i + 1)), i, intake, subject,
          received, acknowledged, resolved).resolvedDate(resolved).replyDeliveredDate(resolved.plusDays(2)).build());
    }
  }

  // ---------------------------------------------------------------- documents

  private void documents() {
    String[] rules = {"区人大常委会议事规则（第十七届）", "区人大常委会主任会议议事规则（第十七届）", "区人大常委会组成人员守则（第十七届）",
        "区人大常委会组成人员联系代表和代表联系选民工作办法"};
    MeetingId first = directorsMeeting(0);
    for (String rule : rules) {
      documents.add(Document.builder().id(nextDocumentId()).kind(DocumentKind.RULE).title(rule).date(dateOf(first))
          .meetingId(first).build());
    }
    MeetingId second = directorsMeeting(1);
    documents.add(Document.builder().id(nextDocumentId()).kind(DocumentKind.OTHER).title("云川区人大常委会2020年工作要点")
        .date(dateOf(second)).meetingId(second).outlet("云川区人大网").build());
    String[][] outlets = {{"PROVINCIAL", "省人大网"}, {"MUNICIPAL", "云州日报"}, {"MUNICIPAL", "云州人大网"},
        {"DISTRICT", "云川新闻网"}, {"DISTRICT", "云川电视台"}, {"DISTRICT", "《云川人大》"}};
    String[] themes = {"人代会", "常委会会议", "疫情防控", "执法检查", "代表建议办理", "视察调研", "宪法宣誓", "代表活动"};
    for (int i = 0; i < 112; i++) {
      String[] outlet = outlets[i % 9 == 0 ? 0 : 1 + i % 5];
      documents.add(YearRecords.publicityArticle(nextDocumentId(),
          "云川区人大常委会" + themes[i % themes.length] + "工作报道（2020-" + (i + 1) + "）",
          Dates.weekdayOnOrAfter(day(1, 6).plusDays(random.nextInt(175))), outlet));
    }
    documents.addAll(YearRecords.weeklyBulletin(2020, 24, day(1, 10), this::nextDocumentId));
  }
}

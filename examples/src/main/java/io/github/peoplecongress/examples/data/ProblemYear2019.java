package io.github.peoplecongress.examples.data;

import static io.github.peoplecongress.examples.data.Dates.d;

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
import io.github.peoplecongress.model.body.Organization;
import io.github.peoplecongress.model.body.OrganizationKind;
import io.github.peoplecongress.model.body.StandingCommittee;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.code.EducationLevel;
import io.github.peoplecongress.model.code.PoliticalStatus;
import io.github.peoplecongress.model.decision.Decision;
import io.github.peoplecongress.model.decision.DecisionKind;
import io.github.peoplecongress.model.decision.DecisionSubject;
import io.github.peoplecongress.model.deputy.Constituency;
import io.github.peoplecongress.model.deputy.Deputy;
import io.github.peoplecongress.model.deputy.DeputyGroup;
import io.github.peoplecongress.model.deputy.DeputyLevel;
import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.deputywork.DeputyFeedback;
import io.github.peoplecongress.model.deputywork.HandlingAssignment;
import io.github.peoplecongress.model.deputywork.HandlingRole;
import io.github.peoplecongress.model.deputywork.Mailbox;
import io.github.peoplecongress.model.deputywork.SubmissionPeriod;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.deputywork.SuggestionAnswer;
import io.github.peoplecongress.model.deputywork.SuggestionOutcome;
import io.github.peoplecongress.model.id.ActivityId;
import io.github.peoplecongress.model.id.AppraisalId;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.DeputyGroupId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.ExamId;
import io.github.peoplecongress.model.id.MailboxId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.OpinionId;
import io.github.peoplecongress.model.id.OrganizationId;
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
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.meeting.NonVotingAttendance;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.ExamFormat;
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
import io.github.peoplecongress.model.petition.Forwarding;
import io.github.peoplecongress.model.petition.ForwardingMode;
import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.PetitionCategory;
import io.github.peoplecongress.model.petition.PetitionChannel;
import io.github.peoplecongress.model.petition.PetitionOutcome;
import io.github.peoplecongress.model.petition.PetitionRoute;
import io.github.peoplecongress.model.petition.PetitionSource;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.supervision.DeliberationOpinion;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import io.github.peoplecongress.model.vote.VoteTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the small 2019 problem year of the fictional 云岭区 (Beijing), lawful except for four planted problems: a
 * late oath (45 days after the appointment), a collective oath without a leader, a deputy who never took part in
 * anything, and a work appraisal without its 实地察看工作台账 step. Deterministic.
 */
final class ProblemYear2019 {
  static final String REGION = "119901";
  static final int TERM = 17;
  static final int SIZE = 15;
  static final int DEPUTIES = 20;
  static final LocalDate TERM_START = LocalDate.of(2017, 1, 6);
  static final LocalDate[] SC_DATES = {d(2, 20), d(4, 16), d(6, 11), d(8, 6), d(9, 20), d(11, 14)};
  static final int FIRST_SC_NUMBER = 15;

  static final OrganizationId GOV = OrganizationId.of("O-GOV");
  static final OrganizationId COURT = OrganizationId.of("O-COURT");
  static final OrganizationId PROC = OrganizationId.of("O-PROC");
  static final OrganizationId FINANCE = OrganizationId.of("O-CZJ");
  static final OrganizationId AUDIT = OrganizationId.of("O-SJJ");
  static final OrganizationId CONSTRUCTION = OrganizationId.of("O-JSJ");
  static final OrganizationId EDUCATION = OrganizationId.of("O-JTJ");
  static final OrganizationId OFFICE = OrganizationId.of("O-RDBGS");
  static final OrganizationId DEPUTIES_WB = OrganizationId.of("O-DBW-RD");
  static final OrganizationId CITY_SC = OrganizationId.of("O-SHIRD");
  static final PersonId DISTRICT_HEAD = PersonId.of("P-G01");
  static final PersonId DIRECTOR = member(1);

  /** The appointment whose oath came 45 days later (planted problem a). */
  static final PersonnelActionId LATE_OATH_ACTION = PersonnelActionId.of("PA-2019-004");
  /** The collective oath held without a leader (planted problem b). */
  static final OathCeremonyId LEADERLESS_CEREMONY = OathCeremonyId.of("OATH-2019-01");
  /** The deputy who took part in nothing in 2019 (planted problem c). */
  static final DeputyId INACTIVE_DEPUTY = DeputyId.of("D-020");
  /** The appraisal without the 实地察看工作台账 step (planted problem d). */
  static final AppraisalId INCOMPLETE_APPRAISAL = AppraisalId.of("AP-2019-01");

  private final People people = new People(REGION, 1101L);
  private final List<Organization> organizations = new ArrayList<>();
  private final Map<MeetingId, List<ImmutableAgendaItem.Builder>> agenda = new HashMap<>();
  private final List<WorkReport> reports = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private final List<PersonnelAction> actions = new ArrayList<>();
  private final List<LegalExam> exams = new ArrayList<>();
  private final List<OathCeremony> oaths = new ArrayList<>();
  private final List<DeputyActivity> activities = new ArrayList<>();

  static PersonId member(int n) {
    return PersonId.of(String.format("P-%03d", n));
  }

  static DeputyId deputy(int n) {
    return DeputyId.of(String.format("D-%03d", n));
  }

  static MeetingId sc(int i) {
    return MeetingId.of("SC-17-" + (FIRST_SC_NUMBER + i));
  }

  /** Members on leave at each meeting: two of the ordinary members. */
  static boolean onLeave(int meeting, int member) {
    return member == 6 + meeting || member == 12 - meeting % 3;
  }

  static int present(int meeting) {
    int count = 0;
    for (int n = 1; n <= SIZE; n++) {
      if (!onLeave(meeting, n)) {
        count++;
      }
    }
    return count;
  }

  static VoteTally vote(int meeting) {
    return VoteTally.of(present(meeting) - 1, 0, 1, 0);
  }

  private void org(OrganizationId id, String name, OrganizationKind kind, OrganizationId parent) {
    var builder = Organization.builder().id(id).name(name).kind(kind);
    if (parent != null) {
      builder.parentId(parent);
    }
    organizations.add(builder.build());
  }

  private void item(int meeting, String title, AgendaItemKind kind,
      java.util.function.Consumer<ImmutableAgendaItem.Builder> more) {
    ImmutableAgendaItem.Builder builder = AgendaItem.builder().title(title).kind(kind);
    more.accept(builder);
    agenda.computeIfAbsent(sc(meeting), k -> new ArrayList<>()).add(builder);
  }

  CommitteeRecords build() {
    org(GOV, "云岭区人民政府", OrganizationKind.GOVERNMENT, null);
    org(COURT, "云岭区人民法院", OrganizationKind.COURT, null);
    org(PROC, "云岭区人民检察院", OrganizationKind.PROCURATORATE, null);
    org(FINANCE, "云岭区财政局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(AUDIT, "云岭区审计局", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(CONSTRUCTION, "云岭区住房和城乡建设委员会", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(EDUCATION, "云岭区教育委员会", OrganizationKind.GOVERNMENT_DEPARTMENT, GOV);
    org(OFFICE, "云岭区人大常委会办公室", OrganizationKind.WORKING_BODY, null);
    org(DEPUTIES_WB, "云岭区人大常委会代表工作委员会", OrganizationKind.WORKING_BODY, null);
    org(CITY_SC, "北京市人民代表大会常务委员会", OrganizationKind.HIGHER_STANDING_COMMITTEE, null);

    // committee members are deputies D-001..D-015; D-016..D-020 are other deputies
    List<CommitteeMembership> memberships = new ArrayList<>();
    List<Deputy> deputies = new ArrayList<>();
    List<Constituency> constituencies = new ArrayList<>();
    int[] seats = {3, 3, 3, 3, 3, 3, 2};
    int next = 1;
    List<List<DeputyId>> byConstituency = new ArrayList<>();
    for (int c = 0; c < seats.length; c++) {
      ConstituencyId cid = ConstituencyId.of(String.format("C17-%02d", c + 1));
      constituencies.add(Constituency.builder().id(cid).termNumber(TERM).number(c + 1).name("第" + (c + 1) + "选区")
          .seats(seats[c]).area(c < 4 ? "东岭街道" : "西岭街道").addUnits("第" + (c + 1) + "社区").build());
      List<DeputyId> here = new ArrayList<>();
      for (int s = 0; s < seats[c]; s++, next++) {
        int n = next;
        people.make(String.format("P-%03d", n), 1960, 1985, n <= SIZE ? PoliticalStatus.CPC_MEMBER
            : PoliticalStatus.MASSES, EducationLevel.UNDERGRADUATE,
            n == 1 ? "云岭区人大常委会主任" : n <= 4 ? "云岭区人大常委会副主任" : n <= SIZE ? "云岭区人大常委会委员"
                : "云岭区" + (c < 4 ? "东岭" : "西岭") + "街道社区工作者");
        deputies.add(Deputy.builder().id(deputy(n)).personId(member(n)).level(DeputyLevel.DISTRICT).termNumber(TERM)
            .constituencyId(cid).groupId(DeputyGroupId.of(c < 4 ? "G-01" : "G-02"))
            .electedDate(LocalDate.of(2016, 11, 15)).serviceStartDate(TERM_START).build());
        here.add(deputy(n));
      }
      byConstituency.add(here);
    }
    for (int n = 1; n <= SIZE; n++) {
      memberships.add(CommitteeMembership.builder().id(MembershipId.of(String.format("M-17-%02d", n)))
          .personId(member(n)).deputyId(deputy(n))
          .role(n == 1 ? CommitteeRole.DIRECTOR : n <= 4 ? CommitteeRole.DEPUTY_DIRECTOR : CommitteeRole.MEMBER)
          .startDate(TERM_START).build());
    }
    List<DeputyGroup> groups = new ArrayList<>();
    List<Mailbox> mailboxes = new ArrayList<>();
    for (int g = 0; g < 2; g++) {
      final int group = g;
      List<DeputyId> members = deputies.stream()
          .filter(dep -> dep.getGroupId().get().getValue().equals(group == 0 ? "G-01" : "G-02"))
          .map(Deputy::getId).toList();
      DeputyGroupId gid = DeputyGroupId.of(g == 0 ? "G-01" : "G-02");
      groups.add(DeputyGroup.builder().id(gid).termNumber(TERM).name(g == 0 ? "东岭街道代表组" : "西岭街道代表组")
          .leaderId(members.get(members.size() - 2)).addAllMemberIds(members).addPairedMemberIds(member(2 + g))
          .build());
      mailboxes.add(Mailbox.builder().id(MailboxId.of("MB-0" + (g + 1))).location(g == 0 ? "东岭街道代表联络站" : "西岭街道代表联络站")
          .deputyGroupId(gid).addDeputyIds(members.get(members.size() - 2)).setUpDate(LocalDate.of(2017, 3, 1)).build());
    }
    people.make("P-G01", 1968, 1975, PoliticalStatus.CPC_MEMBER, EducationLevel.POSTGRADUATE, "云岭区人民政府区长");
    people.make("P-G02", 1968, 1975, PoliticalStatus.CPC_MEMBER, EducationLevel.POSTGRADUATE, "云岭区财政局局长");
    people.make("P-G03", 1968, 1975, PoliticalStatus.CPC_MEMBER, EducationLevel.POSTGRADUATE, "云岭区审计局局长");

    // work reports: final accounts and audit in June, budget execution in August, others later
    report(2, WorkReportKind.FINAL_ACCOUNTS, FINANCE, PersonId.of("P-G02"), "关于2018年区级财政决算（草案）的报告",
        AgendaItemKind.FINAL_ACCOUNTS, Year.of(2018));
    report(2, WorkReportKind.AUDIT, AUDIT, PersonId.of("P-G03"), "关于2018年度区级预算执行和其他财政收支的审计工作报告",
        AgendaItemKind.AUDIT_REPORT, Year.of(2018));
    report(3, WorkReportKind.BUDGET_EXECUTION, FINANCE, PersonId.of("P-G02"), "关于2019年上半年预算执行情况的报告",
        AgendaItemKind.BUDGET_EXECUTION_REPORT, Year.of(2019));
    report(4, WorkReportKind.STATE_ASSETS, FINANCE, PersonId.of("P-G02"), "关于2018年度国有资产管理情况的综合报告",
        AgendaItemKind.STATE_ASSETS_REPORT, Year.of(2018));
    report(5, WorkReportKind.GOVERNMENT_DEBT, FINANCE, PersonId.of("P-G02"), "关于政府债务管理情况的报告",
        AgendaItemKind.GOVERNMENT_DEBT_REPORT, Year.of(2019));
    report(5, WorkReportKind.ENVIRONMENT, GOV, DISTRICT_HEAD, "关于2018年度环境状况和环境保护目标完成情况的报告",
        AgendaItemKind.ENVIRONMENT_REPORT, Year.of(2018));
    DecisionId accounts = DecisionId.of("DEC-2019-01");
    VoteTally accountsVote = vote(2);
    decisions.add(Decision.builder().id(accounts).kind(DecisionKind.RESOLUTION).subject(DecisionSubject.FINAL_ACCOUNTS)
        .title("关于批准2018年区级财政决算的决议").meetingId(sc(2)).date(SC_DATES[2]).documentNumber("云岭人常〔2019〕1号")
        .vote(accountsVote).adopted(true).workReportId(WorkReportId.of("WR-2019-01"))
        .addAddressedOrgans(StateOrgan.GOVERNMENT).publishedDate(SC_DATES[2].plusDays(5)).build());
    item(2, "表决关于批准2018年区级财政决算的决议", AgendaItemKind.RESOLUTION_OR_DECISION,
        b -> b.decisionId(accounts).vote(accountsVote));
    DeliberationOpinion opinion = DeliberationOpinion.builder().id(OpinionId.of("OP-2019-01"))
        .workReportId(WorkReportId.of("WR-2019-02")).meetingId(sc(2)).sentDate(SC_DATES[2].plusDays(7))
        .organ(StateOrgan.GOVERNMENT).organizationId(AUDIT).content("请抓紧整改审计查出的问题并书面报告。")
        .handlingReportDate(SC_DATES[3].minusDays(7)).handlingReportMeetingId(sc(3))
        .publishedDate(SC_DATES[2].plusDays(10)).build();
    item(3, "听取审议意见研究处理情况的报告", AgendaItemKind.OPINION_HANDLING_REPORT, b -> b.opinionId(opinion.getId()));

    // appointments: three at the 16th meeting sworn collectively WITHOUT a leader (b); one at the 18th meeting
    // sworn 45 days later at the 19th meeting (a)
    String[] posts = {"云岭区教育委员会主任", "云岭区人民法院审判员", "云岭区人民检察院检察员", "云岭区住房和城乡建设委员会主任"};
    OrganizationId[] orgs = {EDUCATION, COURT, PROC, CONSTRUCTION};
    StateOrgan[] organs = {StateOrgan.GOVERNMENT, StateOrgan.COURT, StateOrgan.PROCURATORATE, StateOrgan.GOVERNMENT};
    ProposingAuthority[] proposers = {ProposingAuthority.GOVERNMENT_HEAD, ProposingAuthority.COURT_PRESIDENT,
        ProposingAuthority.PROCURATOR_GENERAL, ProposingAuthority.GOVERNMENT_HEAD};
    List<OathTaker> collective = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      int meeting = i < 3 ? 1 : 3;
      LocalDate date = SC_DATES[meeting];
      String personId = String.format("P-A%02d", i + 1);
      people.make(personId, 1975, 1984, PoliticalStatus.CPC_MEMBER, EducationLevel.POSTGRADUATE, "拟任" + posts[i]);
      PersonnelActionId id = PersonnelActionId.of(String.format("PA-2019-%03d", i + 1));
      ExamId exam = ExamId.of(String.format("EX-2019-%03d", i + 1));
      exams.add(LegalExam.builder().id(exam).personId(PersonId.of(personId)).date(date.minusDays(7))
          .personnelActionId(id).paper("宪法和法律知识").format(ExamFormat.CLOSED_BOOK)
          .score(BigDecimal.valueOf(78 + i * 4)).passMark(new BigDecimal("60")).outcome(ExamOutcome.PASSED).build());
      OathCeremonyId ceremony = i < 3 ? LEADERLESS_CEREMONY : OathCeremonyId.of("OATH-2019-02");
      actions.add(PersonnelAction.builder().id(id).personId(PersonId.of(personId))
          .kind(organs[i] == StateOrgan.GOVERNMENT ? PersonnelActionKind.DECIDED_APPOINTMENT
              : PersonnelActionKind.APPOINTMENT)
          .postCategory(PostCategory.STATE_FUNCTIONARY).postTitle(posts[i]).organizationId(orgs[i])
          .stateOrgan(organs[i]).decidedBy(ActingBody.STANDING_COMMITTEE).proposedBy(proposers[i])
          .meetingId(sc(meeting)).decisionDate(date).effectiveDate(date).voteTally(vote(meeting)).addExamIds(exam)
          .oathCeremonyId(ceremony).letterHandedOverDate(date).announcementDate(date).build());
      if (i < 3) {
        collective.add(OathTaker.of(PersonId.of(personId), id));
      } else {
        LocalDate late = date.plusDays(45);
        oaths.add(ceremony(ceremony, late, OathForm.INDIVIDUAL, List.of(OathTaker.of(PersonId.of(personId), id)),
            4, "任命后第45日宣誓（北京：一般不超过三十日）"));
        item(4, "举行宪法宣誓仪式", AgendaItemKind.OATH, b -> b.oathCeremonyId(ceremony));
      }
      item(meeting, "审议" + posts[i] + "任命事项", AgendaItemKind.PERSONNEL, b -> b.addPersonnelActionIds(id));
    }
    oaths.add(0, ceremony(LEADERLESS_CEREMONY, SC_DATES[1], OathForm.COLLECTIVE, collective, 1, "集体宣誓，未确定领誓人"));
    item(1, "举行宪法宣誓仪式", AgendaItemKind.OATH, b -> b.oathCeremonyId(LEADERLESS_CEREMONY));

    // the appraisal of the construction commission, without the on-site inspection of its records (d)
    List<PersonId> voters = presentMembers(3);
    WorkAppraisal appraisal = WorkAppraisal.builder().id(INCOMPLETE_APPRAISAL).organizationId(CONSTRUCTION)
        .startDate(SC_DATES[0]).scope("全面工作").selectionMethod(SelectionMethod.VOTE_AT_MEETING)
        .selectionMeetingId(sc(0))
        .addSteps(AppraisalStep.builder().kind(AppraisalStepKind.HEAR_REPORT).date(SC_DATES[2]).meetingId(sc(2)).build())
        .addSteps(AppraisalStep.builder().kind(AppraisalStepKind.CONSULT).date(SC_DATES[2].plusDays(5))
            .endDate(SC_DATES[2].plusDays(25)).build())
        .addSteps(AppraisalStep.builder().kind(AppraisalStepKind.SATISFACTION_VOTE).date(SC_DATES[3])
            .meetingId(sc(3)).build())
        .addSteps(AppraisalStep.of(AppraisalStepKind.RECTIFICATION_ADVICE, SC_DATES[3].plusDays(7)))
        .addSteps(AppraisalStep.builder().kind(AppraisalStepKind.FOLLOW_UP).date(SC_DATES[3].plusDays(10))
            .endDate(SC_DATES[5]).meetingId(sc(5)).build())
        .vote(AppraisalVote.builder().meetingId(sc(3)).date(SC_DATES[3]).voterCount(voters.size())
            .addVoterGroups(VoterGroup.COMMITTEE_MEMBERS).addAllVoterIds(voters).secretBallot(true)
            .tally(SatisfactionTally.of(voters.size() - 2, 2, 0, 0)).declaredResult(SatisfactionGrade.SATISFIED).build())
        .rectificationReportDate(SC_DATES[5].minusDays(20)).reReportMeetingId(sc(5)).reReportDate(SC_DATES[5])
        .note("未安排实地察看工作台账").build();
    item(0, "表决确定2019年度工作评议对象", AgendaItemKind.WORK_APPRAISAL, b -> b.appraisalId(INCOMPLETE_APPRAISAL));
    item(2, "听取和审议区住房和城乡建设委员会工作情况的报告（工作评议）", AgendaItemKind.WORK_APPRAISAL,
        b -> b.appraisalId(INCOMPLETE_APPRAISAL));
    item(3, "对区住房和城乡建设委员会工作进行满意度表决", AgendaItemKind.SATISFACTION_VOTE,
        b -> b.appraisalId(INCOMPLETE_APPRAISAL));
    item(5, "听取区住房和城乡建设委员会关于评议整改情况的报告", AgendaItemKind.WORK_APPRAISAL,
        b -> b.appraisalId(INCOMPLETE_APPRAISAL));

    // deputies' activities: everyone but D-020 (c)
    List<Meeting> meetings = new ArrayList<>();
    int activity = 0;
    for (int i = 0; i < SC_DATES.length; i++) {
      List<DeputyId> observers = List.of(deputy(16 + i % 4));
      var meeting = Meeting.builder().id(sc(i)).kind(MeetingKind.STANDING_COMMITTEE).termNumber(TERM)
          .number(FIRST_SC_NUMBER + i).date(SC_DATES[i]).convenerId(DIRECTOR).chairId(DIRECTOR);
      for (int n = 1; n <= SIZE; n++) {
        meeting.addAttendance(onLeave(i, n)
            ? Attendance.builder().memberId(member(n)).status(AttendanceStatus.ON_LEAVE).reason("因公请假").build()
            : Attendance.of(member(n), AttendanceStatus.PRESENT));
      }
      observers.forEach(dep -> meeting.addNonVotingAttendance(NonVotingAttendance.deputy(dep)));
      meeting.addNonVotingAttendance(NonVotingAttendance.organHead(DISTRICT_HEAD, StateOrgan.GOVERNMENT));
      List<ImmutableAgendaItem.Builder> items = agenda.getOrDefault(sc(i), new ArrayList<>());
      if (items.isEmpty()) {
        items.add(AgendaItem.builder().title("听取常委会近期工作情况的汇报").kind(AgendaItemKind.OTHER));
      }
      for (int s = 0; s < items.size(); s++) {
        meeting.addAgenda(items.get(s).sequence(s + 1).build());
      }
      meetings.add(meeting.build());
      final int index = i;
      activities.add(DeputyActivity.builder().id(ActivityId.of(String.format("DA-2019-%02d", ++activity)))
          .kind(ActivityKind.ATTEND_COMMITTEE_MEETING).date(SC_DATES[i])
          .title("列席第" + (FIRST_SC_NUMBER + i) + "次常委会会议").organizerId(OFFICE).addAllDeputyIds(observers)
          .meetingId(sc(index)).build());
    }
    for (int c = 0; c < byConstituency.size(); c++) {
      List<DeputyId> here = byConstituency.get(c).stream().filter(dep -> !dep.equals(INACTIVE_DEPUTY)).toList();
      activities.add(DeputyActivity.builder().id(ActivityId.of(String.format("DA-2019-%02d", ++activity)))
          .kind(ActivityKind.REPORT_TO_VOTERS).date(d(9, 3).plusDays(c)).title("回第" + (c + 1) + "选区向选民述职")
          .organizerId(DEPUTIES_WB).addAllDeputyIds(here)
          .constituencyId(ConstituencyId.of(String.format("C17-%02d", c + 1))).votersContacted(50).build());
    }
    for (int d = 1; d <= 2; d++) {
      meetings.add(Meeting.builder().id(MeetingId.of("DM-17-" + (60 + d))).kind(MeetingKind.DIRECTORS).termNumber(TERM)
          .number(60 + d).date(d == 1 ? d(1, 15) : d(7, 10)).convenerId(DIRECTOR).chairId(DIRECTOR)
          .addAttendance(Attendance.of(member(1), AttendanceStatus.PRESENT),
              Attendance.of(member(2), AttendanceStatus.PRESENT), Attendance.of(member(3), AttendanceStatus.PRESENT),
              Attendance.of(member(4), AttendanceStatus.PRESENT))
          .addAgenda(AgendaItem.of(1, "研究常委会工作安排", AgendaItemKind.OTHER)).build());
    }

    // a few suggestions and petitions, all handled in time
    List<Suggestion> suggestions = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      LocalDate submitted = d(3, 4).plusDays(i * 14L);
      LocalDate assigned = Dates.plusWeekdays(submitted, 2);
      LocalDate answered = assigned.plusDays(50);
      suggestions.add(Suggestion.builder().id(SuggestionId.of("SG-2019-0" + i)).number(String.valueOf(i))
          .title(i % 2 == 0 ? "关于增设社区养老驿站的建议" : "关于改善学校周边交通秩序的建议").proposerId(deputy(15 + i))
          .submittedDate(submitted).period(SubmissionPeriod.RECESS).assignedDate(assigned).assignedById(DEPUTIES_WB)
          .addHandlingAssignments(HandlingAssignment.of(i % 2 == 0 ? GOV : EDUCATION, HandlingRole.LEAD))
          .complex(false)
          .addAnswers(SuggestionAnswer.builder().date(answered).organizationId(i % 2 == 0 ? GOV : EDUCATION)
              .outcome(SuggestionOutcome.SOLVED).deputyContacted(true).build())
          .addFeedback(DeputyFeedback.builder().date(answered.plusDays(10)).grade(SatisfactionGrade.SATISFIED).build())
          .closedDate(answered.plusDays(12)).build());
    }
    // planted problem e, across the year end: assigned in October, answered only in February of the next year,
    // after the three months of the Deputies Law (due 2020-01-17)
    suggestions.add(Suggestion.builder().id(SuggestionId.of("SG-2019-05")).number("5")
        .title("关于完善农村饮水安全设施的建议").proposerId(deputy(16)).submittedDate(d(10, 14))
        .period(SubmissionPeriod.RECESS).assignedDate(d(10, 17)).assignedById(DEPUTIES_WB)
        .addHandlingAssignments(HandlingAssignment.of(GOV, HandlingRole.LEAD)).complex(false)
        .addAnswers(SuggestionAnswer.builder().date(LocalDate.of(2020, 2, 20)).organizationId(GOV)
            .outcome(SuggestionOutcome.SOLVED).deputyContacted(true).build())
        .build());
    List<Petition> petitions = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      LocalDate received = Dates.weekdayOnOrAfter(d(2, 1).plusDays(i * 37L));
      LocalDate acknowledged = Dates.plusWeekdays(received, 3);
      LocalDate resolved = acknowledged.plusDays(30);
      var petition = Petition.builder().id(PetitionId.of("PT-2019-0" + i))
          .channel(i <= 5 ? PetitionChannel.LETTER : PetitionChannel.VISIT)
          .source(i == 7 ? PetitionSource.FORWARDED_BY_HIGHER : PetitionSource.DIRECT)
          .subject("反映小区物业管理问题").category(PetitionCategory.CLAIM).route(PetitionRoute.STATUTORY_DUTY)
          .receivedDate(received).acknowledgedDate(acknowledged).acceptedDate(acknowledged)
          .forwarding(Forwarding.builder().organizationId(CONSTRUCTION).date(acknowledged.plusDays(1))
              .mode(ForwardingMode.ASSIGN).reportedBackDate(resolved.minusDays(1)).build())
          .resolvedDate(resolved).replyDeliveredDate(resolved.plusDays(2)).outcome(PetitionOutcome.SUPPORTED);
      if (i == 6) {
        petition.persons(3);
      }
      if (i == 7) {
        petition.referredById(CITY_SC);
      }
      petitions.add(petition.build());
    }

    return CommitteeRecords.builder()
        .span(DateRange.ofYear(2019))
        .district(District.builder().name("云岭区").divisionCode(REGION).kind(DistrictKind.CITY_DISTRICT)
            .population(46_000L).build())
        .addTerms(CongressTerm.builder().number(TERM).startDate(TERM_START).deputySeats(DEPUTIES)
            .standingCommittee(StandingCommittee.builder().size(SIZE).addAllMemberships(memberships).build()).build())
        .addAllPeople(people.all())
        .addAllOrganizations(organizations)
        .addAllDeputies(deputies)
        .addAllDeputyGroups(groups)
        .addAllConstituencies(constituencies)
        .addAllMailboxes(mailboxes)
        .addAllMeetings(meetings)
        .addAllWorkReports(reports)
        .addOpinions(opinion)
        .addAllDecisions(decisions)
        .addAllPersonnelActions(actions)
        .addAllExams(exams)
        .addAllOathCeremonies(oaths)
        .addAppraisals(appraisal)
        .addAllDeputyActivities(activities)
        .addAllSuggestions(suggestions)
        .addAllPetitions(petitions)
        .build();
  }

  private List<PersonId> presentMembers(int meeting) {
    List<PersonId> ids = new ArrayList<>();
    for (int n = 1; n <= SIZE; n++) {
      if (!onLeave(meeting, n)) {
        ids.add(member(n));
      }
    }
    return ids;
  }

  private void report(int meeting, WorkReportKind kind, OrganizationId department, PersonId reporter, String title,
      AgendaItemKind agendaKind, Year fiscalYear) {
    LocalDate date = SC_DATES[meeting];
    WorkReportId id = WorkReportId.of(String.format("WR-2019-%02d", reports.size() + 1));
    var builder = WorkReport.builder().id(id).kind(kind).organ(StateOrgan.GOVERNMENT).title(title).reporterId(reporter)
        .meetingId(sc(meeting)).date(date).draftSentForCommentDate(date.minusDays(25)).submittedDate(date.minusDays(12))
        .distributedToMembersDate(date.minusDays(8)).fiscalYear(fiscalYear).deputiesNotifiedDate(date.plusDays(5))
        .publishedDate(date.plusDays(5));
    if (!department.equals(GOV)) {
      builder.organizationId(department);
    }
    if (kind == WorkReportKind.FINAL_ACCOUNTS) {
      builder.preliminaryReviewDate(date.minusDays(35));
    }
    reports.add(builder.build());
    item(meeting, "听取和审议" + title, agendaKind, b -> b.workReportId(id));
  }

  private OathCeremony ceremony(OathCeremonyId id, LocalDate date, OathForm form, List<OathTaker> swearers,
      int meeting, String note) {
    return OathCeremony.builder().id(id).date(date).kind(OathKind.CONSTITUTIONAL).form(form).addAllSwearers(swearers)
        .oathText(OathText.V2018).organiser(OathOrganiser.DIRECTORS_MEETING).meetingId(sc(meeting))
        .flagDisplayed(true).emblemDisplayed(true).anthemSung(true).constitutionUsed(true).openToPublic(true)
        .place("云岭区人大常委会会议室").note(note).build();
  }
}

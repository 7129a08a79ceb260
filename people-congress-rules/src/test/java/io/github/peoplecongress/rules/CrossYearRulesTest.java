package io.github.peoplecongress.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.CommitteeRole;
import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.body.ImmutableCongressTerm;
import io.github.peoplecongress.model.body.StandingCommittee;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.code.Ethnicity;
import io.github.peoplecongress.model.code.Gender;
import io.github.peoplecongress.model.decision.Decision;
import io.github.peoplecongress.model.decision.DecisionKind;
import io.github.peoplecongress.model.decision.DecisionSubject;
import io.github.peoplecongress.model.deputy.Deputy;
import io.github.peoplecongress.model.deputy.DeputyLevel;
import io.github.peoplecongress.model.deputy.TerminationGround;
import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.deputywork.SubmissionPeriod;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.deputywork.SuggestionAnswer;
import io.github.peoplecongress.model.deputywork.SuggestionOutcome;
import io.github.peoplecongress.model.id.ActivityId;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.ExamId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.OathCeremonyId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.PetitionId;
import io.github.peoplecongress.model.id.SuggestionId;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.meeting.Attendance;
import io.github.peoplecongress.model.meeting.AttendanceStatus;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.person.Person;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.ExamOutcome;
import io.github.peoplecongress.model.personnel.LegalExam;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathForm;
import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.model.personnel.OathTaker;
import io.github.peoplecongress.model.personnel.OathText;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PersonnelActionKind;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.PetitionCategory;
import io.github.peoplecongress.model.petition.PetitionChannel;
import io.github.peoplecongress.model.petition.PetitionRoute;
import io.github.peoplecongress.model.petition.PetitionSource;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.model.records.WorkPeriod;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.model.vote.VoteTally;
import io.github.peoplecongress.rules.exam.ExamLocalRules;
import io.github.peoplecongress.rules.exam.ExamPassBeforeAppointmentRule;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.meeting.ConvenerRule;
import io.github.peoplecongress.rules.meeting.DecisionAdoptionRule;
import io.github.peoplecongress.rules.meeting.QuorumRule;
import io.github.peoplecongress.rules.oath.OathTakenRule;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import io.github.peoplecongress.rules.participation.TermParticipationTargetRule;
import io.github.peoplecongress.rules.period.PeriodCalculator;
import io.github.peoplecongress.rules.petition.CongressCoverage;
import io.github.peoplecongress.rules.petition.HandlingWithinDaysRule;
import io.github.peoplecongress.rules.petition.PetitionParameters;
import io.github.peoplecongress.rules.suggestion.SuggestionAnswerDeadlineRule;
import io.github.peoplecongress.rules.supervision.AuditRectificationRule;
import io.github.peoplecongress.rules.supervision.ResolutionReportDeadlineRule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Rules over records that run across 31 December: the 2019 fixture complete from 2019-01-01 to 2020-06-30, read whole
 * with the period checked being 2019. For each deadline family: compliant with the later record in 2020; breached in
 * 2020 (late, or absent with the set complete past the deadline); and the same records ending on 2019-12-31, before the
 * deadline, where the duty is pending, as of 2019-12-31, with its last day. Then term participation, a handover between
 * two terms, and what the checker keeps and the report lists apart.
 */
class CrossYearRulesTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2020, 6, 30);
  private static final DateRange EIGHTEEN_MONTHS = DateRange.of(FIRST_DAY, LAST_DAY);
  private static final LocalDate YEAR_END = LocalDate.of(2019, 12, 31);
  private static final JurisdictionProfile NATIONAL = JurisdictionProfile.national();
  private static final Clock END_OF_JUNE_2020 = Clock.fixed(Instant.parse("2020-06-30T04:00:00Z"),
      ZoneId.of("Asia/Shanghai"));

  // ---- the records and the context ----

  /** @return the records, complete from 2019-01-01 to 2020-06-30 */
  private static CommitteeRecords eighteenMonths(ImmutableCommitteeRecords.Builder builder) {
    return builder.build().withSpan(EIGHTEEN_MONTHS);
  }

  /** @return the same records complete only up to 2019-12-31: the set ends before the deadlines of the tests */
  private static CommitteeRecords endingIn2019(CommitteeRecords records) {
    return records.withSpan(DateRange.ofYear(2019));
  }

  /** Evaluates a rule over the whole set, checking 2019, as of 2020-06-30 (cut to the set's last day). */
  private static List<Finding> evaluate(Rule rule, CommitteeRecords records, JurisdictionProfile profile) {
    return rule.evaluate(context(records, profile));
  }

  private static List<Finding> evaluate(Rule rule, CommitteeRecords records) {
    return evaluate(rule, records, NATIONAL);
  }

  private static RuleContext context(CommitteeRecords records, JurisdictionProfile profile) {
    return new RuleContext(records, DateRange.ofYear(2019), profile, PeriodCalculator.china(), LAST_DAY);
  }

  private static ComplianceChecker checker(Rule... rules) {
    return ComplianceChecker.of(NATIONAL).withRules(List.of(rules)).withClock(END_OF_JUNE_2020);
  }

  @Test
  void the_as_of_date_is_the_set_s_last_day_when_it_ends_before_the_date_given() {
    CommitteeRecords records = eighteenMonths(Fixtures.year2019());
    assertThat(context(records, NATIONAL).getAsOf()).isEqualTo(LAST_DAY);
    assertThat(context(endingIn2019(records), NATIONAL).getAsOf()).isEqualTo(YEAR_END);
    assertThat(context(records, NATIONAL).yearsChecked()).containsExactly(java.time.Year.of(2019));
  }

  // ---- SUGG-001: suggestions answered within three months of assignment ----

  private static final LocalDate ASSIGNED = LocalDate.of(2019, 11, 20); // three months end on Thursday 2020-02-20

  private static Suggestion suggestion(String id, LocalDate assigned, LocalDate answered) {
    var builder = Suggestion.builder().id(SuggestionId.of(id)).number(id.substring(id.length() - 2))
        .title("关于加快老旧小区改造的建议").proposerId(DeputyId.of("D-017")).submittedDate(assigned.minusDays(14))
        .period(SubmissionPeriod.SESSION).assignedDate(assigned).complex(false);
    if (answered != null) {
      builder.addAnswers(SuggestionAnswer.builder().date(answered).organizationId(Fixtures.CONSTRUCTION_BUREAU)
          .outcome(SuggestionOutcome.SOLVED).build());
    }
    return builder.build();
  }

  private static CommitteeRecords withSuggestion(LocalDate answered) {
    return eighteenMonths(Fixtures.year2019().addSuggestions(suggestion("S-2019-15", ASSIGNED, answered)));
  }

  @Test
  void suggestion_assigned_in_november_answered_in_february_of_the_next_year_complies() {
    SuggestionAnswerDeadlineRule rule = new SuggestionAnswerDeadlineRule();
    assertThat(evaluate(rule, withSuggestion(LocalDate.of(2020, 2, 10)))).isEmpty();
    assertThat(evaluate(rule, withSuggestion(LocalDate.of(2020, 2, 20)))).isEmpty();
  }

  @Test
  void suggestion_answered_late_in_the_next_year_or_not_at_all_is_a_violation() {
    SuggestionAnswerDeadlineRule rule = new SuggestionAnswerDeadlineRule();
    assertThat(evaluate(rule, withSuggestion(LocalDate.of(2020, 2, 21)))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFactDate()).contains(ASSIGNED);
      assertThat(f.getExpectedEn()).isEqualTo("an answer within 3 months of assignment on 2019-11-20 (by 2020-02-20)");
      assertThat(f.getFoundEn()).isEqualTo("the answer on 2020-02-21");
    });
    assertThat(evaluate(rule, withSuggestion(null))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFoundEn()).isEqualTo("no answer as of 2020-06-30");
    });
  }

  @Test
  void suggestion_still_running_when_the_set_ends_is_pending_with_its_last_day() {
    // the answer of February 2020 is not in a set ending on 2019-12-31
    CommitteeRecords records = endingIn2019(eighteenMonths(Fixtures.year2019()
        .addSuggestions(suggestion("S-2019-15", ASSIGNED, null))));
    assertThat(evaluate(new SuggestionAnswerDeadlineRule(), records)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getDueDate()).contains(LocalDate.of(2020, 2, 20));
      assertThat(f.getFactDate()).contains(ASSIGNED);
      assertThat(f.getFoundZh()).isEqualTo("至2019-12-31未答复，期限未届满");
      assertThat(f.getFoundEn()).isEqualTo("no answer as of 2019-12-31, before the period ends");
    });
  }

  // ---- PETI-002: petitions resolved within 60 days of acceptance ----

  private static final LocalDate ACCEPTED = LocalDate.of(2019, 11, 22); // 60 days end on Tuesday 2020-01-21

  private static CommitteeRecords withPetition(LocalDate resolved) {
    var petition = Petition.builder().id(PetitionId.of("PT-2019-88")).channel(PetitionChannel.LETTER)
        .source(PetitionSource.DIRECT).subject("拆迁补偿").category(PetitionCategory.CLAIM)
        .route(PetitionRoute.HANDLING_OPINION).receivedDate(ACCEPTED.minusDays(2)).acceptedDate(ACCEPTED);
    if (resolved != null) {
      petition.resolvedDate(resolved);
    }
    return eighteenMonths(Fixtures.year2019().addPetitions(petition.build()));
  }

  /** The committee bound by the 2005 regulation's periods, instead of by analogy (the national default). */
  private static JurisdictionProfile petitionPeriodsBinding() {
    return JurisdictionProfile.builder("binding", "测试", "test").set(
        PetitionParameters.CONGRESS_COVERAGE_BEFORE_2022,
        DatedSeries.of(LocalDate.of(2005, 5, 1), CongressCoverage.BINDING, "test")).build();
  }

  @Test
  void petition_accepted_in_november_resolved_in_january_complies() {
    HandlingWithinDaysRule rule = new HandlingWithinDaysRule();
    assertThat(evaluate(rule, withPetition(LocalDate.of(2020, 1, 15)))).isEmpty();
    assertThat(evaluate(rule, withPetition(LocalDate.of(2020, 1, 21)))).isEmpty();
  }

  @Test
  void petition_resolved_late_in_the_next_year_or_not_at_all_is_a_breach() {
    HandlingWithinDaysRule rule = new HandlingWithinDaysRule();
    // In 2019 the 2005 regulation applies to the committee by analogy: a breach is a warning, nationally.
    assertThat(evaluate(rule, withPetition(LocalDate.of(2020, 1, 22)))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getCitation().getLaw()).isEqualTo(Laws.PETITION_REGULATION_2005);
      assertThat(f.getExpectedEn())
          .isEqualTo("(by analogy) resolved within 60 days of acceptance on 2019-11-22, i.e. by 2020-01-21");
      assertThat(f.getFoundEn()).isEqualTo("done on 2020-01-22");
    });
    assertThat(evaluate(rule, withPetition(null))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getFoundEn()).isEqualTo("not done as of 2020-06-30");
    });
    assertThat(evaluate(rule, withPetition(null), petitionPeriodsBinding())).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFoundEn()).isEqualTo("not done as of 2020-06-30");
    });
  }

  @Test
  void petition_still_running_when_the_set_ends_is_pending_with_its_last_day() {
    assertThat(evaluate(new HandlingWithinDaysRule(), endingIn2019(withPetition(null)))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
          assertThat(f.getDueDate()).contains(LocalDate.of(2020, 1, 21));
          assertThat(f.getFactDate()).contains(ACCEPTED);
          assertThat(f.getFoundZh()).isEqualTo("至2019-12-31尚未办结，期限未届满");
          assertThat(f.getFoundEn()).isEqualTo("not yet done as of 2019-12-31, before the period ends");
        });
  }

  // ---- SUPV-005: audit rectification report within six months of the audit report ----

  private static final LocalDate AUDIT = LocalDate.of(2019, 8, 27); // six months end on Thursday 2020-02-27

  /**
   * The 2024 revision's unverified effective date moved to 2019-01-01, as a profile may: nationally a 2019 audit report
   * is outside SUPV-005.
   */
  private static JurisdictionProfile revision2024From2019() {
    return JurisdictionProfile.builder("moved", "测试", "test")
        .effectiveDate(Laws.SUPERVISION_LAW_2024, LocalDate.of(2019, 1, 1)).build();
  }

  private static WorkReport report(String id, WorkReportKind kind, LocalDate date) {
    return WorkReport.builder().id(WorkReportId.of(id)).kind(kind).organ(StateOrgan.GOVERNMENT).title("关于某工作情况的报告")
        .meetingId(MeetingId.of("M-1")).date(date).build();
  }

  private static CommitteeRecords withAudit(LocalDate rectification) {
    List<WorkReport> reports = new ArrayList<>();
    reports.add(report("WR-AUDIT", WorkReportKind.AUDIT, AUDIT));
    if (rectification != null) {
      reports.add(io.github.peoplecongress.model.supervision.ImmutableWorkReport.copyOf(
          report("WR-RECT", WorkReportKind.AUDIT_RECTIFICATION, rectification))
          .withAuditReportId(WorkReportId.of("WR-AUDIT")));
    }
    return eighteenMonths(Fixtures.year2019().addAllWorkReports(reports));
  }

  @Test
  void audit_rectification_heard_in_the_next_year_within_six_months_complies() {
    AuditRectificationRule rule = new AuditRectificationRule();
    assertThat(evaluate(rule, withAudit(LocalDate.of(2020, 2, 20)), revision2024From2019())).isEmpty();
    assertThat(evaluate(rule, withAudit(LocalDate.of(2020, 2, 27)), revision2024From2019())).isEmpty();
    // nationally the 2019 audit report is outside the rule
    assertThat(evaluate(rule, withAudit(null))).isEmpty();
  }

  @Test
  void audit_rectification_late_in_the_next_year_or_missing_is_a_violation() {
    AuditRectificationRule rule = new AuditRectificationRule();
    assertThat(evaluate(rule, withAudit(LocalDate.of(2020, 2, 28)), revision2024From2019())).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
          assertThat(f.getRecord()).isEqualTo("WorkReport WR-AUDIT");
          assertThat(f.getFactDate()).contains(AUDIT);
          assertThat(f.getFoundEn()).isEqualTo("heard on 2020-02-28 (WR-RECT)");
        });
    assertThat(evaluate(rule, withAudit(null), revision2024From2019())).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFoundEn()).isEqualTo("no rectification report recorded up to 2020-06-30");
    });
  }

  @Test
  void audit_rectification_still_running_when_the_set_ends_is_pending_with_its_last_day() {
    assertThat(evaluate(new AuditRectificationRule(), endingIn2019(withAudit(null)), revision2024From2019()))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
          assertThat(f.getDueDate()).contains(LocalDate.of(2020, 2, 27));
          assertThat(f.getExpectedEn()).isEqualTo("the audit rectification report heard within 6 months of the audit "
              + "report of 2019-08-27 (by 2020-02-27)");
          assertThat(f.getFoundEn()).isEqualTo("not yet heard as of 2019-12-31, before the period ends");
        });
  }

  // ---- SUPV-002: report on a resolution within its deadline ----

  private static final LocalDate RESOLVED = LocalDate.of(2019, 10, 25);
  private static final LocalDate REPORT_DEADLINE = LocalDate.of(2020, 3, 31);

  private static Decision resolution(String id, LocalDate deadline, LocalDate reported) {
    var decision = Decision.builder().id(DecisionId.of(id)).kind(DecisionKind.RESOLUTION).title("关于某报告的决议")
        .subject(DecisionSubject.SPECIAL_WORK_REPORT).meetingId(MeetingId.of("M-1")).date(RESOLVED).adopted(true)
        .reportDeadline(deadline);
    if (reported != null) {
      decision.reportDate(reported);
    }
    return decision.build();
  }

  private static CommitteeRecords withResolution(LocalDate reported) {
    return eighteenMonths(Fixtures.year2019().addDecisions(resolution("DEC-2019-9", REPORT_DEADLINE, reported)));
  }

  @Test
  void resolution_reported_in_the_next_year_by_its_deadline_complies() {
    ResolutionReportDeadlineRule rule = new ResolutionReportDeadlineRule();
    assertThat(evaluate(rule, withResolution(LocalDate.of(2020, 3, 20)))).isEmpty();
    assertThat(evaluate(rule, withResolution(REPORT_DEADLINE))).isEmpty();
  }

  @Test
  void resolution_reported_late_in_the_next_year_or_not_at_all_is_a_violation() {
    ResolutionReportDeadlineRule rule = new ResolutionReportDeadlineRule();
    assertThat(evaluate(rule, withResolution(LocalDate.of(2020, 4, 1)))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFactDate()).contains(RESOLVED);
      assertThat(f.getFoundEn()).isEqualTo("the report on 2020-04-01");
    });
    assertThat(evaluate(rule, withResolution(null))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFoundEn()).isEqualTo("no report recorded by 2020-06-30");
    });
  }

  @Test
  void resolution_report_due_after_the_set_ends_is_pending_with_its_deadline() {
    assertThat(evaluate(new ResolutionReportDeadlineRule(), endingIn2019(withResolution(null)))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
          assertThat(f.getDueDate()).contains(REPORT_DEADLINE);
          assertThat(f.getFoundZh()).isEqualTo("至2019-12-31尚未报告");
          assertThat(f.getFoundEn()).isEqualTo("not yet reported as of 2019-12-31");
        });
  }

  // ---- OATH-001: oath after appointment (library grace of 30 days) ----

  private static final PersonId APPOINTEE = PersonId.of("P-100");
  private static final LocalDate APPOINTED = LocalDate.of(2019, 12, 28); // the grace runs until 2020-01-27

  private static PersonnelAction appointment(String id, PersonId person, LocalDate date) {
    return PersonnelAction.builder().id(PersonnelActionId.of(id)).personId(person)
        .kind(PersonnelActionKind.DECIDED_APPOINTMENT).postCategory(PostCategory.STATE_FUNCTIONARY)
        .postTitle("区建设局局长").organizationId(Fixtures.CONSTRUCTION_BUREAU).decidedBy(ActingBody.STANDING_COMMITTEE)
        .decisionDate(date).meetingId(MeetingId.of("M-16-20")).build();
  }

  private static OathCeremony oath(LocalDate date) {
    return OathCeremony.builder().id(OathCeremonyId.of("OC-2020-1")).date(date).form(OathForm.INDIVIDUAL)
        .addSwearers(OathTaker.of(APPOINTEE, PersonnelActionId.of("PA-2019-40"))).oathText(OathText.V2018)
        .organiser(OathOrganiser.DIRECTORS_MEETING).meetingId(MeetingId.of("M-16-21")).flagDisplayed(true)
        .emblemDisplayed(false).anthemSung(true).openToPublic(true).build();
  }

  private static CommitteeRecords withAppointment(LocalDate sworn) {
    var builder = Fixtures.year2019().addPersonnelActions(appointment("PA-2019-40", APPOINTEE, APPOINTED));
    if (sworn != null) {
      builder.addOathCeremonies(oath(sworn));
    }
    return eighteenMonths(builder);
  }

  @Test
  void appointed_on_28_december_sworn_on_10_january_complies() {
    assertThat(evaluate(new OathTakenRule(), withAppointment(LocalDate.of(2020, 1, 10)))).isEmpty();
  }

  @Test
  void appointed_on_28_december_never_sworn_is_a_violation_once_the_set_reaches_past_the_grace() {
    assertThat(evaluate(new OathTakenRule(), withAppointment(null))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFactDate()).contains(APPOINTED);
      assertThat(f.getExpectedEn()).isEqualTo("to take the constitutional oath after the decided appointment of "
          + "2019-12-28 (library grace of 30 days, until 2020-01-27)");
      assertThat(f.getFoundEn()).isEqualTo("no oath recorded up to 2020-06-30");
    });
  }

  @Test
  void appointed_on_28_december_with_the_set_ending_on_31_december_is_pending_until_27_january() {
    assertThat(evaluate(new OathTakenRule(), endingIn2019(withAppointment(null)))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getDueDate()).contains(LocalDate.of(2020, 1, 27));
      assertThat(f.getFoundZh()).isEqualTo("至2019-12-31未见宣誓记录，宽限期尚未届满");
      assertThat(f.getFoundEn()).isEqualTo("no oath recorded up to 2019-12-31, before the grace period ends");
    });
  }

  // ---- EXAM-001: exam passed before the vote (Qishan: pass mark 60) ----

  private static final PersonId NOMINEE = PersonId.of("P-300");
  private static final LocalDate EXAMINED = LocalDate.of(2019, 12, 20);
  private static final LocalDate VOTED = LocalDate.of(2020, 1, 8);

  private static JurisdictionProfile qishan() {
    return ExamLocalRules.addLocalRules("qishan", JurisdictionProfile.builder("qishan", "岐山县", "Qishan")).build();
  }

  private static LegalExam exam(int score) {
    return LegalExam.builder().id(ExamId.of("EX-2019-7")).personId(NOMINEE)
        .personnelActionId(PersonnelActionId.of("PA-2020-3")).date(EXAMINED).attempt(1)
        .score(BigDecimal.valueOf(score)).outcome(score >= 60 ? ExamOutcome.PASSED : ExamOutcome.FAILED).build();
  }

  private static CommitteeRecords withExam(Integer score) {
    var builder = Fixtures.year2019().addPersonnelActions(appointment("PA-2020-3", NOMINEE, VOTED));
    if (score != null) {
      builder.addExams(exam(score));
    }
    return eighteenMonths(builder);
  }

  @Test
  void exam_passed_in_december_counts_for_the_vote_in_january() {
    assertThat(evaluate(new ExamPassBeforeAppointmentRule(), withExam(85), qishan())).isEmpty();
  }

  @Test
  void exam_failed_in_december_and_appointed_in_january_without_a_pass_is_a_violation() {
    assertThat(evaluate(new ExamPassBeforeAppointmentRule(), withExam(55), qishan())).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFactDate()).contains(VOTED);
      assertThat(f.getFoundEn()).isEqualTo("voted without a pass: 2019-12-20 attempt 1 score 55 (failed)");
    });
  }

  @Test
  void exam_looks_back_so_a_set_beginning_after_the_exam_needs_it_as_evidence_or_cannot_tell() {
    // EXAM-001 has no period running past the vote, so nothing is ever pending; its cross-year edge is the start of
    // the set: records complete only from 2020-01-01 still read the December exam they hold, and without it the
    // exam cannot be told.
    DateRange from2020 = DateRange.of(LocalDate.of(2020, 1, 1), LAST_DAY);
    ExamPassBeforeAppointmentRule rule = new ExamPassBeforeAppointmentRule();
    assertThat(evaluate(rule, withExam(85).withSpan(from2020), qishan())).isEmpty();
    assertThat(evaluate(rule, withExam(null).withSpan(from2020), qishan())).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("examIds");
    });
  }

  // ---- PART-001: a meeting attended or an activity in the period served in the term ----

  private static Deputy deputy(String id, LocalDate serviceStart, LocalDate termination) {
    var builder = Deputy.builder().id(DeputyId.of(id)).personId(PersonId.of("P-" + id)).level(DeputyLevel.DISTRICT)
        .termNumber(16).electedDate(serviceStart).serviceStartDate(serviceStart)
        .byElected(serviceStart.isAfter(Fixtures.TERM_START)).constituencyId(ConstituencyId.of("C-12"));
    if (termination != null) {
      builder.terminationDate(termination).terminationGround(TerminationGround.RESIGNATION_ACCEPTED);
    }
    return builder.build();
  }

  @Test
  void deputy_of_the_whole_term_with_one_activity_in_the_next_year_has_no_finding() {
    CommitteeRecords records = eighteenMonths(Fixtures.year2019()
        .addDeputies(deputy("D-001", Fixtures.TERM_START, null))
        .addDeputyActivities(DeputyActivity.builder().id(ActivityId.of("A-2020-1")).kind(ActivityKind.VISIT)
            .date(LocalDate.of(2020, 3, 15)).title("视察").addDeputyIds(DeputyId.of("D-001")).build()));
    assertThat(evaluate(new TermParticipationTargetRule(), records)).isEmpty();
  }

  @Test
  void deputy_serving_from_april_2019_to_february_2020_with_nothing_is_warned_over_both_years() {
    CommitteeRecords records = eighteenMonths(Fixtures.year2019()
        .addDeputies(deputy("D-002", LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 1)),
            deputy("D-003", Fixtures.TERM_START, LocalDate.of(2020, 3, 1))));
    List<Finding> findings = evaluate(new TermParticipationTargetRule(), records);
    assertThat(findings).extracting(Finding::getRecord).containsExactlyInAnyOrder("Deputy D-002", "Deputy D-003");
    assertThat(findings).filteredOn(f -> f.getRecord().equals("Deputy D-002")).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getFactDate()).contains(LocalDate.of(2020, 2, 29));
      assertThat(f.getExpectedEn()).isEqualTo("at least one committee meeting attended or one activity in the period "
          + "served in the term (2019-04-01 to 2020-02-29)");
      assertThat(f.getFoundEn()).isEqualTo("no committee meeting attended and no activity recorded");
    });
    // a deputy whose service began in 2016, before the records begin, cannot be told
    assertThat(findings).filteredOn(f -> f.getRecord().equals("Deputy D-003")).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("$.deputyActivities", "$.meetings[*].nonVotingAttendance");
    });
  }

  @Test
  void deputy_by_elected_in_march_2020_whose_service_runs_is_pending_until_the_end_of_the_term() {
    CommitteeRecords records = eighteenMonths(Fixtures.year2019()
        .addDeputies(deputy("D-004", LocalDate.of(2020, 3, 1), null)));
    assertThat(evaluate(new TermParticipationTargetRule(), records)).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getDueDate()).contains(LocalDate.of(2021, 12, 19));
      assertThat(f.getExpectedEn()).isEqualTo("at least one committee meeting attended or one activity in the period "
          + "served in the term (2020-03-01 to 2021-12-19)");
      assertThat(f.getFoundEn()).isEqualTo("no committee meeting attended and no activity as of 2020-06-30");
    });
  }

  // ---- the handover: term 16 ends and term 17 begins on 2021-12-20, each with its own standing committee ----

  private static final LocalDate HANDOVER = LocalDate.of(2021, 12, 20);
  private static final DateRange HANDOVER_SPAN = DateRange.of(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 6, 30));
  private static final int SIZE_17 = 25;

  /** Term 17's committee: P-002 director, P-003..P-006 deputy directors (all of term 16), P-101..P-120 members. */
  private static List<PersonId> members17() {
    List<PersonId> members = new ArrayList<>();
    for (int n = 2; n <= 6; n++) {
      members.add(Fixtures.member(n));
    }
    for (int n = 101; n <= 120; n++) {
      members.add(Fixtures.member(n));
    }
    return members;
  }

  private static Meeting meeting(String id, int term, int number, LocalDate date, PersonId convener,
      List<PersonId> members, int present) {
    var builder = Meeting.builder().id(MeetingId.of(id)).kind(MeetingKind.STANDING_COMMITTEE).termNumber(term)
        .number(number).date(date).convenerId(convener).chairId(convener);
    for (int i = 0; i < members.size(); i++) {
      builder.addAttendance(Attendance.of(members.get(i), i < present ? AttendanceStatus.PRESENT
          : AttendanceStatus.ON_LEAVE));
    }
    return builder.build();
  }

  private static Decision adopted(String id, String meetingId, LocalDate date, int inFavor) {
    return Decision.builder().id(DecisionId.of(id)).kind(DecisionKind.RESOLUTION).title("关于某事项的决议")
        .subject(DecisionSubject.MAJOR_MATTER).meetingId(MeetingId.of(meetingId)).date(date).adopted(true)
        .vote(VoteTally.of(inFavor, 0, 0, 0)).build();
  }

  /**
   * Term 16's last meeting on 2021-12-19 with 14 of its 27 members present and a resolution adopted by 14, and term
   * 17's first on 2021-12-28 with {@code present} of its 25 present and a resolution adopted by {@code inFavor}:
   * 13 is a majority of 25 but not of 27.
   */
  private static CommitteeRecords handover(int present, int inFavor, PersonId convener17) {
    CommitteeRecords base = Fixtures.year2019().build();
    CongressTerm term16 = ImmutableCongressTerm.copyOf(base.getTerms().get(0)).withEndDate(HANDOVER);
    List<CommitteeMembership> memberships17 = new ArrayList<>();
    List<Person> newPeople = new ArrayList<>();
    List<PersonId> members17 = members17();
    for (int i = 0; i < members17.size(); i++) {
      memberships17.add(CommitteeMembership.builder().id(MembershipId.of(String.format("M17-%03d", i + 1)))
          .personId(members17.get(i))
          .role(i == 0 ? CommitteeRole.DIRECTOR : i <= 4 ? CommitteeRole.DEPUTY_DIRECTOR : CommitteeRole.MEMBER)
          .startDate(HANDOVER).build());
      if (i > 4) {
        newPeople.add(Person.builder().id(members17.get(i)).name("委员" + (96 + i)).gender(Gender.FEMALE)
            .ethnicity(Ethnicity.HAN).build());
      }
    }
    CongressTerm term17 = CongressTerm.builder().number(17).startDate(HANDOVER).deputySeats(280)
        .standingCommittee(StandingCommittee.builder().size(SIZE_17).addAllMemberships(memberships17).build()).build();
    List<PersonId> members16 = new ArrayList<>();
    for (int n = 1; n <= Fixtures.COMMITTEE_SIZE; n++) {
      members16.add(Fixtures.member(n));
    }
    LocalDate last16 = HANDOVER.minusDays(1);
    LocalDate first17 = LocalDate.of(2021, 12, 28);
    return ImmutableCommitteeRecords.copyOf(base).withSpan(HANDOVER_SPAN).withTerms(term16, term17)
        .withPeople(concat(base.getPeople(), newPeople))
        .withMeetings(meeting("M-16-40", 16, 40, last16, Fixtures.member(1), members16, 14),
            meeting("M-17-01", 17, 1, first17, convener17, members17, present))
        .withDecisions(adopted("DEC-16-40", "M-16-40", last16, 14), adopted("DEC-17-01", "M-17-01", first17, inFavor));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static ComplianceChecker handoverChecker() {
    return ComplianceChecker.of(NATIONAL)
        .withRules(List.of(new QuorumRule(), new DecisionAdoptionRule(), new ConvenerRule()))
        .withClock(Clock.fixed(Instant.parse("2022-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai")));
  }

  @Test
  void handover_between_terms_gives_no_false_quorum_majority_or_convener_finding() {
    CommitteeRecords records = handover(13, 13, Fixtures.member(2));
    assertThat(records.consistencyProblems()).isEmpty();
    assertThat(records.termOn(HANDOVER.minusDays(1)).orElseThrow().getNumber()).isEqualTo(16);
    assertThat(records.termOn(HANDOVER).orElseThrow().getNumber()).isEqualTo(17);
    for (WorkPeriod period : List.of(WorkPeriod.range(HANDOVER_SPAN), WorkPeriod.term(16), WorkPeriod.term(17))) {
      ComplianceReport report = handoverChecker().check(records, period);
      assertThat(report.getFindings()).as(period.toString()).isEmpty();
      assertThat(report.getPending()).as(period.toString()).isEmpty();
    }
  }

  @Test
  void handover_each_meeting_is_judged_against_the_committee_in_office_on_its_day() {
    // the controls: 12 of 25 present, 12 votes for, convened by term 16's director, who is not in term 17
    ComplianceReport report = handoverChecker().check(handover(12, 12, Fixtures.member(1)), WorkPeriod.term(17));
    assertThat(report.getFindings()).extracting(f -> f.getRuleId() + " " + f.getSeverity() + " " + f.getRecord())
        .containsExactly("MEET-002 VIOLATION Meeting M-17-01", "MEET-003 VIOLATION Decision DEC-17-01",
            "MEET-005 VIOLATION Meeting M-17-01");
    assertThat(report.getFindings().get(0).getExpectedEn())
        .isEqualTo("more than half of all 25 members (MEMBERS_IN_OFFICE), at least 13, present");
    assertThat(report.getFindings().get(1).getExpectedEn())
        .isEqualTo("adoption by more than half of all 25 members (MEMBERS_IN_OFFICE), at least 13 votes for");
    assertThat(report.getFindings().get(2).getFoundEn()).isEqualTo("convened by P-001, not a member in office that day");
    // term 16's meeting on the day before the handover is judged against its 27 members: 14 present is enough
    assertThat(handoverChecker().check(handover(12, 12, Fixtures.member(1)), WorkPeriod.term(16)).getFindings())
        .isEmpty();
  }

  // ---- the checker and the report ----

  @Test
  void the_checker_keeps_only_findings_about_facts_dated_in_the_period() {
    // late answers, one to a suggestion assigned in 2019 and answered in 2020, one assigned and answered in 2020
    CommitteeRecords records = eighteenMonths(Fixtures.year2019()
        .addSuggestions(suggestion("S-2019-15", ASSIGNED, LocalDate.of(2020, 3, 2)),
            suggestion("S-2020-03", LocalDate.of(2020, 1, 10), LocalDate.of(2020, 5, 20))));
    ComplianceChecker checker = checker(new SuggestionAnswerDeadlineRule());
    assertThat(checker.check(records, WorkPeriod.year(2019)).getFindings())
        .extracting(f -> f.getRecord() + " " + f.getFactDate().orElseThrow())
        .containsExactly("Suggestion S-2019-15 2019-11-20");
    assertThat(checker.check(records, WorkPeriod.year(2020)).getFindings())
        .extracting(f -> f.getRecord() + " " + f.getFactDate().orElseThrow())
        .containsExactly("Suggestion S-2020-03 2020-01-10");
    assertThat(checker.check(records, WorkPeriod.range(EIGHTEEN_MONTHS)).getFindings()).hasSize(2);
  }

  @Test
  void the_report_lists_pending_apart_in_the_order_of_their_last_day() {
    // due 2020-01-15 (SUPV-002), 2020-01-27 (OATH-001), 2020-02-20 (SUGG-001): not the order of the rule ids
    ImmutableCommitteeRecords.Builder builder = Fixtures.year2019()
        .addDecisions(resolution("DEC-2019-9", LocalDate.of(2020, 1, 15), null))
        .addPersonnelActions(appointment("PA-2019-40", APPOINTEE, APPOINTED))
        .addSuggestions(suggestion("S-2019-15", ASSIGNED, null));
    CommitteeRecords records = endingIn2019(eighteenMonths(builder));
    ComplianceChecker checker = checker(new OathTakenRule(), new SuggestionAnswerDeadlineRule(),
        new ResolutionReportDeadlineRule());
    ComplianceReport report = checker.check(records, WorkPeriod.year(2019));
    assertThat(report.getPending()).extracting(f -> f.getRuleId() + " " + f.getDueDate().orElseThrow())
        .containsExactly("SUPV-002 2020-01-15", "OATH-001 2020-01-27", "SUGG-001 2020-02-20");
    assertThat(report.getPending()).allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.PENDING));
    assertThat(report.getFindings()).isEmpty();
    assertThat(report.hasNoViolations()).isTrue();
    assertThat(report.countsBySeverity()).containsEntry(Severity.PENDING, 3).containsEntry(Severity.VIOLATION, 0);
    assertThat(report.countsByRule()).isEmpty();
    assertThat(report.findings(Severity.PENDING)).isEqualTo(report.getPending());
    assertThat(report.render(Locale.ENGLISH)).startsWith("X区 2019: 0 violations, 0 warnings, 0 cannot tell; 3 pending")
        .contains("Pending (the period has not yet ended):" + System.lineSeparator() + "1. due 2020-01-15: [SUPV-002] "
            + "pending");

    // a violation beside them is a finding; the pending list is unchanged
    CommitteeRecords withLateAnswer = endingIn2019(eighteenMonths(builder
        .addSuggestions(suggestion("S-2019-02", LocalDate.of(2019, 2, 20), LocalDate.of(2019, 5, 21)))));
    ComplianceReport both = checker.check(withLateAnswer, WorkPeriod.year(2019));
    assertThat(both.getFindings()).extracting(f -> f.getRuleId() + " " + f.getSeverity() + " " + f.getRecord())
        .containsExactly("SUGG-001 VIOLATION Suggestion S-2019-02");
    assertThat(both.getPending()).extracting(Finding::getRuleId).containsExactly("SUPV-002", "OATH-001", "SUGG-001");
    assertThat(both.hasNoViolations()).isFalse();
  }
}

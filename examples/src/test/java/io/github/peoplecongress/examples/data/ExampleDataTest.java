package io.github.peoplecongress.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.appraisal.AppraisalStepKind;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.decision.Decision;
import io.github.peoplecongress.model.decision.DecisionKind;
import io.github.peoplecongress.model.deputy.Deputy;
import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.election.CandidateResult;
import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.json.ReadResult;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.meeting.NonVotingCapacity;
import io.github.peoplecongress.model.outreach.DocumentKind;
import io.github.peoplecongress.model.outreach.LeadershipRole;
import io.github.peoplecongress.model.outreach.LivelihoodCategory;
import io.github.peoplecongress.model.outreach.Project;
import io.github.peoplecongress.model.outreach.ProjectKind;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.ExamOutcome;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathForm;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.PetitionChannel;
import io.github.peoplecongress.model.petition.PetitionSource;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.supervision.InspectedLaw;
import io.github.peoplecongress.model.supervision.InspectionMode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled example data: the committed files are what the builders produce, they load strictly, and the 2019
 * year's records produce every number of the metric definitions (docs/metrics.md), counted here by hand with plain streams.
 */
class ExampleDataTest {
  private static final Path DATA = Path.of("data");
  private static final Year YEAR = Year.of(2019);
  private static final String REGENERATE = "the committed file differs from what the builders produce; regenerate it "
      + "from the repository root with: java -cp examples/target/classes:<classpath> "
      + "io.github.peoplecongress.examples.data.ExampleDataWriter (or run ExampleDataWriter.main in an IDE with the "
      + "repository root as working directory), then commit examples/data/";

  private static CommitteeRecords year;
  private static CommitteeRecords problems;

  @BeforeAll
  static void build() {
    year = ExampleYears.committeeYear2019();
    problems = ExampleYears.problemYear2019();
  }

  private static boolean in2019(LocalDate date) {
    return date.getYear() == YEAR.getValue();
  }

  // ------------------------------------------------------------------ files

  @Test
  void committed_files_equal_what_the_builders_produce() throws IOException {
    assertSameFile(ExampleDataWriter.COMMITTEE_YEAR_FILE, ExampleYears.committeeYear2019());
    assertSameFile(ExampleDataWriter.COMMITTEE_YEAR_2020_FILE, ExampleYears.committeeYear2020());
    assertSameFile(ExampleDataWriter.PROBLEM_YEAR_FILE, ExampleYears.problemYear2019());
  }

  private static void assertSameFile(String name, CommitteeRecords built) throws IOException {
    String committed = Files.readString(DATA.resolve(name), StandardCharsets.UTF_8).replace("\r\n", "\n");
    String produced = ExampleDataWriter.json(built);
    assertThat(committed.equals(produced)).as(name + ": " + REGENERATE).isTrue();
  }

  @Test
  void builders_are_deterministic() {
    assertThat(ExampleYears.committeeYear2019()).isEqualTo(year);
    assertThat(ExampleYears.committeeYear2020()).isEqualTo(ExampleYears.committeeYear2020());
    assertThat(ExampleYears.problemYear2019()).isEqualTo(problems);
  }

  @Test
  void files_load_strictly_without_problems() {
    for (String name : List.of(ExampleDataWriter.COMMITTEE_YEAR_FILE, ExampleDataWriter.PROBLEM_YEAR_FILE)) {
      ReadResult<CommitteeRecords> read = ModelReader.strict().readWithNotices(DATA.resolve(name), CommitteeRecords.class);
      assertThat(read.getNotices()).as(name).isEmpty();
      assertThat(read.getValue().consistencyProblems()).as(name).isEmpty();
      assertThat(ModelReader.strict().read(DATA.resolve(name), CommitteeRecords.class)).isNotNull();
    }
    assertThat(ModelReader.strict().read(DATA.resolve(ExampleDataWriter.COMMITTEE_YEAR_FILE), CommitteeRecords.class))
        .isEqualTo(year);
  }

  @Test
  void the_2019_file_stays_small() throws IOException {
    assertThat(Files.size(DATA.resolve(ExampleDataWriter.COMMITTEE_YEAR_FILE))).isLessThan(5_000_000L);
  }

  // ------------------------------------------------------------------ the metric definitions, counted by hand

  private static Stream<Meeting> committeeMeetings() {
    return year.getMeetings().stream()
        .filter(m -> m.getKind() == MeetingKind.STANDING_COMMITTEE && in2019(m.getDate()));
  }

  @Test
  void metric_1_committee_meetings() {
    assertThat(committeeMeetings().count()).isEqualTo(8);
    assertThat(year.getTerms().get(0).getNumber()).isEqualTo(16);
  }

  @Test
  void metric_2_work_reports_heard() {
    Map<MeetingId, LocalDate> dates = year.getMeetings().stream()
        .collect(Collectors.toMap(Meeting::getId, Meeting::getDate));
    long count = year.getWorkReports().stream()
        .filter(r -> in2019(dates.get(r.getMeetingId())))
        .filter(r -> r.getOrgan() == StateOrgan.GOVERNMENT || r.getOrgan() == StateOrgan.COURT
            || r.getOrgan() == StateOrgan.PROCURATORATE)
        .count();
    assertThat(count).isEqualTo(18);
  }

  @Test
  void metric_3_laws_inspected() {
    Set<String> own = year.getInspections().stream()
        .filter(i -> i.getMode() == InspectionMode.OWN && in2019(i.getStartDate()))
        .flatMap(i -> i.getLaws().stream()).map(InspectedLaw::getTitle).collect(Collectors.toSet());
    assertThat(own).hasSize(8).anyMatch(t -> t.contains("安全生产法")).anyMatch(t -> t.contains("道路交通安全法"))
        .anyMatch(t -> t.contains("残疾人保障法")).anyMatch(t -> t.contains("传染病防治法"))
        .anyMatch(t -> t.contains("人民调解法")).anyMatch(t -> t.contains("城市居民最低生活保障条例"))
        .anyMatch(t -> t.contains("物业管理条例")).anyMatch(t -> t.contains("中小学幼儿园"));
    Set<String> withHigher = year.getInspections().stream()
        .filter(i -> (i.getMode() == InspectionMode.JOINT_WITH_HIGHER || i.getMode() == InspectionMode.REGIONAL)
            && in2019(i.getStartDate()))
        .flatMap(i -> i.getLaws().stream()).map(InspectedLaw::getTitle).collect(Collectors.toSet());
    assertThat(withHigher).hasSize(12).anyMatch(t -> t.contains("食品安全法")).anyMatch(t -> t.contains("大气污染"));
  }

  @Test
  void metric_4_resolutions_and_decisions() {
    assertThat(year.getDecisions().stream()
        .filter(d -> d.getKind() != DecisionKind.REFERRAL && d.isAdopted() && in2019(d.getDate())).count())
        .isEqualTo(12);
  }

  private static long personnel(PostCategory category) {
    return year.getPersonnelActions().stream()
        .filter(a -> a.getDecidedBy() == ActingBody.STANDING_COMMITTEE && a.getPostCategory() == category
            && in2019(a.getDecisionDate()))
        .count();
  }

  @Test
  void metrics_5_and_6_personnel_actions() {
    assertThat(personnel(PostCategory.STATE_FUNCTIONARY)).isEqualTo(46);
    assertThat(personnel(PostCategory.PEOPLES_ASSESSOR)).isEqualTo(62);
  }

  private static BigDecimal investment(LivelihoodCategory category) {
    return livelihood(category).map(p -> p.getInvestment().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static int units(LivelihoodCategory category) {
    return livelihood(category).mapToInt(Project::getUnits).sum();
  }

  private static Stream<Project> livelihood(LivelihoodCategory category) {
    return year.getProjects().stream().filter(p -> p.getKind() == ProjectKind.LIVELIHOOD
        && p.getLivelihoodCategory().equals(java.util.Optional.of(category)) && p.getYear().equals(YEAR));
  }

  @Test
  void metric_7_livelihood_share_and_projects() {
    var fiscal = year.fiscalSummary(java.time.Year.of(2019)).orElseThrow();
    BigDecimal percent = fiscal.getLivelihoodExpenditure().multiply(BigDecimal.valueOf(100))
        .divide(fiscal.getTotalExpenditure(), 0, RoundingMode.DOWN);
    assertThat(percent).isEqualByComparingTo("76");
    assertThat(investment(LivelihoodCategory.SCHOOL)).isEqualByComparingTo("230000000");
    assertThat(units(LivelihoodCategory.SCHOOL)).isEqualTo(3);
    assertThat(investment(LivelihoodCategory.ELDERLY_DAY_CARE)).isEqualByComparingTo("8600000");
    assertThat(units(LivelihoodCategory.ELDERLY_DAY_CARE)).isEqualTo(12);
    assertThat(investment(LivelihoodCategory.OLD_COMMUNITY)).isEqualByComparingTo("32460000");
    assertThat(units(LivelihoodCategory.OLD_COMMUNITY)).isEqualTo(15);
    assertThat(investment(LivelihoodCategory.POCKET_PARK)).isEqualByComparingTo("6500000");
    assertThat(units(LivelihoodCategory.POCKET_PARK)).isEqualTo(6);
  }

  @Test
  void metric_8_commanders_and_chief_service_officers() {
    Map<LeadershipRole, Long> byRole = year.getLeadershipAssignments().stream()
        .filter(a -> !a.getStartDate().isAfter(LocalDate.of(2019, 12, 31))
            && a.getEndDate().map(end -> !end.isBefore(LocalDate.of(2019, 1, 1))).orElse(true))
        .collect(Collectors.groupingBy(a -> a.getRole(), Collectors.mapping(a -> a.getProjectId(),
            Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
    assertThat(byRole).containsEntry(LeadershipRole.COMMANDER, 9L).containsEntry(LeadershipRole.CHIEF_SERVICE_OFFICER,
        14L);
  }

  @Test
  void metric_9_letters_visits_and_forwarded_petitions() {
    List<Petition> direct = year.getPetitions().stream()
        .filter(p -> p.getSource() == PetitionSource.DIRECT && in2019(p.getReceivedDate())).toList();
    assertThat(direct.stream().filter(p -> p.getChannel() == PetitionChannel.LETTER).count()).isEqualTo(326);
    List<Petition> visits = direct.stream().filter(p -> p.getChannel() == PetitionChannel.VISIT).toList();
    assertThat(visits).hasSize(97);
    assertThat(visits.stream().mapToInt(p -> p.getPersons().orElse(1)).sum()).isEqualTo(218);
    assertThat(year.getPetitions().stream()
        .filter(p -> (p.getSource() == PetitionSource.FORWARDED_BY_HIGHER
            || p.getSource() == PetitionSource.ASSIGNED_BY_HIGHER) && in2019(p.getReceivedDate()))
        .count()).isEqualTo(41);
  }

  @Test
  void metric_10_appraised_departments() {
    assertThat(year.getAppraisals().stream().filter(a -> in2019(a.getStartDate()))
        .map(WorkAppraisal::getOrganizationId).distinct().count()).isEqualTo(9);
  }

  @Test
  void metric_11_groups_and_mailboxes() {
    assertThat(year.getDeputyGroups().stream().filter(g -> g.getTermNumber() == 16).count()).isEqualTo(12);
    LocalDate end = LocalDate.of(2019, 12, 31);
    assertThat(year.getMailboxes().stream()
        .filter(m -> m.getSetUpDate().map(d -> !d.isAfter(end)).orElse(true))
        .filter(m -> m.getRemovedDate().isEmpty())
        .count()).isEqualTo(24);
  }

  private static int participants(Set<ActivityKind> kinds) {
    return year.getDeputyActivities().stream().filter(a -> kinds.contains(a.getKind()) && in2019(a.getDate()))
        .mapToInt(a -> a.getDeputyIds().size()).sum();
  }

  @Test
  void metric_12_deputies_at_meetings_oversight_and_reports_to_voters() {
    assertThat(committeeMeetings().mapToLong(m -> m.getNonVotingAttendance().stream()
        .filter(n -> n.getCapacity() == NonVotingCapacity.DEPUTY).count()).sum()).isEqualTo(96);
    assertThat(participants(Set.of(ActivityKind.LAW_ENFORCEMENT_INSPECTION, ActivityKind.VISIT, ActivityKind.SURVEY)))
        .isEqualTo(412);
    assertThat(participants(Set.of(ActivityKind.REPORT_TO_VOTERS))).isEqualTo(230);
  }

  @Test
  void metric_13_suggestions_assigned_and_key() {
    List<Suggestion> assigned = year.getSuggestions().stream()
        .filter(s -> s.getAssignedDate().map(ExampleDataTest::in2019).orElse(false) && s.getMergedIntoId().isEmpty())
        .toList();
    assertThat(assigned).hasSize(136);
    assertThat(assigned.stream().filter(s -> s.getKeySupervision().isPresent()).count()).isEqualTo(10);
  }

  private static long documents(DocumentKind kind) {
    return year.getDocuments().stream().filter(d -> d.getKind() == kind && in2019(d.getDate())).count();
  }

  @Test
  void metrics_14_to_16_documents() {
    assertThat(documents(DocumentKind.RULE)).isEqualTo(12);
    assertThat(documents(DocumentKind.RESEARCH_REPORT)).isEqualTo(23);
    assertThat(documents(DocumentKind.PUBLICITY_ARTICLE)).isEqualTo(268);
    assertThat(documents(DocumentKind.WORK_BULLETIN_ISSUE)).isEqualTo(48);
  }

  // ------------------------------------------------------------------ the statutory facts the example must honour

  @Test
  void committee_is_27_with_one_director_and_five_deputy_directors() {
    var committee = year.getTerms().get(0).getStandingCommittee();
    assertThat(committee.getSize()).isEqualTo(27);
    assertThat(committee.membersOn(LocalDate.of(2019, 6, 30))).hasSize(27);
    assertThat(committee.directorsMeetingOn(LocalDate.of(2019, 6, 30))).hasSize(6);
  }

  @Test
  void meetings_every_two_months_quorate_and_acts_adopted_by_a_majority_of_all_members() {
    List<Meeting> meetings = committeeMeetings().sorted((a, b) -> a.getDate().compareTo(b.getDate())).toList();
    LocalDate previous = LocalDate.of(2019, 1, 1);
    for (Meeting meeting : meetings) {
      assertThat(meeting.getDate()).isBeforeOrEqualTo(previous.plusMonths(2));
      assertThat(meeting.presentCount() * 2).isGreaterThan(27);
      assertThat(meeting.getAttendance()).hasSize(27);
      previous = meeting.getDate();
    }
    for (Decision decision : year.getDecisions()) {
      assertThat(decision.getVote().orElseThrow().getInFavor() * 2).isGreaterThan(27);
    }
  }

  @Test
  void reports_submitted_20_10_7_days_before_and_fiscal_reports_in_june_to_september() {
    year.getWorkReports().forEach(r -> {
      assertThat(ChronoUnit.DAYS.between(r.getDraftSentForCommentDate().orElseThrow(), r.getDate())).isGreaterThanOrEqualTo(20);
      assertThat(ChronoUnit.DAYS.between(r.getSubmittedDate().orElseThrow(), r.getDate())).isGreaterThanOrEqualTo(10);
      assertThat(ChronoUnit.DAYS.between(r.getDistributedToMembersDate().orElseThrow(), r.getDate()))
          .isGreaterThanOrEqualTo(7);
      switch (r.getKind()) {
        case FINAL_ACCOUNTS, BUDGET_EXECUTION -> assertThat(r.getDate().getMonthValue()).isBetween(6, 9);
        default -> { }
      }
    });
  }

  @Test
  void every_appointee_passed_an_exam_and_swore_at_a_lawful_ceremony() {
    Map<String, OathCeremony> ceremonies = year.getOathCeremonies().stream()
        .collect(Collectors.toMap(c -> c.getId().getValue(), Function.identity()));
    Map<String, ExamOutcome> lastExam = year.getExams().stream()
        .collect(Collectors.toMap(e -> e.getId().getValue(), e -> e.getOutcome()));
    List<PersonnelAction> appointments = year.getPersonnelActions().stream().filter(PersonnelAction::appoints).toList();
    assertThat(appointments).hasSize(26 + 60);
    for (PersonnelAction action : appointments) {
      assertThat(lastExam.get(action.getExamIds().get(action.getExamIds().size() - 1).getValue()))
          .isEqualTo(ExamOutcome.PASSED);
      if (action.getPersonId().equals(Year2019.SWORN_IN_2020)) {
        // appointed on 2019-12-26, away that day: sworn on 2020-01-03, in the 2020 records (TwoYearDataTest)
        assertThat(action.getDecisionDate()).isEqualTo(LocalDate.of(2019, 12, 26));
        assertThat(action.getOathCeremonyId()).isEmpty();
        assertThat(year.getOathCeremonies()).noneMatch(c -> c.swore(action.getPersonId()));
        continue;
      }
      OathCeremony oath = ceremonies.get(action.getOathCeremonyId().orElseThrow().getValue());
      assertThat(oath.swore(action.getPersonId())).isTrue();
      assertThat(ChronoUnit.DAYS.between(action.getDecisionDate(), oath.getDate())).isBetween(0L, 30L);
      assertThat(oath.getFlagDisplayed()).contains(true);
      assertThat(oath.getAnthemSung()).contains(true);
      if (oath.getForm() == OathForm.COLLECTIVE) {
        assertThat(oath.swore(oath.getLeaderId().orElseThrow())).isTrue();
      }
    }
  }

  @Test
  void appraisals_take_all_six_steps_in_order() {
    for (WorkAppraisal appraisal : year.getAppraisals()) {
      assertThat(appraisal.missingSteps()).isEmpty();
      LocalDate last = appraisal.getStartDate();
      for (var step : appraisal.stepsInOrder()) {
        assertThat(step.getDate()).isAfterOrEqualTo(last);
        last = step.getDate();
      }
      assertThat(appraisal.getVote().orElseThrow().getSecretBallot()).contains(true);
    }
  }

  @Test
  void every_deputy_takes_part_in_2019() {
    Set<DeputyId> active = new HashSet<>();
    year.getDeputyActivities().forEach(a -> active.addAll(a.getDeputyIds()));
    for (Deputy deputy : year.getDeputies()) {
      assertThat(active).as(deputy.getId().getValue()).contains(deputy.getId());
    }
    for (DeputyActivity activity : year.getDeputyActivities()) {
      for (DeputyId id : activity.getDeputyIds()) {
        Deputy deputy = year.index().find(id, Deputy.class).orElseThrow();
        assertThat(deputy.servingOn(activity.getDate())).as(activity.getId() + " " + id).isTrue();
      }
    }
  }

  @Test
  void suggestions_answered_within_three_months_and_petitions_handled_in_time() {
    year.getSuggestions().stream().filter(s -> s.getAssignedDate().isPresent()).forEach(s -> {
      assertThat(s.firstAnswer().orElseThrow().getDate()).isBeforeOrEqualTo(s.getAssignedDate().get().plusMonths(3));
      assertThat(s.getFeedback()).isNotEmpty();
    });
    year.getPetitions().forEach(p -> {
      assertThat(ChronoUnit.DAYS.between(p.getReceivedDate(), p.getAcknowledgedDate().orElseThrow())).isLessThanOrEqualTo(15);
      long allowed = 60 + p.getExtension().map(e -> (long) e.getDays()).orElse(0L);
      assertThat(ChronoUnit.DAYS.between(p.getAcceptedDate().orElseThrow(), p.getResolvedDate().orElseThrow()))
          .isLessThanOrEqualTo(allowed);
    });
  }

  @Test
  void elections_of_november_are_lawful() {
    List<Election> general = year.getElections().stream().filter(e -> e.getElectionDay().equals(LocalDate.of(2019, 11, 15)))
        .toList();
    assertThat(general).hasSize(90);
    assertThat(general.stream().mapToInt(Election::getSeats).sum()).isEqualTo(230);
    for (Election election : year.getElections()) {
      int seats = election.getSeats();
      assertThat(election.getSeats()).isBetween(1, 3);
      assertThat(election.formalCandidateCount() * 3).isGreaterThanOrEqualTo(seats * 4);
      assertThat(election.formalCandidateCount()).isLessThanOrEqualTo(seats * 2);
      assertThat(ChronoUnit.DAYS.between(election.getVoterListPublishedDate().orElseThrow(), election.getElectionDay()))
          .isGreaterThanOrEqualTo(20);
      assertThat(ChronoUnit.DAYS.between(election.getPreliminaryListDate().orElseThrow(), election.getElectionDay()))
          .isGreaterThanOrEqualTo(15);
      assertThat(ChronoUnit.DAYS.between(election.getFormalListDate().orElseThrow(), election.getElectionDay()))
          .isGreaterThanOrEqualTo(7);
      assertThat(election.getVoted() * 2L).isGreaterThan(election.getRegisteredVoters());
      assertThat(election.electedIds()).hasSize(seats);
      for (CandidateResult candidate : election.getCandidates()) {
        if (election.electedIds().contains(candidate.getCandidateId())) {
          assertThat(candidate.getVotes() * 2L).isGreaterThan(election.getVoted());
        }
      }
    }
  }

  // ------------------------------------------------------------------ the problem year

  @Test
  void problem_year_has_exactly_the_planted_problems() {
    PersonnelAction late = problems.getPersonnelActions().stream()
        .filter(a -> a.getId().equals(ProblemYear2019.LATE_OATH_ACTION)).findFirst().orElseThrow();
    OathCeremony lateOath = problems.index().find(late.getOathCeremonyId().orElseThrow(), OathCeremony.class)
        .orElseThrow();
    assertThat(ChronoUnit.DAYS.between(late.getDecisionDate(), lateOath.getDate())).isEqualTo(45);

    OathCeremony leaderless = problems.index().find(ProblemYear2019.LEADERLESS_CEREMONY, OathCeremony.class)
        .orElseThrow();
    assertThat(leaderless.getForm()).isEqualTo(OathForm.COLLECTIVE);
    assertThat(leaderless.getLeaderId()).isEmpty();
    assertThat(problems.getOathCeremonies()).filteredOn(c -> c.getForm() == OathForm.COLLECTIVE).hasSize(1);

    Set<DeputyId> active = new HashSet<>();
    problems.getDeputyActivities().forEach(a -> active.addAll(a.getDeputyIds()));
    problems.getMeetings().forEach(m -> active.addAll(m.nonVotingDeputies()));
    Set<DeputyId> inactive = problems.getDeputies().stream().map(Deputy::getId).filter(id -> !active.contains(id))
        .collect(Collectors.toSet());
    assertThat(inactive).containsExactly(ProblemYear2019.INACTIVE_DEPUTY);

    assertThat(problems.getAppraisals()).singleElement()
        .satisfies(a -> assertThat(a.missingSteps()).containsExactly(AppraisalStepKind.INSPECT_RECORDS));

    // and nothing else of those kinds: the other appointments swore within 30 days at the meeting
    problems.getPersonnelActions().stream().filter(a -> !a.getId().equals(ProblemYear2019.LATE_OATH_ACTION))
        .forEach(a -> {
          OathCeremony oath = problems.index().find(a.getOathCeremonyId().orElseThrow(), OathCeremony.class)
              .orElseThrow();
          assertThat(oath.getDate()).isEqualTo(a.getDecisionDate());
        });
  }

  @Test
  void problem_year_meetings_are_lawful() {
    List<Meeting> meetings = problems.getMeetings().stream().filter(m -> m.getKind() == MeetingKind.STANDING_COMMITTEE)
        .sorted((a, b) -> a.getDate().compareTo(b.getDate())).toList();
    LocalDate previous = LocalDate.of(2019, 1, 1);
    for (Meeting meeting : meetings) {
      assertThat(meeting.getDate()).isBeforeOrEqualTo(previous.plusMonths(2));
      assertThat(meeting.presentCount() * 2).isGreaterThan(15);
      previous = meeting.getDate();
    }
    assertThat(LocalDate.of(2019, 12, 31)).isBeforeOrEqualTo(previous.plusMonths(2));
  }
}

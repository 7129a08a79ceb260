package io.github.peoplecongress.rules.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Tests of PART-002 (yearly activities), PART-003 (report to voters), PART-004 (voter contacts). */
class YearlyRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);
  private final YearlyActivityMinimumRule activities = new YearlyActivityMinimumRule();
  private final ReportToVotersYearlyRule reports = new ReportToVotersYearlyRule();
  private final VoterContactTargetRule contacts = new VoterContactTargetRule();
  private final JurisdictionProfile example = ParticipationLocalRules.addLocalRules(
      ParticipationLocalRules.EXAMPLE_VOTER_CONTACT, JurisdictionProfile.builder("x", "示例", "Example")).build();

  private static List<Finding> evaluate(Rule rule, CommitteeRecords year, JurisdictionProfile profile, LocalDate asOf) {
    return rule.evaluate(Fixtures.context(year, profile, asOf));
  }

  private static CommitteeRecords deputyWith(io.github.peoplecongress.model.deputywork.DeputyActivity... done) {
    return ParticipationFixtures.year().addDeputies(ParticipationFixtures.deputy("D-001").build())
        .addDeputyActivities(done).build();
  }

  @Test
  void an_active_deputy_who_reported_and_contacted_ten_voters_meets_every_target() {
    CommitteeRecords year = deputyWith(ParticipationFixtures.activity("A-1", ActivityKind.REPORT_TO_VOTERS,
        LocalDate.of(2019, 11, 5), 10, "D-001"));
    assertThat(evaluate(activities, year, example, AS_OF)).isEmpty();
    assertThat(evaluate(reports, year, example, AS_OF)).isEmpty();
    assertThat(evaluate(contacts, year, example, AS_OF)).isEmpty();
  }

  @Test
  void an_inactive_deputy_is_warned_once_the_year_is_over() {
    CommitteeRecords year = deputyWith();
    assertThat(evaluate(activities, year, example, LocalDate.of(2019, 12, 30))).isEmpty();
    assertThat(evaluate(activities, year, example, LocalDate.of(2019, 12, 31))).singleElement()
        .extracting(Finding::getSeverity).isEqualTo(Severity.WARNING);
    assertThat(evaluate(reports, year, example, AS_OF)).hasSize(1);
    assertThat(evaluate(contacts, year, example, AS_OF)).singleElement()
        .satisfies(f -> assertThat(f.getFoundZh()).isEqualTo("联系选民0人"));
  }

  @Test
  void boundary_nine_voters_fall_short_ten_do_not() {
    assertThat(evaluate(contacts, deputyWith(ParticipationFixtures.activity("A-1", ActivityKind.VISIT_VOTERS,
        LocalDate.of(2019, 5, 5), 9, "D-001")), example, AS_OF)).hasSize(1);
    assertThat(evaluate(contacts, deputyWith(ParticipationFixtures.activity("A-1", ActivityKind.VISIT_VOTERS,
        LocalDate.of(2019, 5, 5), 10, "D-001")), example, AS_OF)).isEmpty();
  }

  @Test
  void no_voter_contact_target_nationally() {
    assertThat(evaluate(contacts, deputyWith(), JurisdictionProfile.national(), AS_OF)).isEmpty();
  }

  @Test
  void shared_or_uncounted_contacts_cannot_be_told() {
    CommitteeRecords year = ParticipationFixtures.year()
        .addDeputies(ParticipationFixtures.deputy("D-001").build(), ParticipationFixtures.deputy("D-002").build())
        .addDeputyActivities(ParticipationFixtures.activity("A-1", ActivityKind.VISIT_VOTERS, LocalDate.of(2019, 5, 5),
            30, "D-001", "D-002"))
        .build();
    assertThat(evaluate(contacts, year, example, AS_OF)).hasSize(2).allSatisfy(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("votersContacted");
    });
  }

  @Test
  void boundary_days_served_183_applies_182_does_not() {
    // 2019-07-02..2019-12-31 is 183 days; 2019-07-03..2019-12-31 is 182
    CommitteeRecords year = ParticipationFixtures.year()
        .addDeputies(ParticipationFixtures.byElected("D-001", LocalDate.of(2019, 7, 2), null),
            ParticipationFixtures.byElected("D-002", LocalDate.of(2019, 7, 3), null))
        .build();
    assertThat(evaluate(reports, year, JurisdictionProfile.national(), AS_OF)).singleElement()
        .satisfies(f -> assertThat(f.getRecord()).isEqualTo("Deputy D-001"));
  }

  @Test
  void the_2025_deputies_law_applies_from_2025_03_11() {
    JurisdictionProfile anyDays = JurisdictionProfile.builder("t", "测试", "Test")
        .set(ParticipationParameters.MIN_DAYS_SERVED_FOR_YEARLY_TARGETS, DatedSeries.of(LocalDate.of(2000, 1, 1), 1,
            "test"))
        .build();
    CommitteeRecords year = ImmutableCommitteeRecords.copyOf(ParticipationFixtures.year()
        .addDeputies(ParticipationFixtures.terminated(ParticipationFixtures.deputy("D-001"), LocalDate.of(2025, 3, 11)),
            ParticipationFixtures.terminated(ParticipationFixtures.deputy("D-002"), LocalDate.of(2025, 3, 12)))
        .build()).withSpan(io.github.peoplecongress.model.records.DateRange.ofYear(2025));
    List<Finding> findings = evaluate(reports, year, anyDays, LocalDate.of(2025, 12, 31));
    assertThat(findings).extracting(f -> f.getCitation().getArticle()).containsExactly(45, 58);
  }

  @Test
  void golden_message() {
    Finding finding = evaluate(reports, deputyWith(), JurisdictionProfile.national(), AS_OF).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[PART-003] 提示：代表每年向原选区选民报告履职情况（代表法（2015）第四十五条第二款）Deputy D-001："
            + "应当在2019-01-01至2019-12-31向原选区选民报告履职情况至少1次，实际报告0次");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[PART-003] warning: Each deputy reports to the voters every year (Deputies Law (2015) Art. 45(2)) at Deputy "
            + "D-001: expected at least 1 reports to the voters of the constituency from 2019-01-01 to 2019-12-31 but "
            + "found 0 reports");
  }

  private static JurisdictionProfile targets(int minActivities, Integer minVoters, int minDays) {
    JurisdictionProfile.Builder builder = JurisdictionProfile.builder("t", "测试", "Test")
        .set(ParticipationParameters.MIN_ACTIVITIES_PER_YEAR, DatedSeries.of(LocalDate.of(2000, 1, 1), minActivities,
            "test"))
        .set(ParticipationParameters.MIN_DAYS_SERVED_FOR_YEARLY_TARGETS, DatedSeries.of(LocalDate.of(2000, 1, 1),
            minDays, "test"));
    if (minVoters != null) {
      builder.set(ParticipationParameters.MIN_VOTERS_CONTACTED_PER_YEAR, DatedSeries.of(LocalDate.of(2000, 1, 1),
          minVoters, "test"));
    }
    return builder.build();
  }

  @Test
  void activities_boundary_one_short_of_the_minimum_warns_the_minimum_does_not() {
    JurisdictionProfile two = targets(2, null, 183);
    CommitteeRecords one = deputyWith(ParticipationFixtures.activity("A-1", ActivityKind.VISIT_VOTERS,
        LocalDate.of(2019, 5, 5), null, "D-001"));
    CommitteeRecords twoDone = deputyWith(
        ParticipationFixtures.activity("A-1", ActivityKind.VISIT_VOTERS, LocalDate.of(2019, 5, 5), null, "D-001"),
        ParticipationFixtures.activity("A-2", ActivityKind.VISIT_VOTERS, LocalDate.of(2019, 9, 5), null, "D-001"));
    assertThat(evaluate(activities, one, two, AS_OF)).singleElement()
        .satisfies(f -> assertThat(f.getFoundEn()).isEqualTo("1 committee meetings or activities"));
    assertThat(evaluate(activities, twoDone, two, AS_OF)).isEmpty();
  }

  @Test
  void activities_boundary_days_served_183_applies_182_does_not() {
    CommitteeRecords year = ParticipationFixtures.year()
        .addDeputies(ParticipationFixtures.byElected("D-001", LocalDate.of(2019, 7, 2), null),
            ParticipationFixtures.byElected("D-002", LocalDate.of(2019, 7, 3), null))
        .build();
    assertThat(evaluate(activities, year, JurisdictionProfile.national(), AS_OF)).singleElement()
        .satisfies(f -> assertThat(f.getRecord()).isEqualTo("Deputy D-001"));
  }

  @Test
  void activities_the_2025_deputies_law_applies_from_2025_03_11() {
    CommitteeRecords year = ImmutableCommitteeRecords.copyOf(ParticipationFixtures.year()
        .addDeputies(ParticipationFixtures.terminated(ParticipationFixtures.deputy("D-001"), LocalDate.of(2025, 3, 11)),
            ParticipationFixtures.terminated(ParticipationFixtures.deputy("D-002"), LocalDate.of(2025, 3, 12)))
        .build()).withSpan(io.github.peoplecongress.model.records.DateRange.ofYear(2025));
    List<Finding> findings = evaluate(activities, year, targets(1, null, 1), LocalDate.of(2025, 12, 31));
    assertThat(findings).extracting(f -> f.getCitation().getArticle()).containsExactly(19, 25);
  }

  @Test
  void contacts_the_2025_deputies_law_applies_from_2025_03_11() {
    CommitteeRecords year = ImmutableCommitteeRecords.copyOf(ParticipationFixtures.year()
        .addDeputies(ParticipationFixtures.terminated(ParticipationFixtures.deputy("D-001"), LocalDate.of(2025, 3, 11)),
            ParticipationFixtures.terminated(ParticipationFixtures.deputy("D-002"), LocalDate.of(2025, 3, 12)))
        .build()).withSpan(io.github.peoplecongress.model.records.DateRange.ofYear(2025));
    List<Finding> findings = evaluate(contacts, year, targets(1, 10, 1), LocalDate.of(2025, 12, 31));
    assertThat(findings).extracting(f -> f.getCitation().getArticle()).containsExactly(20, 26);
  }

  @Test
  void contacts_boundary_days_served_183_applies_182_does_not() {
    CommitteeRecords year = ParticipationFixtures.year()
        .addDeputies(ParticipationFixtures.byElected("D-001", LocalDate.of(2019, 7, 2), null),
            ParticipationFixtures.byElected("D-002", LocalDate.of(2019, 7, 3), null))
        .build();
    assertThat(evaluate(contacts, year, example, AS_OF)).singleElement()
        .satisfies(f -> assertThat(f.getRecord()).isEqualTo("Deputy D-001"));
  }

  @Test
  void golden_bilingual_message_yearly_activities() {
    Finding finding = evaluate(activities, deputyWith(), JurisdictionProfile.national(), AS_OF).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[PART-002] 提示：代表每年参加活动不少于规定次数（代表法（2015）第十九条第一款）Deputy D-001："
            + "应当在2019-01-01至2019-12-31至少列席常委会会议或参加活动1次，实际列席常委会会议或参加活动0次");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[PART-002] warning: Each deputy takes part in the minimum activities a year (Deputies Law "
            + "(2015) Art. 19(1)) at Deputy D-001: expected at least 1 committee meetings or activities from "
            + "2019-01-01 to 2019-12-31 but found 0 committee meetings or activities");
  }

  @Test
  void golden_bilingual_message_voter_contacts() {
    Finding finding = evaluate(contacts, deputyWith(ParticipationFixtures.activity("A-1", ActivityKind.VISIT_VOTERS,
        LocalDate.of(2019, 5, 5), 9, "D-001")), example, AS_OF).get(0);
    assertThat(finding.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[PART-004] 提示：代表每年联系选民不少于规定人数（代表法（2015）第二十条）Deputy D-001："
            + "应当在2019-01-01至2019-12-31联系选民不少于10人，实际联系选民9人");
    assertThat(finding.describe(Locale.ENGLISH)).isEqualTo(
        "[PART-004] warning: Each deputy contacts the target number of voters a year (Deputies Law "
            + "(2015) Art. 20) at Deputy D-001: expected at least 10 voters contacted from 2019-01-01 to "
            + "2019-12-31 but found 9 voters contacted");
  }
}

package io.github.peoplecongress.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.reporting.metric.Metric;
import io.github.peoplecongress.reporting.render.RenderOptions;
import io.github.peoplecongress.reporting.render.WorkReportRenderer;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import io.github.peoplecongress.rules.ComplianceChecker;
import io.github.peoplecongress.rules.ComplianceReport;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.jurisdiction.Profiles;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled example data through the whole library: the clean year passes every rule under every shipped profile
 * and produces every number of the seed; the problem year yields exactly its planted findings.
 */
class ExampleYearsEndToEndTest {
  private static final Path DATA = Path.of("data");
  private static final Clock MID_2020 = Clock.fixed(Instant.parse("2020-06-30T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final CommitteeRecords YEAR_2019 =
      ModelReader.strict().read(DATA.resolve("committee-year-2019.json"), CommitteeRecords.class);
  private static final CommitteeRecords PROBLEM_YEAR =
      ModelReader.strict().read(DATA.resolve("problem-year-2019.json"), CommitteeRecords.class);

  private static ComplianceReport check(CommitteeRecords year, JurisdictionProfile profile) {
    return ComplianceChecker.of(profile).withClock(MID_2020).check(year);
  }

  @Test
  void the_example_year_has_no_findings_under_national_law() {
    assertThat(check(YEAR_2019, Profiles.NATIONAL).getFindings()).isEmpty();
  }

  @Test
  void the_problem_year_yields_exactly_its_planted_findings_under_beijing_rules() {
    ComplianceReport report = check(PROBLEM_YEAR, Profiles.BEIJING);
    assertThat(report.getFindings()).extracting(f -> f.getRuleId() + " " + f.getSeverity() + " " + f.getRecord())
        .containsExactly(
            "APPR-001 VIOLATION WorkAppraisal AP-2019-01",      // the skipped 实地察看工作台账
            "OATH-002 WARNING PersonnelAction PA-2019-004",     // the oath 45 days after the appointment
            "OATH-006 VIOLATION OathCeremony OATH-2019-01",     // the collective oath without a leader
            "PART-002 WARNING Deputy D-020",                    // the deputy who took part in nothing …
            "PART-003 WARNING Deputy D-020",                    // … and so did not report to the voters either
            "SUGG-001 VIOLATION Suggestion SG-2019-05");        // assigned in October, answered in February: late
    assertThat(report.findings(Severity.VIOLATION)).extracting(Finding::getRuleId)
        .containsExactly("APPR-001", "OATH-006", "SUGG-001");
  }

  @Test
  void the_example_year_produces_every_number_of_the_seed() {
    YearlyStatistics stats = YearlyStatistics.of(YEAR_2019);
    Map<Metric, Long> expected = Map.ofEntries(
        Map.entry(Metric.TERM_NUMBER, 16L),
        Map.entry(Metric.SC_MEETINGS, 8L),
        Map.entry(Metric.WORK_REPORTS_HEARD, 18L),
        Map.entry(Metric.LAWS_INSPECTED, 8L),
        Map.entry(Metric.LAWS_INSPECTED_WITH_HIGHER, 12L),
        Map.entry(Metric.RESOLUTIONS_AND_DECISIONS, 12L),
        Map.entry(Metric.STATE_FUNCTIONARY_APPOINTMENTS, 46L),
        Map.entry(Metric.ASSESSOR_APPOINTMENTS, 62L),
        Map.entry(Metric.SCHOOLS, 3L),
        Map.entry(Metric.DAY_CARE_CENTRES, 12L),
        Map.entry(Metric.OLD_COMMUNITIES, 15L),
        Map.entry(Metric.POCKET_PARKS, 6L),
        Map.entry(Metric.PROJECT_COMMANDERS, 9L),
        Map.entry(Metric.CHIEF_SERVICE_OFFICERS, 14L),
        Map.entry(Metric.LETTERS_RECEIVED, 326L),
        Map.entry(Metric.VISITS_RECEIVED, 218L),
        Map.entry(Metric.VISIT_BATCHES, 97L),
        Map.entry(Metric.FORWARDED_PETITIONS, 41L),
        Map.entry(Metric.APPRAISED_DEPARTMENTS, 9L),
        Map.entry(Metric.DEPUTY_GROUPS, 12L),
        Map.entry(Metric.MAILBOXES, 24L),
        Map.entry(Metric.DEPUTY_ATTENDANCE_AT_MEETINGS, 96L),
        Map.entry(Metric.DEPUTY_OVERSIGHT_PARTICIPATION, 412L),
        Map.entry(Metric.DEPUTY_REPORTS_TO_VOTERS, 230L),
        Map.entry(Metric.SUGGESTIONS_ASSIGNED, 136L),
        Map.entry(Metric.KEY_SUGGESTIONS, 10L),
        Map.entry(Metric.RULES_ADOPTED, 12L),
        Map.entry(Metric.RESEARCH_REPORTS, 23L),
        Map.entry(Metric.PUBLICITY_ARTICLES, 268L),
        Map.entry(Metric.WORK_BULLETIN_ISSUES, 48L));
    expected.forEach((metric, value) -> assertThat(stats.count(metric)).as(metric.name()).isEqualTo(value));
    assertThat(stats.value(Metric.SCHOOL_INVESTMENT).getValue()).contains(new BigDecimal("230000000.00"));
    assertThat(stats.value(Metric.OLD_COMMUNITY_INVESTMENT).getValue()).contains(new BigDecimal("32460000.00"));
  }

  @Test
  void the_rendered_sentences_read_like_the_seed() {
    String text = WorkReportRenderer.text(YearlyStatistics.of(YEAR_2019), RenderOptions.defaults());
    assertThat(text).contains("一年来，共召开常委会会议8次，听取和审议“一府两院”专项工作报告18项，对8部法律法规实施情况开展了执法检查，"
        + "作出决议、决定12项，任免国家机关工作人员46人次，任免人民陪审员62人次")
        .contains("共受理群众来信326件，接待来访218人次，办理上级人大常委会转办、交办的信访件41件")
        .contains("常委会共交办意见、建议136件，重点督办10件");
    String rounded = WorkReportRenderer.text(YearlyStatistics.of(YEAR_2019),
        RenderOptions.builder().approximate(true).build());
    assertThat(rounded).contains("共受理群众来信300余件，接待来访200余人次");
  }
}

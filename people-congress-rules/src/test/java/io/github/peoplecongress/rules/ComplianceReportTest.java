package io.github.peoplecongress.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ComplianceReportTest {
  private static final Citation CLAUSE_8 = Citation.of(Laws.OATH_DECISION_2018, 8, 1, "集体宣誓时，由一人领誓");

  /** A rule that reports a fixed list, to test the report and the version choice independently of real rules. */
  private static final class FixedRule extends Rule {
    FixedRule() {
      super("TEST-001", "测试规则", "Test rule",
          List.of(RuleVersion.of(Citation.of(Laws.OATH_DECISION_2015, 8, "……")), RuleVersion.of(CLAUSE_8)), List.of(),
          List.of("A reading."));
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
      return List.of(
          finding(Severity.WARNING, CLAUSE_8, "OathCeremony OATH-2", LocalDate.of(2019, 5, 1))
              .expectedZh("由一人领誓").foundZh("两人领誓").expectedEn("one leader").foundEn("two leaders").build(),
          finding(Severity.VIOLATION, CLAUSE_8, "OathCeremony OATH-1", LocalDate.of(2019, 3, 1))
              .expectedZh("由一人领誓").foundZh("无领誓人").expectedEn("one leader").foundEn("none").build());
    }
  }

  private static ComplianceReport report() {
    CommitteeRecords year = Fixtures.year2019().build();
    return ComplianceChecker.of(JurisdictionProfile.national()).withRules(List.of(new FixedRule())).check(year);
  }

  @Test
  void picks_the_version_in_force_on_the_fact_date() {
    FixedRule rule = new FixedRule();
    JurisdictionProfile national = JurisdictionProfile.national();
    assertThat(rule.versionOn(LocalDate.of(2015, 12, 31), national)).isEmpty();
    assertThat(rule.versionOn(LocalDate.of(2018, 3, 11), national).orElseThrow().getLaw())
        .isEqualTo(Laws.OATH_DECISION_2015);
    assertThat(rule.versionOn(LocalDate.of(2018, 3, 12), national).orElseThrow().getLaw())
        .isEqualTo(Laws.OATH_DECISION_2018);
  }

  @Test
  void sorts_findings_by_rule_then_record_and_counts_them() {
    ComplianceReport report = report();
    assertThat(report.getFindings()).extracting(Finding::getRecord)
        .containsExactly("OathCeremony OATH-1", "OathCeremony OATH-2");
    assertThat(report.countsBySeverity()).containsEntry(Severity.VIOLATION, 1).containsEntry(Severity.WARNING, 1)
        .containsEntry(Severity.CANNOT_TELL, 0);
    assertThat(report.countsByRule()).containsExactly(org.assertj.core.api.Assertions.entry("TEST-001", 2));
    assertThat(report.hasNoViolations()).isFalse();
  }

  @Test
  void assert_no_violations_lists_every_violation() {
    assertThatThrownBy(() -> report().assertNoViolations()).isInstanceOf(AssertionError.class)
        .hasMessage("1 violation of 1 rule in X区 2019:" + System.lineSeparator()
            + "1. [TEST-001] violation: Test rule (NPCSC Decision on the Constitutional Oath (2018) Art. 8(1)) at "
            + "OathCeremony OATH-1: expected one leader but found none");
  }

  @Test
  void renders_in_chinese_and_english() {
    assertThat(report().render(Locale.SIMPLIFIED_CHINESE)).startsWith("X区 2019：违反规定1项，提示1项，无法判断0项")
        .contains("1. [TEST-001] 违反规定：测试规则（宪法宣誓制度的决定（2018）第八条第一款）OathCeremony OATH-1：应当由一人领誓，实际无领誓人");
    assertThat(report().render(Locale.ENGLISH)).startsWith("X区 2019: 1 violations, 1 warnings, 0 cannot tell");
  }

  @Test
  void exports_json_with_counts_and_citations() {
    assertThat(report().toJson()).contains("\"profile\" : \"national\"").contains("\"VIOLATION\" : 1")
        .contains("\"ruleId\" : \"TEST-001\"").contains("\"code\" : \"OATH_DECISION_2018\"");
  }
}

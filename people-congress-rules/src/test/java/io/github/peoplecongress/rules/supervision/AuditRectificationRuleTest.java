package io.github.peoplecongress.rules.supervision;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static io.github.peoplecongress.rules.supervision.SupervisionTestSupport.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AuditRectificationRuleTest {
  private final AuditRectificationRule rule = new AuditRectificationRule();

  static CommitteeRecords year(LocalDate audit, LocalDate rectification, boolean linked) {
    List<WorkReport> reports = new ArrayList<>();
    reports.add(report("WR-A", WorkReportKind.AUDIT, StateOrgan.GOVERNMENT, audit).build());
    if (rectification != null) {
      var r = report("WR-R", WorkReportKind.AUDIT_RECTIFICATION, StateOrgan.GOVERNMENT, rectification);
      if (linked) {
        r.auditReportId(WorkReportId.of("WR-A"));
      }
      reports.add(r.build());
    }
    return yearOf(audit.getYear()).withWorkReports(reports);
  }

  private static final LocalDate AUDIT = LocalDate.of(2025, 6, 25);

  @Test
  void rectification_on_the_last_day_of_six_months() {
    assertThat(run(rule, year(AUDIT, LocalDate.of(2025, 12, 25), true))).isEmpty();
  }

  @Test
  void boundary_a_day_late() {
    assertThat(run(rule, year(AUDIT, LocalDate.of(2025, 12, 26), true))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void none_heard_is_pending_on_the_last_day_and_a_violation_once_the_period_ran_out() {
    assertThat(run(rule, year(AUDIT, null, true), LocalDate.of(2025, 12, 25))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.PENDING);
      assertThat(f.getDueDate()).contains(LocalDate.of(2025, 12, 25));
      assertThat(f.getFactDate()).contains(AUDIT);
      assertThat(f.getFoundZh()).isEqualTo("至2025-12-25尚未听取，期限未届满");
      assertThat(f.getFoundEn()).isEqualTo("not yet heard as of 2025-12-25, before the period ends");
    });
    assertThat(run(rule, year(AUDIT, null, true))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFoundZh()).isEqualTo("至2026-12-31未见整改情况报告");
    });
  }

  @Test
  void absence_is_reported_up_to_the_as_of_date_not_beyond_it() {
    assertThat(run(rule, year(AUDIT, null, true), LocalDate.of(2025, 12, 26))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getFoundZh()).isEqualTo("至2025-12-26未见整改情况报告");
      assertThat(f.getFoundEn()).isEqualTo("no rectification report recorded up to 2025-12-26");
    });
  }

  @Test
  void unlinked_rectification_report_is_cannot_tell() {
    assertThat(run(rule, year(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1), false))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("auditReportId");
        });
  }

  @Test
  void only_from_the_2024_revision_whose_date_a_profile_may_move() {
    JurisdictionProfile moved = JurisdictionProfile.builder("t", "测试", "test")
        .effectiveDate(Laws.SUPERVISION_LAW_2024, LocalDate.of(2024, 3, 1)).build();
    assertThat(run(rule, year(LocalDate.of(2024, 2, 29), null, true), moved)).isEmpty();
    assertThat(run(rule, year(LocalDate.of(2024, 3, 1), null, true), moved)).singleElement()
        .satisfies(f -> assertThat(f.getExpectedZh()).contains("（至2024-09-02）"));
    assertThat(run(rule, year(LocalDate.of(2024, 3, 1), null, true))).isEmpty();
  }

  @Test
  void golden_message() {
    var f = run(rule, year(AUDIT, LocalDate.of(2025, 12, 26), true)).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[SUPV-005] 违反规定：审计查出问题整改情况报告六个月内听取（监督法（2024）第二十七条第二款）WorkReport WR-A：应当在2025-06-25"
            + "听取审计工作报告后的6个月内（至2025-12-25）听取审计查出问题整改情况报告，实际2025-12-26听取（WR-R）");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[SUPV-005] violation: Audit rectification report within six months (Supervision Law (2024) Art. 27(2)) at "
            + "WorkReport WR-A: expected the audit rectification report heard within 6 months of the audit report of "
            + "2025-06-25 (by 2025-12-25) but found heard on 2025-12-26 (WR-R)");
  }
}

package io.github.peoplecongress.rules.budget;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.meeting;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static io.github.peoplecongress.rules.supervision.SupervisionTestSupport.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FinalAccountsAuditReportRuleTest {
  private final FinalAccountsAuditReportRule rule = new FinalAccountsAuditReportRule();
  private static final LocalDate M1 = LocalDate.of(2019, 8, 28);

  /** Final accounts heard at M-1 on {@code day}; the audit report, if any, at {@code auditMeeting} on its day. */
  private static CommitteeRecords year(LocalDate day, Integer accountsYear, String auditMeeting, Integer auditYear) {
    var accounts = report("WR-1", WorkReportKind.FINAL_ACCOUNTS, StateOrgan.GOVERNMENT, day);
    if (accountsYear != null) {
      accounts.fiscalYear(Year.of(accountsYear));
    }
    LocalDate second = day.plusDays(58);
    List<WorkReport> reports = new java.util.ArrayList<>(List.of(accounts.build()));
    if (auditMeeting != null) {
      var audit = WorkReport.builder().id(WorkReportId.of("WR-2")).kind(WorkReportKind.AUDIT)
          .organ(StateOrgan.GOVERNMENT).title("关于审计工作的报告").meetingId(MeetingId.of(auditMeeting))
          .date(auditMeeting.equals("M-1") ? day : second);
      if (auditYear != null) {
        audit.fiscalYear(Year.of(auditYear));
      }
      reports.add(audit.build());
    }
    return yearOf(day.getYear()).withMeetings(meeting("M-1", day).build(), meeting("M-2", second).build())
        .withWorkReports(reports);
  }

  @Test
  void audit_report_for_the_same_year_at_the_same_meeting_complies() {
    assertThat(run(rule, year(M1, 2018, "M-1", 2018))).isEmpty();
  }

  @Test
  void no_audit_report_in_the_year_is_a_violation() {
    assertThat(run(rule, year(M1, 2018, null, null))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION);
      assertThat(f.getRecord()).isEqualTo("WorkReport WR-1");
      assertThat(f.getFactDate()).contains(M1);
    });
  }

  @Test
  void an_audit_report_for_another_fiscal_year_does_not_count() {
    assertThat(run(rule, year(M1, 2018, "M-1", 2017))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void heard_at_another_meeting_of_the_year_is_a_warning() {
    assertThat(run(rule, year(M1, 2018, "M-2", 2018))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getFoundZh()).isEqualTo("审计工作报告WR-2在另一次会议（M-2，2019-10-25）上听取");
    });
  }

  @Test
  void boundary_end_of_the_year() {
    // Not heard at the same meeting: a warning while the year runs, a violation from 1 January.
    assertThat(run(rule, year(M1, 2018, null, null), LocalDate.of(2019, 12, 31))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getFoundEn()).isEqualTo("no audit report on 2018 heard by 2019-12-31");
    });
    assertThat(run(rule, year(M1, 2018, null, null), LocalDate.of(2020, 1, 1))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void boundary_same_meeting_versus_next_meeting() {
    assertThat(run(rule, year(M1, 2018, "M-1", 2018))).isEmpty();
    assertThat(run(rule, year(M1, 2018, "M-2", 2018))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void effective_date_switch_on_the_profile_date() {
    assertThat(run(rule, year(LocalDate.of(2024, 11, 7), 2023, null, null))).singleElement()
        .satisfies(f -> assertThat(f.getCitation()).isEqualTo(BudgetParameters.SUPERVISION_2006_AUDIT));
    assertThat(run(rule, year(LocalDate.of(2024, 11, 8), 2023, null, null))).singleElement()
        .satisfies(f -> assertThat(f.getCitation()).isEqualTo(BudgetParameters.SUPERVISION_2024_AUDIT));
    JurisdictionProfile later = JurisdictionProfile.builder("later", "另定", "Later")
        .effectiveDate(Laws.SUPERVISION_LAW_2024, LocalDate.of(2025, 1, 1)).build();
    assertThat(run(rule, year(LocalDate.of(2024, 12, 31), 2023, null, null), later)).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2006));
    assertThat(run(rule, year(LocalDate.of(2025, 1, 1), 2024, null, null), later)).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2024));
  }

  @Test
  void before_the_2006_law_took_effect_there_is_no_finding() {
    assertThat(run(rule, year(LocalDate.of(2006, 12, 31), 2005, null, null))).isEmpty();
    assertThat(run(rule, year(LocalDate.of(2007, 1, 1), 2006, null, null))).hasSize(1);
  }

  @Test
  void missing_fiscal_year_on_the_final_accounts_cannot_tell() {
    assertThat(run(rule, year(M1, null, "M-1", 2018))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("fiscalYear");
    });
  }

  @Test
  void missing_fiscal_year_on_the_audit_report_cannot_tell() {
    assertThat(run(rule, year(M1, 2018, "M-1", null))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("fiscalYear");
      assertThat(f.getFoundZh()).isEqualTo("审计工作报告WR-2未载明所属年度");
    });
    assertThat(run(rule, year(M1, 2018, "M-2", null))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL));
  }

  @Test
  void no_audit_report_at_all_needs_no_fiscal_year() {
    assertThat(run(rule, year(M1, null, null, null))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void an_audit_report_without_final_accounts_is_left_to_budg_001() {
    var audit = report("WR-2", WorkReportKind.AUDIT, StateOrgan.GOVERNMENT, M1).fiscalYear(Year.of(2018)).build();
    assertThat(run(rule, yearOf(2019).withMeetings(meeting("M-1", M1).build()).withWorkReports(audit))).isEmpty();
  }

  @Test
  void registered_in_the_family() {
    assertThat(BudgetRules.rules()).extracting(r -> r.getId()).contains("BUDG-006");
  }

  @Test
  void golden_message() {
    Finding f = run(rule, year(M1, 2018, null, null)).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[BUDG-006] 违反规定：审查和批准决算的同时听取和审议审计工作报告（监督法（2006）第十九条）WorkReport WR-1："
            + "应当在审查和批准2018年度决算的同一次会议（M-1，2019-08-28）上听取和审议关于2018年度预算执行和其他财政收支的"
            + "审计工作报告，实际2019年未见关于2018年度的审计工作报告");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[BUDG-006] violation: Audit report heard with the final accounts (Supervision Law (2006) Art. 19) at "
            + "WorkReport WR-1: expected the audit report on the 2018 budget execution and other fiscal revenue and "
            + "expenditure heard at the same meeting as the 2018 final accounts (M-1, 2019-08-28) but found no audit "
            + "report on 2018 heard in 2019");
  }

  @Test
  void golden_message_under_the_2024_law() {
    Finding f = run(rule, year(LocalDate.of(2025, 8, 28), 2024, "M-2", 2024)).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[BUDG-006] 提示：审查和批准决算的同时听取和审议审计工作报告（监督法（2024）第二十七条第一款）WorkReport WR-1："
            + "应当在审查和批准2024年度决算的同一次会议（M-1，2025-08-28）上听取和审议关于2024年度预算执行和其他财政收支的"
            + "审计工作报告，实际审计工作报告WR-2在另一次会议（M-2，2025-10-25）上听取");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[BUDG-006] warning: Audit report heard with the final accounts (Supervision Law (2024) Art. 27(1)) at "
            + "WorkReport WR-1: expected the audit report on the 2024 budget execution and other fiscal revenue and "
            + "expenditure heard at the same meeting as the 2024 final accounts (M-1, 2025-08-28) but found audit "
            + "report WR-2 heard at another meeting (M-2, 2025-10-25)");
  }
}

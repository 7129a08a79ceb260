package io.github.peoplecongress.rules.budget;

import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * BUDG-006 审查和批准决算的同时听取和审议审计工作报告 — when the committee approves the final accounts it hears, at the
 * same time, the audit report on the previous year's budget execution and other fiscal revenue and expenditure.
 *
 * <p>监督法（2024）第二十七条第一款 (= 2006 第十九条)：「常务委员会每年审查和批准决算的同时，听取和审议本级人民政府提出的审计机关关于上一年度
 * 预算执行和其他财政收支的审计工作报告。」 See also 预算法第七十九条第二款：「县级以上各级人民代表大会常务委员会应当结合本级政府提出的上一年度预算执行和
 * 其他财政收支的审计工作报告，对本级决算草案进行审查。」
 *
 * <p>Readings: 「同时」 means that the {@code AUDIT} report whose {@code fiscalYear} equals the {@code fiscalYear} of the
 * {@code FINAL_ACCOUNTS} report is heard at the same committee meeting ({@code meetingId}); heard at another meeting of
 * the same year is a warning; not heard in the year once the year is over by the "as of" date is a violation, and
 * before that a warning (it was not heard at the same meeting). The provision applied is the one in force on the day
 * the final accounts were heard (the opening day of their meeting, else the report's own date). A missing
 * {@code fiscalYear} on the final accounts, or on an audit report that could be the matching one, is cannot-tell;
 * a year with no audit report at all does not need it. A year with an audit report but no final accounts is left to
 * BUDG-001.
 */
public final class FinalAccountsAuditReportRule extends Rule {
  /** Creates the rule. */
  public FinalAccountsAuditReportRule() {
    super("BUDG-006", "审查和批准决算的同时听取和审议审计工作报告", "Audit report heard with the final accounts",
        List.of(RuleVersion.of(BudgetParameters.SUPERVISION_2006_AUDIT),
            RuleVersion.of(BudgetParameters.SUPERVISION_2024_AUDIT)),
        List.of(),
        List.of("同时 (at the same time): the audit report for the same fiscal year as the final accounts is heard at "
                + "the same committee meeting.",
            "An audit report for that fiscal year heard at another meeting of the same year is a warning.",
            "No audit report for that fiscal year in the year, once the year is over by the as-of date, is a "
                + "violation; before that, a warning.",
            "The version applied is the one in force on the day the final accounts were heard.",
            "A missing fiscalYear on the final accounts, or on an audit report that could match, is cannot-tell."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<WorkReport> finalAccounts = new ArrayList<>();
    Map<Year, List<WorkReport>> auditsByYear = new HashMap<>();
    Map<Year, List<MeetingId>> auditMeetingsByYear = new HashMap<>();
    List<WorkReport> auditsWithoutYear = new ArrayList<>();
    Map<MeetingId, List<WorkReport>> auditsWithoutYearByMeeting = new HashMap<>();
    for (WorkReport report : context.getRecords().getWorkReports()) {
      if (report.getKind() == WorkReportKind.FINAL_ACCOUNTS) {
        finalAccounts.add(report);
      } else if (report.getKind() == WorkReportKind.AUDIT) {
        if (report.getFiscalYear().isPresent()) {
          auditsByYear.computeIfAbsent(report.getFiscalYear().get(), y -> new ArrayList<>()).add(report);
          auditMeetingsByYear.computeIfAbsent(report.getFiscalYear().get(), y -> new ArrayList<>())
              .add(report.getMeetingId());
        } else {
          auditsWithoutYear.add(report);
          auditsWithoutYearByMeeting.computeIfAbsent(report.getMeetingId(), m -> new ArrayList<>()).add(report);
        }
      }
    }
    boolean anyAudit = !auditsByYear.isEmpty() || !auditsWithoutYear.isEmpty();
    List<Finding> findings = new ArrayList<>();
    for (WorkReport accounts : finalAccounts) {
      LocalDate day = context.getIndex().find(accounts.getMeetingId(), Meeting.class).map(Meeting::getDate)
          .orElse(accounts.getDate());
      Optional<RuleVersion> version = versionOn(day, context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      int year = day.getYear();
      boolean yearOver = context.getAsOf().isAfter(LocalDate.of(year, 12, 31));
      Citation citation = version.get().getCitation();
      MeetingId meeting = accounts.getMeetingId();
      Optional<Year> fiscalYear = accounts.getFiscalYear();
      String fyZh = fiscalYear.map(y -> y + "年度").orElse("同一年度");
      String fyEn = fiscalYear.map(y -> "the " + y).orElse("the same year's");
      String expectedZh = "在审查和批准" + fiscalYear.map(y -> y + "年度").orElse("") + "决算的同一次会议（" + meeting + "，" + day
          + "）上听取和审议关于" + fyZh + "预算执行和其他财政收支的审计工作报告";
      String expectedEn = "the audit report on " + fyEn + " budget execution and other fiscal revenue and expenditure "
          + "heard at the same meeting as the " + fiscalYear.map(y -> y + " ").orElse("") + "final accounts ("
          + meeting + ", " + day + ")";
      if (fiscalYear.isEmpty()) {
        if (anyAudit) {
          findings.add(finding(Severity.CANNOT_TELL, citation, label(accounts), day)
              .expectedZh(expectedZh).foundZh("决算未载明所属年度，无法确定对应的审计工作报告")
              .expectedEn(expectedEn).foundEn("the final accounts do not state their fiscal year, so the matching "
                  + "audit report cannot be identified")
              .addMissingFacts("fiscalYear").build());
        } else if (yearOver) {
          findings.add(finding(Severity.VIOLATION, citation, label(accounts), day)
              .expectedZh(expectedZh).foundZh(year + "年未见审计工作报告")
              .expectedEn(expectedEn).foundEn("no audit report heard in " + year).build());
        } else {
          findings.add(finding(Severity.WARNING, citation, label(accounts), day)
              .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "未见审计工作报告")
              .expectedEn(expectedEn).foundEn("no audit report heard by " + context.getAsOf()).build());
        }
        continue;
      }
      List<WorkReport> matching = auditsByYear.getOrDefault(fiscalYear.get(), List.of());
      if (auditMeetingsByYear.getOrDefault(fiscalYear.get(), List.of()).contains(meeting)) {
        continue;
      }
      List<WorkReport> unknownHere = auditsWithoutYearByMeeting.getOrDefault(meeting, List.of());
      List<WorkReport> unknown = unknownHere.isEmpty() ? auditsWithoutYear : unknownHere;
      if (!unknownHere.isEmpty() || (matching.isEmpty() && !unknown.isEmpty())) {
        String ids = unknown.stream().map(a -> a.getId().toString()).collect(Collectors.joining("、"));
        String idsEn = unknown.stream().map(a -> a.getId().toString()).collect(Collectors.joining(", "));
        findings.add(finding(Severity.CANNOT_TELL, citation, label(accounts), day)
            .expectedZh(expectedZh).foundZh("审计工作报告" + ids + "未载明所属年度")
            .expectedEn(expectedEn).foundEn("audit report " + idsEn + " does not state its fiscal year")
            .addMissingFacts("fiscalYear").build());
        continue;
      }
      if (!matching.isEmpty()) {
        WorkReport audit = matching.get(0);
        findings.add(finding(Severity.WARNING, citation, label(accounts), day)
            .expectedZh(expectedZh)
            .foundZh("审计工作报告" + audit.getId() + "在另一次会议（" + audit.getMeetingId() + "，" + audit.getDate()
                + "）上听取")
            .expectedEn(expectedEn)
            .foundEn("audit report " + audit.getId() + " heard at another meeting (" + audit.getMeetingId() + ", "
                + audit.getDate() + ")")
            .build());
      } else if (yearOver) {
        findings.add(finding(Severity.VIOLATION, citation, label(accounts), day)
            .expectedZh(expectedZh).foundZh(year + "年未见关于" + fiscalYear.get() + "年度的审计工作报告")
            .expectedEn(expectedEn).foundEn("no audit report on " + fiscalYear.get() + " heard in " + year).build());
      } else {
        findings.add(finding(Severity.WARNING, citation, label(accounts), day)
            .expectedZh(expectedZh)
            .foundZh("至" + context.getAsOf() + "未见关于" + fiscalYear.get() + "年度的审计工作报告")
            .expectedEn(expectedEn)
            .foundEn("no audit report on " + fiscalYear.get() + " heard by " + context.getAsOf()).build());
      }
    }
    return findings;
  }
}

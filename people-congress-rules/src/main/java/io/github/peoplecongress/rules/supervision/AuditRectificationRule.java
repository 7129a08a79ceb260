package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.period.Deadline;
import io.github.peoplecongress.rules.period.UncoveredDateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SUPV-005 审计查出问题整改情况报告六个月内听取 — the committee hears the report on rectifying the audit findings within
 * six months of the audit report (only from the 2024 revision).
 *
 * <p>监督法（2024）第二十七条第二款：「常务委员会在听取和审议审计工作报告后的六个月内，听取和审议本级人民政府关于审计查出问题整改情况的
 * 报告。」 The 2006 law has no such period; an audit report heard before the 2024 version applies (effective date
 * UNVERIFIED, default 2024-11-08, movable by profile) is outside the rule.
 *
 * <p>Readings: the period runs from the day the audit report was heard, counted in months by 民法典第二百零一条至第二百零三条
 * (parameter {@code supervision.auditRectificationMonths}). Every audit report of the records is checked: a
 * rectification report referring to it ({@code auditReportId}) heard after the last day is a violation, whichever
 * year's records it is in; none by the "as of" date once the last day has passed is a violation; none while the
 * period still runs past the as-of date is pending, with its last day. A rectification report whose audit report is
 * not named or not in the records is "cannot tell" when it could fall under the rule; it may be the one an audit
 * report lacks, so no absence is then reported.
 */
public final class AuditRectificationRule extends Rule {
  /** Creates the rule. */
  public AuditRectificationRule() {
    super("SUPV-005", "审计查出问题整改情况报告六个月内听取", "Audit rectification report within six months",
        List.of(RuleVersion.of(SupervisionParameters.SUPERVISION_2024_ART27_2)),
        List.of(SupervisionParameters.AUDIT_RECTIFICATION_MONTHS),
        List.of("The period runs from the day the audit report was heard, in months by Civil Code Arts. 201-203.",
            "A rectification report heard next year counts; a last day after the as-of date is pending.",
            "Audit reports heard before the 2024 revision applies are outside the rule."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    Map<WorkReportId, WorkReport> rectificationByAudit = new HashMap<>();
    boolean unlinked = false;
    for (WorkReport report : context.getRecords().getWorkReports()) {
      if (report.getKind() != WorkReportKind.AUDIT_RECTIFICATION) {
        continue;
      }
      Optional<WorkReport> audit = report.getAuditReportId().flatMap(id -> context.getIndex().find(id, WorkReport.class));
      if (audit.isPresent()) {
        rectificationByAudit.merge(audit.get().getId(), report,
            (a, b) -> a.getDate().isBefore(b.getDate()) ? a : b);
      } else {
        unlinked = true;
        Optional<RuleVersion> version = versionOn(report.getDate(), context.getProfile());
        if (version.isPresent()) {
          findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(report), report.getDate())
              .expectedZh("在听取审计工作报告后的六个月内听取整改情况报告")
              .foundZh("未记录或未找到所对应的审计工作报告")
              .expectedEn("the rectification report heard within six months of the audit report")
              .foundEn("the audit report it follows up is not named or not in the records")
              .addMissingFacts("auditReportId").build());
        }
      }
    }
    for (WorkReport audit : context.getRecords().getWorkReports()) {
      if (audit.getKind() != WorkReportKind.AUDIT) {
        continue;
      }
      LocalDate heard = audit.getDate();
      Optional<RuleVersion> version = versionOn(heard, context.getProfile());
      Optional<Integer> months = context.valueOn(SupervisionParameters.AUDIT_RECTIFICATION_MONTHS, heard);
      if (version.isEmpty() || months.isEmpty()) {
        continue;
      }
      Citation citation = version.get().getCitation();
      Deadline deadline;
      try {
        deadline = context.getPeriods().lastDayOfMonths(heard, months.get());
      } catch (UncoveredDateException e) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(audit), heard)
            .expectedZh("在" + heard + "听取审计工作报告后的" + months.get() + "个月内听取整改情况报告")
            .foundZh("节假日日历未覆盖所需日期（" + e.getMessage() + "）")
            .expectedEn("the rectification report within " + months.get() + " months of " + heard)
            .foundEn("the holiday calendar does not cover the days needed").addMissingFacts("holidayCalendar").build());
        continue;
      }
      LocalDate last = deadline.lastDay();
      String expectedZh = "在" + heard + "听取审计工作报告后的" + months.get() + "个月内（至" + last + "）听取审计查出问题整改情况报告";
      String expectedEn = "the audit rectification report heard within " + months.get() + " months of the audit report "
          + "of " + heard + " (by " + last + ")";
      WorkReport rectification = rectificationByAudit.get(audit.getId());
      if (rectification != null && rectification.getDate().isAfter(last)) {
        findings.add(finding(Severity.VIOLATION, citation, label(audit), heard)
            .expectedZh(expectedZh).foundZh(rectification.getDate() + "听取（" + rectification.getId() + "）")
            .expectedEn(expectedEn).foundEn("heard on " + rectification.getDate() + " (" + rectification.getId() + ")")
            .build());
      } else if (rectification == null && !unlinked && context.getAsOf().isAfter(last)) {
        findings.add(finding(Severity.VIOLATION, citation, label(audit), heard)
            .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "未见整改情况报告")
            .expectedEn(expectedEn).foundEn("no rectification report recorded up to " + context.getAsOf()).build());
      } else if (rectification == null && !unlinked) {
        findings.add(pending(citation, label(audit), heard, last)
            .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "尚未听取，期限未届满")
            .expectedEn(expectedEn).foundEn("not yet heard as of " + context.getAsOf() + ", before the period ends")
            .build());
      }
    }
    return findings;
  }
}

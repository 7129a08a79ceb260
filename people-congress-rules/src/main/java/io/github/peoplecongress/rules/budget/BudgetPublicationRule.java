package io.github.peoplecongress.rules.budget;

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
import java.util.List;
import java.util.Optional;

/**
 * BUDG-005 批准后二十日内向社会公开 — budget adjustments, final accounts and budget execution reports approved by the
 * committee are published within twenty days.
 *
 * <p>预算法（2018）第十四条第一款：「经本级人民代表大会或者本级人民代表大会常务委员会批准的预算、预算调整、决算、预算执行情况的报告及报表，
 * 应当在批准后二十日内由本级政府财政部门向社会公开」 (2014 text assumed the same, UNVERIFIED).
 *
 * <p>Readings: the approval day is the day the report was heard ({@code date}); the period is counted by
 * 民法典第二百零一条、第二百零三条 (parameter {@code budget.publicationDays}). A {@code publishedDate} after the last day is a
 * violation; none recorded when the last day has passed by the "as of" date is a violation (the records are complete
 * up to it); before that, pending with the last day.
 */
public final class BudgetPublicationRule extends Rule {
  /** Creates the rule. */
  public BudgetPublicationRule() {
    super("BUDG-005", "批准后二十日内向社会公开", "Publication within 20 days of approval",
        List.of(RuleVersion.of(BudgetParameters.BUDGET_2014_ART14), RuleVersion.of(BudgetParameters.BUDGET_2018_ART14)),
        List.of(BudgetParameters.PUBLICATION_DAYS),
        List.of("The approval day is the day the report was heard.",
            "The period is counted by Civil Code Arts. 201 and 203.",
            "No publication recorded once the period ran out by the as-of date is a violation."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (WorkReport report : context.getRecords().getWorkReports()) {
      WorkReportKind kind = report.getKind();
      if (kind != WorkReportKind.FINAL_ACCOUNTS && kind != WorkReportKind.BUDGET_ADJUSTMENT
          && kind != WorkReportKind.BUDGET_EXECUTION) {
        continue;
      }
      LocalDate approved = report.getDate();
      Optional<RuleVersion> version = versionOn(approved, context.getProfile());
      Optional<Integer> days = context.valueOn(BudgetParameters.PUBLICATION_DAYS, approved);
      if (version.isEmpty() || days.isEmpty()) {
        continue;
      }
      Citation citation = version.get().getCitation();
      Deadline deadline;
      try {
        deadline = context.getPeriods().lastDayOfDays(approved, days.get());
      } catch (UncoveredDateException e) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(report), approved)
            .expectedZh("在" + approved + "批准后" + days.get() + "日内向社会公开")
            .foundZh("节假日日历未覆盖所需日期（" + e.getMessage() + "）")
            .expectedEn("publication within " + days.get() + " days of approval on " + approved)
            .foundEn("the holiday calendar does not cover the days needed").addMissingFacts("holidayCalendar").build());
        continue;
      }
      LocalDate last = deadline.lastDay();
      String expectedZh = "在" + approved + "批准后" + days.get() + "日内（至" + last + "）向社会公开" + kind.getLabel();
      String expectedEn = "publication within " + days.get() + " days of approval on " + approved + " (by " + last + ")";
      if (report.getPublishedDate().isPresent() && report.getPublishedDate().get().isAfter(last)) {
        findings.add(finding(Severity.VIOLATION, citation, label(report), approved)
            .expectedZh(expectedZh).foundZh(report.getPublishedDate().get() + "公开")
            .expectedEn(expectedEn).foundEn("published on " + report.getPublishedDate().get()).build());
      } else if (report.getPublishedDate().isEmpty() && context.getAsOf().isAfter(last)) {
        findings.add(finding(Severity.VIOLATION, citation, label(report), approved)
            .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "未见公开记录")
            .expectedEn(expectedEn).foundEn("no publication recorded by " + context.getAsOf()).build());
      } else if (report.getPublishedDate().isEmpty()) {
        findings.add(pending(citation, label(report), approved, last)
            .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "尚未公开，期限未届满")
            .expectedEn(expectedEn).foundEn("not yet published as of " + context.getAsOf() + ", before the period ends")
            .build());
      }
    }
    return findings;
  }
}

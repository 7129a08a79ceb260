package io.github.peoplecongress.rules.budget;

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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Base of the rules that a report is heard every year between June and September: each report of the kind must be
 * heard at a meeting whose opening day lies in the window; a year whose window has closed by the "as of" date without
 * any such report is a violation.
 */
abstract class WindowRule extends Rule {
  private final WorkReportKind kind;
  private final String nameZh;
  private final String nameEn;

  WindowRule(String id, String titleZh, String titleEn, List<RuleVersion> versions, WorkReportKind kind,
      String nameZh, String nameEn) {
    super(id, titleZh, titleEn, versions, List.of(BudgetParameters.WINDOW_FROM_MONTH, BudgetParameters.WINDOW_TO_MONTH),
        List.of("The report is placed by the opening day of the meeting it refers to (else its own date).",
            "六月至九月期间: from 1 June to 30 September inclusive.",
            "A year whose window closed by the as-of date without such a report is a violation."));
    this.kind = kind;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  @Override
  public final List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    int year = context.getYear().getYear().getValue();
    boolean seen = false;
    for (WorkReport report : context.getYear().getWorkReports()) {
      if (report.getKind() != kind) {
        continue;
      }
      seen = true;
      LocalDate day = context.getIndex().find(report.getMeetingId(), Meeting.class).map(Meeting::getDate)
          .orElse(report.getDate());
      Optional<RuleVersion> version = versionOn(day, context.getProfile());
      Optional<Integer> from = context.valueOn(BudgetParameters.WINDOW_FROM_MONTH, day);
      Optional<Integer> to = context.valueOn(BudgetParameters.WINDOW_TO_MONTH, day);
      if (version.isEmpty() || from.isEmpty() || to.isEmpty()) {
        continue;
      }
      if (day.getMonthValue() < from.get() || day.getMonthValue() > to.get()) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(report), day)
            .expectedZh("在每年" + from.get() + "月至" + to.get() + "月期间提请审议" + nameZh)
            .foundZh(day + "提请审议")
            .expectedEn("the " + nameEn + " put before the committee between month " + from.get() + " and month "
                + to.get())
            .foundEn("put before the committee on " + day).build());
      }
    }
    LocalDate windowEnd = YearMonth.of(year, 9).atEndOfMonth();
    Optional<Integer> to = context.valueOn(BudgetParameters.WINDOW_TO_MONTH, windowEnd);
    if (to.isPresent()) {
      windowEnd = YearMonth.of(year, to.get()).atEndOfMonth();
    }
    Optional<RuleVersion> version = versionOn(windowEnd, context.getProfile());
    if (!seen && version.isPresent() && to.isPresent() && context.getAsOf().isAfter(windowEnd)) {
      Citation citation = version.get().getCitation();
      int from = context.valueOn(BudgetParameters.WINDOW_FROM_MONTH, windowEnd).orElse(6);
      findings.add(finding(Severity.VIOLATION, citation, "CommitteeYear " + year, windowEnd)
          .expectedZh(year + "年" + from + "月至" + to.get() + "月期间提请审议" + nameZh)
          .foundZh(year + "年未见" + nameZh + "的记录")
          .expectedEn("the " + nameEn + " put before the committee between month " + from + " and month " + to.get()
              + " of " + year)
          .foundEn("no " + nameEn + " recorded in " + year).build());
    }
    return findings;
  }
}

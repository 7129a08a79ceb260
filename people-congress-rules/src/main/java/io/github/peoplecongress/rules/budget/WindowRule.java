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
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    Set<Integer> yearsSeen = new HashSet<>();
    for (WorkReport report : context.getRecords().getWorkReports()) {
      if (report.getKind() != kind) {
        continue;
      }
      LocalDate day = context.getIndex().find(report.getMeetingId(), Meeting.class).map(Meeting::getDate)
          .orElse(report.getDate());
      yearsSeen.add(day.getYear());
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
    for (Year checked : context.yearsChecked()) {
      if (!yearsSeen.contains(checked.getValue())) {
        missingInYear(context, checked.getValue()).ifPresent(findings::add);
      }
    }
    return findings;
  }

  /** The finding for a year with no such report: a violation once the window has closed, pending before. */
  private Optional<Finding> missingInYear(RuleContext context, int year) {
    LocalDate windowEnd = YearMonth.of(year, 9).atEndOfMonth();
    Optional<Integer> to = context.valueOn(BudgetParameters.WINDOW_TO_MONTH, windowEnd);
    if (to.isPresent()) {
      windowEnd = YearMonth.of(year, to.get()).atEndOfMonth();
    }
    Optional<RuleVersion> version = versionOn(windowEnd, context.getProfile());
    if (version.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    Citation citation = version.get().getCitation();
    int from = context.valueOn(BudgetParameters.WINDOW_FROM_MONTH, windowEnd).orElse(6);
    LocalDate windowStart = YearMonth.of(year, from).atDay(1);
    String expectedZh = year + "年" + from + "月至" + to.get() + "月期间提请审议" + nameZh;
    String expectedEn = "the " + nameEn + " put before the committee between month " + from + " and month " + to.get()
        + " of " + year;
    String record = "CommitteeRecords " + year;
    if (windowStart.isBefore(context.getRecords().getSpan().getFrom())) {
      return Optional.of(finding(Severity.CANNOT_TELL, citation, record, windowEnd)
          .expectedZh(expectedZh).foundZh("记录自" + context.getRecords().getSpan().getFrom() + "起才完整，未见" + nameZh)
          .expectedEn(expectedEn).foundEn("no " + nameEn + " recorded, and the records are complete only from "
              + context.getRecords().getSpan().getFrom())
          .addMissingFacts("$.workReports").build());
    }
    if (!context.getAsOf().isAfter(windowEnd)) {
      return Optional.of(pending(citation, record, windowStart, windowEnd)
          .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "尚未提请审议")
          .expectedEn(expectedEn).foundEn("not yet put before the committee as of " + context.getAsOf()).build());
    }
    return Optional.of(finding(Severity.VIOLATION, citation, record, windowEnd)
        .expectedZh(expectedZh).foundZh(year + "年未见" + nameZh + "的记录")
        .expectedEn(expectedEn).foundEn("no " + nameEn + " recorded in " + year).build());
  }
}

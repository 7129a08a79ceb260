package io.github.peoplecongress.rules.budget;

import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Base of the rules that a draft goes to the committee's working body 「三十日前」 of the meeting that reviews it, read
 * from the report's {@code preliminaryReviewDate} and the opening day of its meeting, with the context's
 * {@code PeriodCalculator#latestDayBefore} reading of 「N日前」. A missing date is "cannot tell".
 */
abstract class PreliminaryReviewRule extends Rule {
  private final WorkReportKind kind;
  private final Parameter<Integer> days;
  private final String nameZh;
  private final String nameEn;

  PreliminaryReviewRule(String id, String titleZh, String titleEn, List<RuleVersion> versions, WorkReportKind kind,
      Parameter<Integer> days, String nameZh, String nameEn) {
    super(id, titleZh, titleEn, versions, List.of(days),
        List.of("The meeting day is the opening day of the meeting the report refers to.",
            "N日前 follows the period calculator's BeforeReading (default: event minus N days).",
            "A missing preliminaryReviewDate is cannot tell."));
    this.kind = kind;
    this.days = days;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  @Override
  public final List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (WorkReport report : context.getRecords().getWorkReports()) {
      if (report.getKind() != kind) {
        continue;
      }
      LocalDate day = context.getIndex().find(report.getMeetingId(), Meeting.class).map(Meeting::getDate)
          .orElse(report.getDate());
      Optional<RuleVersion> version = versionOn(day, context.getProfile());
      Optional<Integer> n = context.valueOn(days, day);
      if (version.isEmpty() || n.isEmpty()) {
        continue;
      }
      LocalDate latest = context.getPeriods().latestDayBefore(day, n.get());
      String expectedZh = "在" + day + "会议的" + n.get() + "日前（至迟" + latest + "）将" + nameZh + "送交有关工作机构征求意见";
      String expectedEn = "the " + nameEn + " sent to the working body " + n.get() + " days before the meeting of " + day
          + " (by " + latest + ")";
      if (report.getPreliminaryReviewDate().isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(report), day)
            .expectedZh(expectedZh).foundZh("未记录送交日期").expectedEn(expectedEn).foundEn("no date recorded")
            .addMissingFacts("preliminaryReviewDate").build());
      } else if (report.getPreliminaryReviewDate().get().isAfter(latest)) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(report), day)
            .expectedZh(expectedZh).foundZh(report.getPreliminaryReviewDate().get() + "送交")
            .expectedEn(expectedEn).foundEn("sent on " + report.getPreliminaryReviewDate().get()).build());
      }
    }
    return findings;
  }
}

package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.supervision.DeliberationOpinion;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.period.Deadline;
import io.github.peoplecongress.rules.period.UncoveredDateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SUPV-003 审议意见研究处理情况报告的期限（地方规定） — where a local rule fixes it, the organ reports in writing on its
 * handling of the deliberation opinions within a fixed period.
 *
 * <p>National law fixes no period (监督法 2024 第十七条、第二十九条、第三十七条; statutes.md §2.7), so under the national
 * profile the parameters are empty and the rule finds nothing. 河南省实施《监督法》办法（2015）：第十一条「报告机关应当在收到审议意见后
 * 三个月内，将审议意见研究处理情况向常务委员会提出书面报告。」；第二十条 (plan: 「人民政府应当在三个月内将研究处理情况向常务委员会提出书面
 * 报告。」)；第三十条第二款 (budget execution and audit: 「人民政府应当在两个月内」)；第四十四条 (inspections: 「应当在三个月内」).
 *
 * <p>Readings: the period runs from the day the opinions were sent ({@code sentDate}, taken as the day of receipt),
 * counted in months by 民法典第二百零一条至第二百零三条. No handling report recorded when the period has run out by
 * the "as of" date is a violation; before that, no finding. Opinions from special inquiries and on other reports have
 * no fixed period. The finding cites the local article that fixes the period.
 */
public final class HandlingReportPeriodRule extends Rule {
  /** Creates the rule. */
  public HandlingReportPeriodRule() {
    super("SUPV-003", "审议意见研究处理情况报告的期限", "Period for the report on handling deliberation opinions",
        List.of(RuleVersion.of(SupervisionParameters.HENAN_ART11)),
        List.of(SupervisionParameters.HANDLING_MONTHS_SPECIAL_REPORT, SupervisionParameters.HANDLING_MONTHS_PLAN,
            SupervisionParameters.HANDLING_MONTHS_FISCAL, SupervisionParameters.HANDLING_MONTHS_INSPECTION),
        List.of("National law sets no period; the rule applies only where a profile sets one (Henan).",
            "The period runs from sentDate (taken as receipt), in months by Civil Code Arts. 201-203.",
            "No handling report once the period ran out by the as-of date is a violation."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (DeliberationOpinion opinion : context.getRecords().getOpinions()) {
      LocalDate sent = opinion.getSentDate();
      Optional<OpinionSubject> subject = OpinionSubject.of(opinion, context.getIndex());
      if (subject.isEmpty()) {
        continue;
      }
      Optional<Integer> months = context.valueOn(subject.get().months, sent);
      Optional<RuleVersion> version = versionOn(sent, context.getProfile());
      if (months.isEmpty() || version.isEmpty()) {
        continue;
      }
      var citation = context.getProfile().entryOn(subject.get().months, sent)
          .flatMap(entry -> entry.getCitation()).orElse(subject.get().citation);
      Deadline deadline;
      try {
        deadline = context.getPeriods().lastDayOfMonths(sent, months.get());
      } catch (UncoveredDateException e) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(opinion), sent)
            .expectedZh("在" + sent + "收到审议意见后" + months.get() + "个月内提出研究处理情况书面报告")
            .foundZh("节假日日历未覆盖所需日期（" + e.getMessage() + "）")
            .expectedEn("a written handling report within " + months.get() + " months of " + sent)
            .foundEn("the holiday calendar does not cover the days needed (" + e.getMessage() + ")")
            .addMissingFacts("holidayCalendar").build());
        continue;
      }
      LocalDate last = deadline.lastDay();
      String expectedZh = "在" + sent + "收到审议意见后" + months.get() + "个月内（至" + last + "）提出研究处理情况书面报告";
      String expectedEn = "a written handling report within " + months.get() + " months of receiving the opinions on "
          + sent + " (by " + last + ")";
      Optional<LocalDate> reported = opinion.getHandlingReportDate();
      if (reported.isPresent() && reported.get().isAfter(last)) {
        findings.add(finding(Severity.VIOLATION, citation, label(opinion), sent)
            .expectedZh(expectedZh).foundZh(reported.get() + "提出报告")
            .expectedEn(expectedEn).foundEn("the report on " + reported.get()).build());
      } else if (reported.isEmpty() && context.getAsOf().isAfter(last)) {
        findings.add(finding(Severity.VIOLATION, citation, label(opinion), sent)
            .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "未见研究处理情况报告")
            .expectedEn(expectedEn).foundEn("no handling report recorded by " + context.getAsOf()).build());
      } else if (reported.isEmpty()) {
        findings.add(pending(citation, label(opinion), sent, last)
            .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "尚未提出报告")
            .expectedEn(expectedEn).foundEn("no handling report yet as of " + context.getAsOf()).build());
      }
    }
    return findings;
  }
}

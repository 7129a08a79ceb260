package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.model.appraisal.AppraisalVote;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
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
 * A result that requires rectification is followed by a rectification report (基本满意的，报告机关应当整改).
 *
 * <p>安徽省人民代表大会常务委员会听取和审议专项工作报告及满意度测评暂行办法（草案）(2013, as reported; article number
 * UNVERIFIED): 「如果测评结果为“基本满意”，报告机关应当根据常委会审议意见进行整改。而如果测评结果为“不满意”，报告机关应当整改，
 * 并在下一次常委会会议上重作报告。」
 *
 * <p>Readings:
 * <ul>
 *   <li>Which results require rectification is the profile's: {@code appraisal.consequence.basicallySatisfied} and
 *       {@code appraisal.consequence.dissatisfied} ({@link AppraisalConsequence#RECTIFY}); nationally nothing, under
 *       "anhui" 基本满意 → rectify. A result requiring a repeated report is {@code APPR-007}'s.</li>
 *   <li>The result is the declared one, or, if none was declared, the one the tally gives under the result rule of
 *       {@code APPR-005}.</li>
 *   <li>Evidence of the report: {@code rectificationReportDate} or {@code reReportDate}.</li>
 *   <li>With a period ({@code appraisal.rectificationReportMonths}, none known): late or missing after the period is
 *       a violation, and pending while the period runs past {@code asOf}. Without a period: no report by the end of
 *       the year of the vote (judged once {@code asOf} reaches 31 December, pending before) is a warning.</li>
 * </ul>
 */
public final class AppraisalRectificationReportRule extends Rule {

  /** Creates the rule. */
  public AppraisalRectificationReportRule() {
    super("APPR-006", "测评结果要求整改的应报告整改情况", "Rectification reported after a result requiring it",
        List.of(RuleVersion.of(AppraisalCitations.ANHUI_CONSEQUENCES)),
        List.of(AppraisalParameters.ON_BASICALLY_SATISFIED, AppraisalParameters.ON_DISSATISFIED,
            AppraisalParameters.RECTIFICATION_REPORT_MONTHS),
        List.of("The result is the declared one, else the one the tally gives under APPR-005's result rule.",
            "Without a local period, a missing rectification report is a warning once the year of the vote is over, "
                + "pending before.",
            "The Anhui text is a 2013 draft reported in the press; its article number is unknown and cited as a "
                + "placeholder."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (WorkAppraisal appraisal : context.getRecords().getAppraisals()) {
      if (appraisal.getVote().isEmpty()) {
        continue;
      }
      AppraisalVote vote = appraisal.getVote().get();
      Optional<RuleVersion> version = versionOn(vote.getDate(), context.getProfile());
      Optional<SatisfactionGrade> result = result(context, vote);
      if (version.isEmpty() || result.isEmpty()
          || consequence(context, result.get(), vote.getDate()) != AppraisalConsequence.RECTIFY) {
        continue;
      }
      Optional<LocalDate> reported = appraisal.getRectificationReportDate().or(appraisal::getReReportDate);
      Optional<Integer> months = context.valueOn(AppraisalParameters.RECTIFICATION_REPORT_MONTHS, vote.getDate());
      String resultZh = "在测评结果为“" + result.get().getLabel() + "”（" + vote.getDate() + "）";
      String resultEn = "the result '" + SatisfactionResults.gradeEn(result.get()) + "' (" + vote.getDate() + ")";
      if (months.isPresent()) {
        Deadline deadline;
        try {
          deadline = context.getPeriods().lastDayOfMonths(vote.getDate(), months.get());
        } catch (UncoveredDateException e) {
          findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(appraisal), vote.getDate())
              .expectedZh(resultZh + "后" + months.get() + "个月内报告整改情况")
              .foundZh("节假日历未覆盖期间末日所在年份")
              .expectedEn("a rectification report within " + months.get() + " months after " + resultEn)
              .foundEn("the holiday calendar does not cover the last day of the period")
              .addAllMissingFacts(List.of("holidayCalendar")).build());
          continue;
        }
        boolean late = reported.map(date -> !deadline.isMetBy(date)).orElse(context.getAsOf().isAfter(deadline.lastDay()));
        if (reported.isEmpty() && !late) {
          findings.add(pending(version.get().getCitation(), label(appraisal), vote.getDate(), deadline.lastDay())
              .expectedZh(resultZh + "后" + months.get() + "个月内（至" + deadline.lastDay() + "）报告整改情况")
              .foundZh("至" + context.getAsOf() + "未见整改情况报告，期限未届满")
              .expectedEn("a rectification report within " + months.get() + " months after " + resultEn + " (by "
                  + deadline.lastDay() + ")")
              .foundEn("no rectification report as of " + context.getAsOf() + ", before the period ends")
              .build());
        } else if (late) {
          findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(appraisal), vote.getDate())
              .expectedZh(resultZh + "后" + months.get() + "个月内（至" + deadline.lastDay() + "）报告整改情况")
              .foundZh(reported.map(date -> date + "报告整改情况").orElse("至" + context.getAsOf() + "未见整改情况报告"))
              .expectedEn("a rectification report within " + months.get() + " months after " + resultEn + " (by "
                  + deadline.lastDay() + ")")
              .foundEn(reported.map(date -> "the report on " + date)
                  .orElse("no rectification report as of " + context.getAsOf()))
              .build());
        }
        continue;
      }
      LocalDate yearEnd = SatisfactionResults.yearEnd(vote.getDate());
      if (reported.isEmpty() && context.getAsOf().isBefore(yearEnd)) {
        findings.add(pending(version.get().getCitation(), label(appraisal), vote.getDate(), yearEnd)
            .expectedZh(resultZh + "后，被评议单位整改并报告整改情况")
            .foundZh("至" + context.getAsOf() + "未见整改情况报告")
            .expectedEn("the appraised organ to rectify and report the rectification after " + resultEn)
            .foundEn("no rectification report as of " + context.getAsOf())
            .build());
      } else if (reported.isEmpty()) {
        findings.add(finding(Severity.WARNING, version.get().getCitation(), label(appraisal), vote.getDate())
            .expectedZh(resultZh + "后，被评议单位整改并报告整改情况")
            .foundZh("至" + context.getAsOf() + "未见整改情况报告")
            .expectedEn("the appraised organ to rectify and report the rectification after " + resultEn)
            .foundEn("no rectification report as of " + context.getAsOf())
            .build());
      }
    }
    return findings;
  }

  static Optional<SatisfactionGrade> result(RuleContext context, AppraisalVote vote) {
    if (vote.getDeclaredResult().isPresent()) {
      return vote.getDeclaredResult();
    }
    return SatisfactionResults.resultRule(context, vote.getDate()).flatMap(rule -> rule.expected(vote.getTally()));
  }

  static AppraisalConsequence consequence(RuleContext context, SatisfactionGrade grade, LocalDate date) {
    switch (grade) {
      case BASICALLY_SATISFIED:
        return context.valueOn(AppraisalParameters.ON_BASICALLY_SATISFIED, date).orElse(AppraisalConsequence.NONE);
      case DISSATISFIED:
        return context.valueOn(AppraisalParameters.ON_DISSATISFIED, date).orElse(AppraisalConsequence.NONE);
      default:
        return AppraisalConsequence.NONE;
    }
  }
}

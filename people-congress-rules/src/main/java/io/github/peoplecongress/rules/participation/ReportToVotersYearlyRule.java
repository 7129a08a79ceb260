package io.github.peoplecongress.rules.participation;

import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each directly elected deputy reports to the voters of the original constituency every year (代表每年向原选区选民报告
 * 履职情况).
 *
 * <p>代表法（2015）第四十五条第二款: 「由选民直接选举的代表应当以多种方式向原选区选民报告履职情况。县级人民代表大会常务委员会和乡、
 * 民族乡、镇的人民代表大会主席团应当定期组织本级人民代表大会代表向原选区选民报告履职情况。」 （2025）第五十八条第二款: 「代表应当以
 * 多种方式向原选区选民或者原选举单位报告履职情况。县级以上的地方各级人民代表大会常务委员会和乡、民族乡、镇的人民代表大会主席团应当
 * 记录代表履职情况，定期组织本级人民代表大会代表向原选区选民或者原选举单位报告履职情况，并公示代表基本信息和履职信息。」
 *
 * <p>Readings:
 * <ul>
 *   <li>「定期」 is read as yearly ({@code participation.reportsToVotersPerYear}, default 1), after the committee's
 *       own norm 「每年定期回选区走访选民」; as the law fixes no interval, a shortfall is a warning.</li>
 *   <li>A report is a {@code REPORT_TO_VOTERS} activity of the deputy while in office.</li>
 *   <li>Deputies with a constituency (directly elected) only; the yearly target applies to deputies who served at
 *       least {@code participation.minDaysServedForYearlyTargets} days of the year, judged once that period has
 *       ended as of {@code asOf}.</li>
 * </ul>
 */
public final class ReportToVotersYearlyRule extends Rule {

  /** Creates the rule. */
  public ReportToVotersYearlyRule() {
    super("PART-003", "代表每年向原选区选民报告履职情况", "Each deputy reports to the voters every year",
        List.of(RuleVersion.of(ParticipationCitations.REPORT_2015), RuleVersion.of(ParticipationCitations.REPORT_2025)),
        List.of(ParticipationParameters.REPORTS_TO_VOTERS_PER_YEAR,
            ParticipationParameters.MIN_DAYS_SERVED_FOR_YEARLY_TARGETS),
        List.of("定期 read as yearly (the committee's own norm); the law fixes no interval, so a shortfall is a "
                + "warning.",
            "Directly elected deputies (with a constituency) only."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (ParticipationLedger.Line line : ParticipationLedger.yearly(context)) {
      Optional<Integer> min = context.valueOn(ParticipationParameters.REPORTS_TO_VOTERS_PER_YEAR, line.servedTo);
      Optional<RuleVersion> version = versionOn(line.servedTo, context.getProfile());
      if (min.isEmpty() || version.isEmpty() || line.deputy.getConstituencyId().isEmpty()
          || !ParticipationCitations.yearlyApplies(context, line) || line.reports >= min.get()) {
        continue;
      }
      findings.add(finding(Severity.WARNING, version.get().getCitation(), "Deputy " + line.deputy.getId(),
          line.servedTo)
          .expectedZh("在" + ParticipationCitations.periodZh(line) + "向原选区选民报告履职情况至少" + min.get() + "次")
          .foundZh("报告" + line.reports + "次")
          .expectedEn("at least " + min.get() + " reports to the voters of the constituency from "
              + ParticipationCitations.periodEn(line))
          .foundEn(line.reports + " reports")
          .build());
    }
    return findings;
  }
}

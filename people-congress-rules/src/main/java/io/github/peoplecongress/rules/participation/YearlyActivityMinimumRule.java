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
 * Each deputy takes part in at least {@code participation.minActivitiesPerYear} meetings or activities a year
 * (代表每年至少参加活动次数).
 *
 * <p>代表法（2015）第十九条第一款 / （2025）第二十五条第一款: 「县级以上的各级人民代表大会常务委员会组织本级人民代表大会代表开展
 * 闭会期间的活动。」
 *
 * <p>Readings:
 * <ul>
 *   <li>The number is a target (default 1, the library's), not set by law: a shortfall is a warning.</li>
 *   <li>What counts is what {@code PART-001} counts: committee meetings attended (列席 or as a member) and recorded
 *       activities, each meeting once, while the deputy held office.</li>
 *   <li>The yearly target applies to deputies who served at least {@code participation.minDaysServedForYearlyTargets}
 *       days (default 183) of the calendar year within the term, and is judged once their period served in the year
 *       has ended as of {@code asOf}.</li>
 * </ul>
 */
public final class YearlyActivityMinimumRule extends Rule {

  /** Creates the rule. */
  public YearlyActivityMinimumRule() {
    super("PART-002", "代表每年参加活动不少于规定次数", "Each deputy takes part in the minimum activities a year",
        List.of(RuleVersion.of(ParticipationCitations.RECESS_2015), RuleVersion.of(ParticipationCitations.RECESS_2025)),
        List.of(ParticipationParameters.MIN_ACTIVITIES_PER_YEAR,
            ParticipationParameters.MIN_DAYS_SERVED_FOR_YEARLY_TARGETS),
        List.of("A target, not a binding provision: a shortfall is a warning.",
            "Applies to deputies who served at least the minimum days of the year; judged once the period served in "
                + "the year has ended as of asOf."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (ParticipationLedger.Line line : ParticipationLedger.yearly(context)) {
      Optional<Integer> min = context.valueOn(ParticipationParameters.MIN_ACTIVITIES_PER_YEAR, line.servedTo);
      Optional<RuleVersion> version = versionOn(line.servedTo, context.getProfile());
      if (min.isEmpty() || version.isEmpty() || !ParticipationCitations.yearlyApplies(context, line)
          || line.participations.size() >= min.get()) {
        continue;
      }
      findings.add(finding(Severity.WARNING, version.get().getCitation(), "Deputy " + line.deputy.getId(),
          line.servedTo)
          .expectedZh("在" + ParticipationCitations.periodZh(line) + "至少列席常委会会议或参加活动" + min.get() + "次")
          .foundZh("列席常委会会议或参加活动" + line.participations.size() + "次")
          .expectedEn("at least " + min.get() + " committee meetings or activities from "
              + ParticipationCitations.periodEn(line))
          .foundEn(line.participations.size() + " committee meetings or activities")
          .build());
    }
    return findings;
  }
}

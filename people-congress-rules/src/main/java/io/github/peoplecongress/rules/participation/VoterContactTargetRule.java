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
 * Each deputy contacts at least the local target of voters a year (代表每年联系选民人数), where a local rule sets one.
 *
 * <p>代表法（2015）第二十条 / （2025）第二十六条: 「代表在闭会期间的活动以集体活动为主，以代表小组活动为基本形式。代表可以通过多种方式
 * 听取、反映原选区选民或者原选举单位的意见和要求。」
 *
 * <p>Readings:
 * <ul>
 *   <li>National law sets no number ({@code participation.minVotersContactedPerYear} none); a local target is a
 *       warning when missed.</li>
 *   <li>Contacts are the {@code votersContacted} of {@code VISIT_VOTERS}, {@code REPORT_TO_VOTERS} and
 *       {@code CONTACT_MASSES} activities of the deputy alone. Where the deputy's own total falls short but the deputy
 *       took part in such activities with others, or without a count, the count cannot be attributed: cannot tell
 *       ({@code votersContacted}).</li>
 *   <li>Applies as the other yearly targets do ({@code participation.minDaysServedForYearlyTargets}, judged once the
 *       period served in the year has ended).</li>
 * </ul>
 */
public final class VoterContactTargetRule extends Rule {

  /** Creates the rule. */
  public VoterContactTargetRule() {
    super("PART-004", "代表每年联系选民不少于规定人数", "Each deputy contacts the target number of voters a year",
        List.of(RuleVersion.of(ParticipationCitations.CONTACT_2015), RuleVersion.of(ParticipationCitations.CONTACT_2025)),
        List.of(ParticipationParameters.MIN_VOTERS_CONTACTED_PER_YEAR,
            ParticipationParameters.MIN_DAYS_SERVED_FOR_YEARLY_TARGETS),
        List.of("Only a local target; missing it is a warning.",
            "Contacts counted from the deputy's own activities; shared or uncounted activities make a shortfall "
                + "cannot tell."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (ParticipationLedger.Line line : ParticipationLedger.yearly(context)) {
      Optional<Integer> min = context.valueOn(ParticipationParameters.MIN_VOTERS_CONTACTED_PER_YEAR, line.servedTo);
      Optional<RuleVersion> version = versionOn(line.servedTo, context.getProfile());
      if (min.isEmpty() || version.isEmpty() || !ParticipationCitations.yearlyApplies(context, line)
          || line.contacts >= min.get()) {
        continue;
      }
      String expectedZh = "在" + ParticipationCitations.periodZh(line) + "联系选民不少于" + min.get() + "人";
      String expectedEn = "at least " + min.get() + " voters contacted from " + ParticipationCitations.periodEn(line);
      if (line.contactsComplete) {
        findings.add(finding(Severity.WARNING, version.get().getCitation(), "Deputy " + line.deputy.getId(),
            line.servedTo)
            .expectedZh(expectedZh).foundZh("联系选民" + line.contacts + "人")
            .expectedEn(expectedEn).foundEn(line.contacts + " voters contacted")
            .build());
      } else {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), "Deputy " + line.deputy.getId(),
            line.servedTo)
            .expectedZh(expectedZh)
            .foundZh("本人单独活动联系选民" + line.contacts + "人，另有多人参加或未记录人数的活动无法归属")
            .expectedEn(expectedEn)
            .foundEn(line.contacts + " voters in the deputy's own activities; shared or uncounted activities cannot "
                + "be attributed")
            .addMissingFacts("votersContacted")
            .build());
      }
    }
    return findings;
  }
}

package io.github.peoplecongress.rules.oath;

import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.period.Deadline;
import io.github.peoplecongress.rules.period.UncoveredDateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OATH-002: the constitutional oath is taken within a local number of days after the person is produced (北京).
 *
 * <p>北京市国家工作人员宪法宣誓组织办法第十三条: 「宪法宣誓应当在国家工作人员依照法定程序产生后及时进行，一般不超过三十日。」
 *
 * <p>National law sets no period (宪法宣誓制度的决定: 「在依照法定程序产生后」), so the rule applies only under a profile that
 * sets {@code oath.maxDaysAfterProduction}.
 *
 * <p>Readings:
 * <ul>
 *   <li>「一般不超过三十日」 is a soft norm: a later oath is a WARNING.</li>
 *   <li>The days run from the decision date (产生 = the vote), counted by 民法典第二百零一条 (the decision day is not
 *       counted) and 第二百零三条 (a last day on a rest day moves to the next working day): 30 days from 2019-03-02 end
 *       on 2019-04-01.</li>
 *   <li>An oath never taken is OATH-001's; this rule judges the date of an oath that was taken. People's assessors
 *       take their own oath and are outside this rule.</li>
 * </ul>
 */
public final class OathWithinDaysRule extends Rule {

  /** Creates the rule. */
  public OathWithinDaysRule() {
    super("OATH-002", "宪法宣誓时限", "Oath within the local number of days",
        List.of(RuleVersion.of(OathLaw.BEIJING_13)), List.of(OathParameters.MAX_DAYS),
        List.of("Applies only where a profile sets oath.maxDaysAfterProduction (北京: 30, 一般不超过: a warning).",
            "Days run from the decision date, not counted, with the last day moved off rest days (民法典 Arts. 201, 203).",
            "A missing oath is OATH-001's; this rule judges the date of an oath taken."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    OathRecords records = OathRecords.of(context);
    List<Finding> findings = new ArrayList<>();
    for (PersonnelAction action : context.getRecords().getPersonnelActions()) {
      if (!OathRecords.requiresOath(action) || OathRecords.kindFor(action) != OathKind.CONSTITUTIONAL) {
        continue;
      }
      LocalDate decided = action.getDecisionDate();
      Optional<DatedSeries.Entry<Integer>> entry = OathRecords.localEntry(context, OathParameters.MAX_DAYS, decided);
      Optional<OathCeremony> oath = records.oathFor(action);
      if (entry.isEmpty() || oath.isEmpty()) {
        continue;
      }
      int days = entry.get().getValue().orElseThrow();
      Citation citation = entry.get().getCitation().orElseThrow();
      LocalDate sworn = oath.get().getDate();
      String expectedZh = "在" + decided + "产生后" + days + "日内";
      String expectedEn = "the oath within " + days + " days after production on " + decided;
      Deadline deadline;
      try {
        deadline = context.getPeriods().lastDayOfDays(decided, days);
      } catch (UncoveredDateException e) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(action), decided)
            .expectedZh(expectedZh + "进行宪法宣誓").expectedEn(expectedEn)
            .foundZh("于" + sworn + "宣誓，但节假日日历未覆盖" + e.year() + "年，无法确定期限最后一日")
            .foundEn("the oath on " + sworn + ", but the holiday calendar does not cover " + e.year())
            .addMissingFacts("holidayCalendar " + e.year()).build());
        continue;
      }
      if (!deadline.isMetBy(sworn)) {
        findings.add(finding(Severity.WARNING, citation, label(action), decided)
            .expectedZh(expectedZh + "（至" + deadline.lastDay() + "）进行宪法宣誓")
            .expectedEn(expectedEn + " (until " + deadline.lastDay() + ")")
            .foundZh("于" + sworn + "宣誓（" + oath.get().getId() + "），超过" + days + "日")
            .foundEn("the oath on " + sworn + " (" + oath.get().getId() + "), after " + days + " days").build());
      }
    }
    return findings;
  }
}

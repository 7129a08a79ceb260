package io.github.peoplecongress.rules.suggestion;

import io.github.peoplecongress.model.deputywork.HandlingAssignment;
import io.github.peoplecongress.model.deputywork.Suggestion;
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
 * A handling unit that finds a suggestion outside its remit says so within five working days of receipt
 * (不属于本单位办理范围的，五个工作日内说明).
 *
 * <p>青岛市人民代表大会代表建议、批评和意见工作条例第十九条第一款: 「承办单位认为代表建议、批评和意见不属于本单位办理范围的，应当自收到
 * 之日起五个工作日内，向市人民代表大会常务委员会代表工作机构书面说明情况和理由。」
 *
 * <p>Readings: applied where {@code suggestion.remitDisputeWorkingDays} is set (under "qingdao": 5); the unit
 * receives the suggestion on the 交办 date; a {@code disputedDate} after the period is a violation; no
 * {@code assignedDate}: cannot tell.
 */
public final class RemitDisputeWithinWorkingDaysRule extends Rule {

  /** Creates the rule. */
  public RemitDisputeWithinWorkingDaysRule() {
    super("SUGG-003", "承办单位五个工作日内提出不属于本单位办理范围",
        "Remit disputes raised within five working days of receipt",
        List.of(RuleVersion.of(SuggestionCitations.QINGDAO_REMIT)),
        List.of(SuggestionParameters.REMIT_DISPUTE_WORKING_DAYS),
        List.of("The handling unit receives the suggestion on the assignment date."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Suggestion suggestion : context.getRecords().getSuggestions()) {
      for (int i = 0; i < suggestion.getHandlingAssignments().size(); i++) {
        HandlingAssignment assignment = suggestion.getHandlingAssignments().get(i);
        if (assignment.getDisputedDate().isEmpty()) {
          continue;
        }
        LocalDate disputed = assignment.getDisputedDate().get();
        LocalDate factDate = suggestion.getAssignedDate().orElse(disputed);
        Optional<Integer> days = context.valueOn(SuggestionParameters.REMIT_DISPUTE_WORKING_DAYS, factDate);
        Optional<RuleVersion> version = versionOn(factDate, context.getProfile());
        if (days.isEmpty() || version.isEmpty()) {
          continue;
        }
        String record = label(suggestion) + " " + assignment.getOrganizationId();
        if (suggestion.getAssignedDate().isEmpty()) {
          findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), record, disputed)
              .expectedZh("自收到之日起" + days.get() + "个工作日内书面说明不属于本单位办理范围")
              .foundZh(disputed + "提出不属于本单位办理范围，但未记录交办日期")
              .expectedEn("the remit dispute within " + days.get() + " working days of receipt")
              .foundEn("the dispute on " + disputed + " but no assignment date")
              .addMissingFacts("assignedDate").build());
          continue;
        }
        Deadline deadline;
        try {
          deadline = context.getPeriods().lastDayOfWorkingDays(factDate, days.get());
        } catch (UncoveredDateException e) {
          findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), record, factDate)
              .expectedZh("自" + factDate + "收到之日起" + days.get() + "个工作日内书面说明")
              .foundZh("节假日历未覆盖该年份，无法计算工作日")
              .expectedEn("the remit dispute within " + days.get() + " working days of receipt on " + factDate)
              .foundEn("the holiday calendar does not cover the year")
              .addMissingFacts("holidayCalendar").build());
          continue;
        }
        if (!deadline.isMetBy(disputed)) {
          findings.add(finding(Severity.VIOLATION, version.get().getCitation(), record, factDate)
              .expectedZh("自" + factDate + "收到之日起" + days.get() + "个工作日内（至" + deadline.lastDay()
                  + "）书面说明不属于本单位办理范围")
              .foundZh(disputed + "才书面说明")
              .expectedEn("the remit dispute within " + days.get() + " working days of receipt on " + factDate
                  + " (by " + deadline.lastDay() + ")")
              .foundEn("the dispute on " + disputed)
              .build());
        }
      }
    }
    return findings;
  }
}

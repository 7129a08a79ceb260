package io.github.peoplecongress.rules.suggestion;

import io.github.peoplecongress.model.deputywork.SubmissionPeriod;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.period.Deadline;
import io.github.peoplecongress.rules.period.UncoveredDateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recess suggestions are assigned within five working days of receipt (闭会期间代表建议五个工作日内交办).
 *
 * <p>青岛市人民代表大会代表建议、批评和意见工作条例第十四条: 「……代表在闭会期间提出的，由市人民代表大会常务委员会代表工作机构负责受理，
 * 并自收到之日起五个工作日内交办。」 (district suggestions 「可以参照本条例执行」, Art. 41).
 *
 * <p>Readings: applied where {@code suggestion.recessAssignWorkingDays} is set (under "qingdao": 5, from
 * 2021-09-01, Art. 42); receipt is the {@code submittedDate}; working days follow the holiday calendar (调休
 * make-up days count); not assigned and past the period as of {@code asOf}: violation, unless the suggestion shows
 * it was handled (answers or handling units), which makes the missing {@code assignedDate} "cannot tell".
 */
public final class RecessAssignmentWithinWorkingDaysRule extends Rule {

  /** Creates the rule. */
  public RecessAssignmentWithinWorkingDaysRule() {
    super("SUGG-002", "闭会期间代表建议五个工作日内交办", "Recess suggestions assigned within five working days",
        List.of(RuleVersion.of(SuggestionCitations.QINGDAO_ASSIGN)),
        List.of(SuggestionParameters.RECESS_ASSIGN_WORKING_DAYS),
        List.of("Receipt is the submission date.", "Working days per the holiday calendar, make-up days counted."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Suggestion suggestion : context.getRecords().getSuggestions()) {
      if (suggestion.getPeriod() != SubmissionPeriod.RECESS || suggestion.getMergedIntoId().isPresent()) {
        continue;
      }
      Optional<Integer> days = context.valueOn(SuggestionParameters.RECESS_ASSIGN_WORKING_DAYS,
          suggestion.getSubmittedDate());
      Optional<RuleVersion> version = versionOn(suggestion.getSubmittedDate(), context.getProfile());
      if (days.isEmpty() || version.isEmpty()) {
        continue;
      }
      String expectedZh = "自" + suggestion.getSubmittedDate() + "收到之日起" + days.get() + "个工作日内交办";
      String expectedEn = "assignment within " + days.get() + " working days of receipt on "
          + suggestion.getSubmittedDate();
      Deadline deadline;
      try {
        deadline = context.getPeriods().lastDayOfWorkingDays(suggestion.getSubmittedDate(), days.get());
      } catch (UncoveredDateException e) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(suggestion),
            suggestion.getSubmittedDate())
            .expectedZh(expectedZh).foundZh("节假日历未覆盖该年份，无法计算工作日")
            .expectedEn(expectedEn).foundEn("the holiday calendar does not cover the year")
            .addMissingFacts("holidayCalendar").build());
        continue;
      }
      String expectedZhDated = expectedZh + "（至" + deadline.lastDay() + "）";
      String expectedEnDated = expectedEn + " (by " + deadline.lastDay() + ")";
      if (suggestion.getAssignedDate().isPresent()) {
        if (!deadline.isMetBy(suggestion.getAssignedDate().get())) {
          findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(suggestion),
              suggestion.getSubmittedDate())
              .expectedZh(expectedZhDated).foundZh(suggestion.getAssignedDate().get() + "交办")
              .expectedEn(expectedEnDated).foundEn("assignment on " + suggestion.getAssignedDate().get())
              .build());
        }
      } else if (context.getAsOf().isAfter(deadline.lastDay())) {
        boolean handled = !suggestion.getAnswers().isEmpty() || !suggestion.getHandlingAssignments().isEmpty();
        findings.add(finding(handled ? Severity.CANNOT_TELL : Severity.VIOLATION, version.get().getCitation(),
            label(suggestion), suggestion.getSubmittedDate())
            .expectedZh(expectedZhDated)
            .foundZh(handled ? "已有承办记录，但未记录交办日期" : "至" + context.getAsOf() + "未交办")
            .expectedEn(expectedEnDated)
            .foundEn(handled ? "handling recorded but no assignment date" : "not assigned as of " + context.getAsOf())
            .addAllMissingFacts(handled ? List.of("assignedDate") : List.of())
            .build());
      } else {
        findings.add(pending(version.get().getCitation(), label(suggestion), suggestion.getSubmittedDate(),
            deadline.lastDay())
            .expectedZh(expectedZhDated).foundZh("至" + context.getAsOf() + "尚未交办，期限未届满")
            .expectedEn(expectedEnDated).foundEn("not yet assigned as of " + context.getAsOf() + ", before the period ends")
            .build());
      }
    }
    return findings;
  }
}

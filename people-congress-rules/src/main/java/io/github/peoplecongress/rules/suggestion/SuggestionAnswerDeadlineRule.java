package io.github.peoplecongress.rules.suggestion;

import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.deputywork.SuggestionAnswer;
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
 * Suggestions are answered within three months of assignment, six if broad or difficult (代表建议三个月内答复).
 *
 * <p>代表法（2015）第四十二条第一款: 「有关机关、组织应当认真研究办理代表建议、批评和意见，并自交办之日起三个月内答复。涉及面广、
 * 处理难度大的建议、批评和意见，应当自交办之日起六个月内答复。」 （2025）第五十一条第二款: 「有关机关、组织应当认真研究办理代表建议、
 * 批评和意见，与代表联系沟通，充分听取意见，并自交办之日起三个月内答复。涉及面广、处理难度大的建议、批评和意见，应当自交办之日起
 * 六个月内答复。」
 *
 * <p>Readings:
 * <ul>
 *   <li>The version applied is the one in force on the 交办 date; suggestions assigned before 2015-08-29 are outside
 *       the rule.</li>
 *   <li>Periods are counted by 民法典 Arts. 200–204: the day of 交办 is not counted, the last day is the corresponding
 *       day of the third (sixth) month, moved past a holiday; the first answer by date is the one checked.</li>
 *   <li>Unanswered and past the deadline as of {@code asOf}: violation; unanswered and not yet due: pending, with the
 *       last day (the normal period's when the complexity is not recorded). An answer in the next year's records
 *       counts.</li>
 *   <li>Complexity not recorded ({@code complex} empty): answered (or still unanswered as of {@code asOf}) after three
 *       but within six months is "cannot tell" naming {@code complex}; after six months is a violation either
 *       way.</li>
 *   <li>No 交办 date: "cannot tell" ({@code assignedDate}). Suggestions merged into another are handled there.</li>
 * </ul>
 */
public final class SuggestionAnswerDeadlineRule extends Rule {

  /** Creates the rule. */
  public SuggestionAnswerDeadlineRule() {
    super("SUGG-001", "代表建议自交办之日起三个月内答复",
        "Suggestions answered within three months of assignment (six if broad or difficult)",
        List.of(RuleVersion.of(SuggestionCitations.ANSWER_2015), RuleVersion.of(SuggestionCitations.ANSWER_2025)),
        List.of(SuggestionParameters.ANSWER_MONTHS, SuggestionParameters.COMPLEX_ANSWER_MONTHS),
        List.of("The version in force on the 交办 date applies.",
            "Periods by 民法典 Arts. 200–204: the assignment day is not counted; holidays move the last day.",
            "Unknown complexity and an answer (or none) between three and six months: cannot tell, naming complex.",
            "Unanswered and not yet due as of asOf: pending, with its last day."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Suggestion suggestion : context.getRecords().getSuggestions()) {
      if (suggestion.getMergedIntoId().isPresent()) {
        continue;
      }
      if (suggestion.getAssignedDate().isEmpty()) {
        versionOn(suggestion.getSubmittedDate(), context.getProfile()).ifPresent(version ->
            findings.add(finding(Severity.CANNOT_TELL, version.getCitation(), label(suggestion),
                suggestion.getSubmittedDate())
                .expectedZh("自交办之日起三个月内答复（涉及面广、处理难度大的六个月内）")
                .foundZh("未记录交办日期")
                .expectedEn("an answer within three months of assignment (six if broad or difficult)")
                .foundEn("no assignment date recorded")
                .addMissingFacts("assignedDate").build()));
        continue;
      }
      LocalDate assigned = suggestion.getAssignedDate().get();
      Optional<RuleVersion> version = versionOn(assigned, context.getProfile());
      Optional<Integer> normalMonths = context.valueOn(SuggestionParameters.ANSWER_MONTHS, assigned);
      Optional<Integer> complexMonths = context.valueOn(SuggestionParameters.COMPLEX_ANSWER_MONTHS, assigned);
      if (version.isEmpty() || normalMonths.isEmpty() || complexMonths.isEmpty()) {
        continue;
      }
      Deadline normal;
      Deadline complex;
      try {
        normal = context.getPeriods().lastDayOfMonths(assigned, normalMonths.get());
        complex = context.getPeriods().lastDayOfMonths(assigned, complexMonths.get());
      } catch (UncoveredDateException e) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(suggestion), assigned)
            .expectedZh("自" + assigned + "交办之日起" + normalMonths.get() + "个月内答复")
            .foundZh("节假日历未覆盖期间末日所在年份（" + e.getMessage() + "）")
            .expectedEn("an answer within " + normalMonths.get() + " months of assignment on " + assigned)
            .foundEn("the holiday calendar does not cover the last day of the period (" + e.getMessage() + ")")
            .addMissingFacts("holidayCalendar").build());
        continue;
      }
      Optional<LocalDate> answered = suggestion.firstAnswer().map(SuggestionAnswer::getDate);
      LocalDate reached = answered.orElse(context.getAsOf());
      Optional<Boolean> isComplex = suggestion.getComplex();
      boolean complexKnown = isComplex.isPresent();
      Deadline applied = isComplex.orElse(false) ? complex : normal;
      int months = isComplex.orElse(false) ? complexMonths.get() : normalMonths.get();
      if (answered.isEmpty() && (complexKnown ? applied : normal).isMetBy(reached)) {
        Deadline due = complexKnown ? applied : normal;
        int dueMonths = complexKnown ? months : normalMonths.get();
        findings.add(pending(version.get().getCitation(), label(suggestion), assigned, due.lastDay())
            .expectedZh("自" + assigned + "交办之日起" + dueMonths + "个月内（至" + due.lastDay() + "）答复")
            .foundZh("至" + context.getAsOf() + "未答复，期限未届满")
            .expectedEn("an answer within " + dueMonths + " months of assignment on " + assigned + " (by "
                + due.lastDay() + ")")
            .foundEn("no answer as of " + context.getAsOf() + ", before the period ends").build());
        continue;
      }
      if (!complexKnown) {
        if (normal.isMetBy(reached)) {
          continue;
        }
        if (complex.isMetBy(reached)) {
          findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(suggestion), assigned)
              .expectedZh("自" + assigned + "交办之日起" + normalMonths.get() + "个月内（至" + normal.lastDay()
                  + "）答复；涉及面广、处理难度大的" + complexMonths.get() + "个月内（至" + complex.lastDay() + "）")
              .foundZh(answered.map(date -> date + "答复").orElse("至" + context.getAsOf() + "未答复")
                  + "，未记录是否涉及面广、处理难度大")
              .expectedEn("an answer within " + normalMonths.get() + " months of assignment on " + assigned + " (by "
                  + normal.lastDay() + "), or " + complexMonths.get() + " months if broad or difficult (by "
                  + complex.lastDay() + ")")
              .foundEn(answered.map(date -> "the answer on " + date).orElse("no answer as of " + context.getAsOf())
                  + ", complexity not recorded")
              .addMissingFacts("complex").build());
          continue;
        }
        applied = complex;
        months = complexMonths.get();
      }
      if (applied.isMetBy(reached)) {
        continue;
      }
      Deadline deadline = applied;
      findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(suggestion), assigned)
          .expectedZh("自" + assigned + "交办之日起" + months + "个月内（至" + deadline.lastDay() + "）答复")
          .foundZh(answered.map(date -> date + "答复").orElse("至" + context.getAsOf() + "未答复"))
          .expectedEn("an answer within " + months + " months of assignment on " + assigned + " (by "
              + deadline.lastDay() + ")")
          .foundEn(answered.map(date -> "the answer on " + date).orElse("no answer as of " + context.getAsOf()))
          .build());
    }
    return findings;
  }
}

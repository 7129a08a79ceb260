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
 * An answer after three months needs an extension approved by the committee's deputies' working body (延期答复须经
 * 同意).
 *
 * <p>青岛市人民代表大会代表建议、批评和意见工作条例第二十五条: 「承办单位应当自代表建议、批评和意见交办之日起三个月内答复代表；涉及面广、
 * 办理难度大需要延长答复期限的，经市人民代表大会常务委员会代表工作机构同意，承办单位可以延期答复，但自交办之日起最长不得超过六个月，
 * 并及时向代表说明情况。」
 *
 * <p>Readings: applied where {@code suggestion.extensionNeedsApproval} is true (under "qingdao", from 2021-09-01);
 * an answer after the three-month period (or none as of {@code asOf} past it) needs an {@code extensionApprovedDate}
 * on or before the period's last day (an extension extends a period still running); the six-month cap is
 * {@code SUGG-001}'s. No {@code assignedDate}: left to {@code SUGG-001}.
 */
public final class ExtensionApprovalRule extends Rule {

  /** Creates the rule. */
  public ExtensionApprovalRule() {
    super("SUGG-004", "代表建议延期答复须经代表工作机构同意", "An answer after three months needs an approved extension",
        List.of(RuleVersion.of(SuggestionCitations.QINGDAO_EXTENSION)),
        List.of(SuggestionParameters.EXTENSION_NEEDS_APPROVAL, SuggestionParameters.ANSWER_MONTHS),
        List.of("The extension must be approved on or before the last day of the three-month period.",
            "The six-month cap is checked by SUGG-001."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Suggestion suggestion : context.getRecords().getSuggestions()) {
      if (suggestion.getAssignedDate().isEmpty() || suggestion.getMergedIntoId().isPresent()) {
        continue;
      }
      LocalDate assigned = suggestion.getAssignedDate().get();
      Optional<RuleVersion> version = versionOn(assigned, context.getProfile());
      Optional<Integer> months = context.valueOn(SuggestionParameters.ANSWER_MONTHS, assigned);
      if (version.isEmpty() || months.isEmpty()
          || !context.valueOn(SuggestionParameters.EXTENSION_NEEDS_APPROVAL, assigned).orElse(false)) {
        continue;
      }
      Deadline normal;
      try {
        normal = context.getPeriods().lastDayOfMonths(assigned, months.get());
      } catch (UncoveredDateException e) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(suggestion), assigned)
            .expectedZh("自" + assigned + "交办之日起" + months.get() + "个月内答复，或在此前经代表工作机构同意延期")
            .foundZh("节假日历未覆盖期间末日所在年份（" + e.getMessage() + "）")
            .expectedEn("an answer within " + months.get() + " months of assignment on " + assigned
                + ", or an extension approved by then")
            .foundEn("the holiday calendar does not cover the last day of the period (" + e.getMessage() + ")")
            .addMissingFacts("holidayCalendar").build());
        continue;
      }
      Optional<LocalDate> answered = suggestion.firstAnswer().map(SuggestionAnswer::getDate);
      if (normal.isMetBy(answered.orElse(context.getAsOf()))) {
        continue;
      }
      Optional<LocalDate> approved = suggestion.getExtensionApprovedDate();
      if (approved.isPresent() && normal.isMetBy(approved.get())) {
        continue;
      }
      findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(suggestion), assigned)
          .expectedZh("自" + assigned + "交办之日起" + months.get() + "个月内（至" + normal.lastDay()
              + "）答复，或在此前经代表工作机构同意延期")
          .foundZh(answered.map(date -> date + "答复").orElse("至" + context.getAsOf() + "未答复")
              + approved.map(date -> "，延期于" + date + "才获同意").orElse("，未见延期同意"))
          .expectedEn("an answer within " + months.get() + " months of assignment on " + assigned + " (by "
              + normal.lastDay() + "), or an extension approved by then")
          .foundEn(answered.map(date -> "the answer on " + date).orElse("no answer as of " + context.getAsOf())
              + approved.map(date -> ", the extension approved only on " + date).orElse(", no approved extension"))
          .build());
    }
    return findings;
  }
}

package io.github.peoplecongress.rules.suggestion;

import io.github.peoplecongress.model.deputywork.DeputyFeedback;
import io.github.peoplecongress.model.deputywork.ReHandling;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A suggestion whose answer the deputy found unsatisfactory is considered for re-handling (不满意的交承办单位重新办理).
 *
 * <p>青岛市人民代表大会代表建议、批评和意见工作条例第三十一条第一款: 「代表建议、批评和意见答复结束后，市人民代表大会常务委员会组织代表
 * 进行测评，必要时邀请第三方专家进行评估，并可以根据测评、评估情况将代表建议、批评和意见交承办单位重新办理。」
 *
 * <p>Readings: applied where {@code suggestion.reHandlingReview} is true (under "qingdao"); 「可以」 makes
 * re-handling discretionary, so a latest feedback of 不满意 with no re-handling on or after it is a warning, never a
 * violation.
 */
public final class ReHandlingAfterDissatisfactionRule extends Rule {

  /** Creates the rule. */
  public ReHandlingAfterDissatisfactionRule() {
    super("SUGG-005", "代表不满意的建议交承办单位重新办理", "Re-handling after a dissatisfied deputy",
        List.of(RuleVersion.of(SuggestionCitations.QINGDAO_REVIEW)), List.of(SuggestionParameters.RE_HANDLING_REVIEW),
        List.of("可以: re-handling is discretionary; a dissatisfied latest feedback without re-handling is a warning."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Suggestion suggestion : context.getRecords().getSuggestions()) {
      Optional<DeputyFeedback> latest = suggestion.latestFeedback();
      if (latest.isEmpty() || latest.get().getGrade() != SatisfactionGrade.DISSATISFIED) {
        continue;
      }
      DeputyFeedback feedback = latest.get();
      Optional<RuleVersion> version = versionOn(feedback.getDate(), context.getProfile());
      if (version.isEmpty()
          || !context.valueOn(SuggestionParameters.RE_HANDLING_REVIEW, feedback.getDate()).orElse(false)) {
        continue;
      }
      boolean reHandled = suggestion.getReHandlings().stream().map(ReHandling::getDate)
          .anyMatch(date -> !date.isBefore(feedback.getDate()));
      if (!reHandled) {
        findings.add(finding(Severity.WARNING, version.get().getCitation(), label(suggestion), feedback.getDate())
            .expectedZh("在代表" + feedback.getDate() + "表示不满意后，根据测评情况考虑交承办单位重新办理")
            .foundZh("至" + context.getAsOf() + "未见重新办理")
            .expectedEn("re-handling considered after the deputy's dissatisfied feedback on " + feedback.getDate())
            .foundEn("no re-handling as of " + context.getAsOf())
            .build());
      }
    }
    return findings;
  }
}

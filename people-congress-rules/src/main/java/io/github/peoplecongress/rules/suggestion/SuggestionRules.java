package io.github.peoplecongress.rules.suggestion;

import io.github.peoplecongress.rules.Rule;
import java.util.List;

/** The suggestion family's rules, in id order. */
public final class SuggestionRules {
  private SuggestionRules() {}

  /** @return the rules, not null */
  public static List<Rule> rules() {
    return List.of(new SuggestionAnswerDeadlineRule(), new RecessAssignmentWithinWorkingDaysRule(),
        new RemitDisputeWithinWorkingDaysRule(), new ExtensionApprovalRule(), new ReHandlingAfterDissatisfactionRule());
  }
}

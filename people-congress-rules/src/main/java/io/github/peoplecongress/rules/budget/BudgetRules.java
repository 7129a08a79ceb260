package io.github.peoplecongress.rules.budget;

import io.github.peoplecongress.rules.Rule;
import java.util.List;

/** The budget rules (BUDG). */
public final class BudgetRules {
  private BudgetRules() {}

  /** @return the rules of the family, in id order, not null */
  public static List<Rule> rules() {
    return List.of(new FinalAccountsWindowRule(), new FinalAccountsPreliminaryReviewRule(),
        new BudgetExecutionWindowRule(), new BudgetAdjustmentPreliminaryReviewRule(), new BudgetPublicationRule(),
        new FinalAccountsAuditReportRule());
  }
}

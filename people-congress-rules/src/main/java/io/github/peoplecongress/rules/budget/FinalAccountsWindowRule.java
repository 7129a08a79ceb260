package io.github.peoplecongress.rules.budget;

import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.RuleVersion;
import java.util.List;

/**
 * BUDG-001 决算草案在六月至九月期间提请审查和批准 — the draft final accounts of the previous year go before the committee
 * between June and September.
 *
 * <p>监督法（2024）第十九条第二款 (= 2006 第十五条第二款)：「县级以上地方各级人民政府应当在每年六月至九月期间，将上一年度的本级决算草案
 * 提请本级人民代表大会常务委员会审查和批准。」
 *
 * <p>Readings: a {@code FINAL_ACCOUNTS} report is placed by the opening day of its meeting; 1 June to 30 September
 * inclusive (parameters {@code budget.windowFromMonth}, {@code budget.windowToMonth}); a year past 30 September by
 * the "as of" date without final accounts is a violation.
 */
public final class FinalAccountsWindowRule extends WindowRule {
  /** Creates the rule. */
  public FinalAccountsWindowRule() {
    super("BUDG-001", "决算草案在六月至九月期间提请审查和批准", "Final accounts between June and September",
        List.of(RuleVersion.of(BudgetParameters.SUPERVISION_2006_FINAL_ACCOUNTS),
            RuleVersion.of(BudgetParameters.SUPERVISION_2024_FINAL_ACCOUNTS)),
        WorkReportKind.FINAL_ACCOUNTS, "上一年度本级决算草案", "draft final accounts");
  }
}

package io.github.peoplecongress.rules.budget;

import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.RuleVersion;
import java.util.List;

/**
 * BUDG-003 预算执行情况在六月至九月期间报告 — the government reports on the budget execution of the current year between
 * June and September.
 *
 * <p>监督法（2024）第二十条 (= 2006 第十六条)：「国务院和县级以上地方各级人民政府应当在每年六月至九月期间，向本级人民代表大会常务委员会
 * 报告本年度上一阶段国民经济和社会发展计划、预算的执行情况。」 Also 预算法第八十六条：「国务院和县级以上地方各级政府应当在每年六月至九月期间
 * 向本级人民代表大会常务委员会报告预算执行情况。」
 *
 * <p>Readings: a {@code BUDGET_EXECUTION} report is placed by the opening day of its meeting; 1 June to 30 September
 * inclusive; a year past 30 September by the "as of" date without such a report is a violation.
 */
public final class BudgetExecutionWindowRule extends WindowRule {
  /** Creates the rule. */
  public BudgetExecutionWindowRule() {
    super("BUDG-003", "预算执行情况在六月至九月期间报告", "Budget execution report between June and September",
        List.of(RuleVersion.of(BudgetParameters.SUPERVISION_2006_EXECUTION),
            RuleVersion.of(BudgetParameters.SUPERVISION_2024_EXECUTION)),
        WorkReportKind.BUDGET_EXECUTION, "预算执行情况报告", "budget execution report");
  }
}

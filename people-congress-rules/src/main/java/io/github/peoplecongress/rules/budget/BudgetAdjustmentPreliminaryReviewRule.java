package io.github.peoplecongress.rules.budget;

import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.RuleVersion;
import java.util.List;

/**
 * BUDG-004 预算调整初步方案三十日前送交征求意见 — the preliminary budget-adjustment plan goes to the committee's working
 * body thirty days before the meeting that reviews and approves the adjustment.
 *
 * <p>预算法（2018）第六十九条：「……县、自治县、不设区的市、市辖区政府财政部门应当在本级人民代表大会常务委员会举行会议审查和批准预算调整
 * 方案的三十日前，将预算调整初步方案送交本级人民代表大会常务委员会有关工作机构征求意见。」 (2014 text assumed the same, UNVERIFIED.)
 *
 * <p>Readings: the meeting day is the opening day of the {@code BUDGET_ADJUSTMENT} report's meeting; 「三十日前」
 * follows the context's 「N日前」 reading; a missing {@code preliminaryReviewDate} is "cannot tell".
 */
public final class BudgetAdjustmentPreliminaryReviewRule extends PreliminaryReviewRule {
  /** Creates the rule. */
  public BudgetAdjustmentPreliminaryReviewRule() {
    super("BUDG-004", "预算调整初步方案三十日前送交征求意见", "Preliminary adjustment plan to the working body 30 days before",
        List.of(RuleVersion.of(BudgetParameters.BUDGET_2014_ART69), RuleVersion.of(BudgetParameters.BUDGET_2018_ART69)),
        WorkReportKind.BUDGET_ADJUSTMENT, BudgetParameters.ADJUSTMENT_REVIEW_DAYS, "预算调整初步方案",
        "preliminary budget-adjustment plan");
  }
}

package io.github.peoplecongress.rules.budget;

import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.RuleVersion;
import java.util.List;

/**
 * BUDG-002 决算草案三十日前送交征求意见 — the draft final accounts go to the committee's working body thirty days before
 * the meeting that reviews and approves them.
 *
 * <p>预算法（2018）第七十八条第四款：「县、自治县、不设区的市、市辖区政府财政部门应当在本级人民代表大会常务委员会举行会议审查和批准本级
 * 决算草案的三十日前，将上一年度本级决算草案送交本级人民代表大会常务委员会有关工作机构征求意见。」 (2014 text assumed the same,
 * UNVERIFIED. Henan 第二十三条 says 「一个月前」; the national thirty days are kept.)
 *
 * <p>Readings: the meeting day is the opening day of the {@code FINAL_ACCOUNTS} report's meeting; 「三十日前」 follows
 * the context's 「N日前」 reading (default: the draft may be sent on the thirtieth day before); a missing
 * {@code preliminaryReviewDate} is "cannot tell".
 */
public final class FinalAccountsPreliminaryReviewRule extends PreliminaryReviewRule {
  /** Creates the rule. */
  public FinalAccountsPreliminaryReviewRule() {
    super("BUDG-002", "决算草案三十日前送交征求意见", "Draft final accounts to the working body 30 days before",
        List.of(RuleVersion.of(BudgetParameters.BUDGET_2014_ART78), RuleVersion.of(BudgetParameters.BUDGET_2018_ART78)),
        WorkReportKind.FINAL_ACCOUNTS, BudgetParameters.FINAL_ACCOUNTS_REVIEW_DAYS, "上一年度本级决算草案",
        "draft final accounts");
  }
}

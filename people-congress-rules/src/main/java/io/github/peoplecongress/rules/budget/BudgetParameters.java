package io.github.peoplecongress.rules.budget;

import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.Parameter;

/**
 * The parameters of the budget rules and the citations they share.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class BudgetParameters {
  private BudgetParameters() {}

  /** 监督法（2006）第十五条第二款 (same as 2024 第十九条第二款). */
  public static final Citation SUPERVISION_2006_FINAL_ACCOUNTS = Citation.of(Laws.SUPERVISION_LAW_2006, 15, 2,
      "县级以上地方各级人民政府应当在每年六月至九月期间，将上一年度的本级决算草案提请本级人民代表大会常务委员会审查和批准。");
  /** 监督法（2024）第十九条第二款. */
  public static final Citation SUPERVISION_2024_FINAL_ACCOUNTS = Citation.of(Laws.SUPERVISION_LAW_2024, 19, 2,
      "县级以上地方各级人民政府应当在每年六月至九月期间，将上一年度的本级决算草案提请本级人民代表大会常务委员会审查和批准。");
  /** 监督法（2006）第十六条 (same as 2024 第二十条). */
  public static final Citation SUPERVISION_2006_EXECUTION = Citation.of(Laws.SUPERVISION_LAW_2006, 16,
      "国务院和县级以上地方各级人民政府应当在每年六月至九月期间，向本级人民代表大会常务委员会报告本年度上一阶段国民经济和社会发展计划、"
          + "预算的执行情况。");
  /** 监督法（2024）第二十条. */
  public static final Citation SUPERVISION_2024_EXECUTION = Citation.of(Laws.SUPERVISION_LAW_2024, 20,
      "国务院和县级以上地方各级人民政府应当在每年六月至九月期间，向本级人民代表大会常务委员会报告本年度上一阶段国民经济和社会发展计划、"
          + "预算的执行情况。");

  private static final String AUDIT = "常务委员会每年审查和批准决算的同时，听取和审议本级人民政府提出的审计机关关于上一年度预算执行和其他财政收支的"
      + "审计工作报告。";
  /** 监督法（2006）第十九条 (same as 2024 第二十七条第一款). */
  public static final Citation SUPERVISION_2006_AUDIT = Citation.of(Laws.SUPERVISION_LAW_2006, 19, AUDIT);
  /** 监督法（2024）第二十七条第一款. */
  public static final Citation SUPERVISION_2024_AUDIT = Citation.of(Laws.SUPERVISION_LAW_2024, 27, 1, AUDIT);

  private static final String ART78 = "县、自治县、不设区的市、市辖区政府财政部门应当在本级人民代表大会常务委员会举行会议审查和批准本级决算草案的"
      + "三十日前，将上一年度本级决算草案送交本级人民代表大会常务委员会有关工作机构征求意见。";
  /** 预算法（2014）第七十八条第四款 (2014 text assumed equal to 2018, UNVERIFIED). */
  public static final Citation BUDGET_2014_ART78 = Citation.of(Laws.BUDGET_LAW_2014, 78, 4, ART78);
  /** 预算法（2018）第七十八条第四款. */
  public static final Citation BUDGET_2018_ART78 = Citation.of(Laws.BUDGET_LAW_2018, 78, 4, ART78);

  private static final String ART69 = "县、自治县、不设区的市、市辖区政府财政部门应当在本级人民代表大会常务委员会举行会议审查和批准预算调整方案的"
      + "三十日前，将预算调整初步方案送交本级人民代表大会常务委员会有关工作机构征求意见。";
  /** 预算法（2014）第六十九条 (2014 text assumed equal to 2018, UNVERIFIED). */
  public static final Citation BUDGET_2014_ART69 = Citation.of(Laws.BUDGET_LAW_2014, 69, ART69);
  /** 预算法（2018）第六十九条. */
  public static final Citation BUDGET_2018_ART69 = Citation.of(Laws.BUDGET_LAW_2018, 69, ART69);

  private static final String ART14 = "经本级人民代表大会或者本级人民代表大会常务委员会批准的预算、预算调整、决算、预算执行情况的报告及报表，"
      + "应当在批准后二十日内由本级政府财政部门向社会公开";
  /** 预算法（2014）第十四条第一款 (2014 text assumed equal to 2018, UNVERIFIED). */
  public static final Citation BUDGET_2014_ART14 = Citation.of(Laws.BUDGET_LAW_2014, 14, 1, ART14);
  /** 预算法（2018）第十四条第一款. */
  public static final Citation BUDGET_2018_ART14 = Citation.of(Laws.BUDGET_LAW_2018, 14, 1, ART14);

  /** The first month of the June–September window: 6. */
  public static final Parameter<Integer> WINDOW_FROM_MONTH = Parameter.of("budget.windowFromMonth", Integer.class,
      "决算和预算执行情况报告的审议期间起始月", "First month of the June–September window",
      DatedSeries.of(Laws.SUPERVISION_LAW_2006.getEffective(), 6, SUPERVISION_2006_FINAL_ACCOUNTS)
          .then(Laws.SUPERVISION_LAW_2024.getEffective(), 6, SUPERVISION_2024_FINAL_ACCOUNTS));

  /** The last month of the June–September window: 9. */
  public static final Parameter<Integer> WINDOW_TO_MONTH = Parameter.of("budget.windowToMonth", Integer.class,
      "决算和预算执行情况报告的审议期间结束月", "Last month of the June–September window",
      DatedSeries.of(Laws.SUPERVISION_LAW_2006.getEffective(), 9, SUPERVISION_2006_FINAL_ACCOUNTS)
          .then(Laws.SUPERVISION_LAW_2024.getEffective(), 9, SUPERVISION_2024_FINAL_ACCOUNTS));

  /** 「三十日前」 for the draft final accounts (Art. 78(4)). */
  public static final Parameter<Integer> FINAL_ACCOUNTS_REVIEW_DAYS = Parameter.of("budget.finalAccountsReviewDays",
      Integer.class, "决算草案送交征求意见的提前日数", "Days before the meeting for the draft final accounts",
      DatedSeries.of(Laws.BUDGET_LAW_2014.getEffective(), 30, BUDGET_2014_ART78)
          .then(Laws.BUDGET_LAW_2018.getEffective(), 30, BUDGET_2018_ART78));

  /** 「三十日前」 for the preliminary budget-adjustment plan (Art. 69). */
  public static final Parameter<Integer> ADJUSTMENT_REVIEW_DAYS = Parameter.of("budget.adjustmentReviewDays",
      Integer.class, "预算调整初步方案送交征求意见的提前日数", "Days before the meeting for the preliminary adjustment plan",
      DatedSeries.of(Laws.BUDGET_LAW_2014.getEffective(), 30, BUDGET_2014_ART69)
          .then(Laws.BUDGET_LAW_2018.getEffective(), 30, BUDGET_2018_ART69));

  /** 「批准后二十日内」 publication (Art. 14(1)). */
  public static final Parameter<Integer> PUBLICATION_DAYS = Parameter.of("budget.publicationDays", Integer.class,
      "批准后向社会公开的期限（日）", "Days after approval to publish",
      DatedSeries.of(Laws.BUDGET_LAW_2014.getEffective(), 20, BUDGET_2014_ART14)
          .then(Laws.BUDGET_LAW_2018.getEffective(), 20, BUDGET_2018_ART14));
}

package io.github.peoplecongress.model.supervision;

/**
 * The kind of a report heard by the standing committee, which decides the statute that governs it. Article
 * numbers are Supervision Law 2024 (2006 in brackets).
 */
public enum WorkReportKind {
  /** 专项工作报告 — Arts. 11–17 (8–14); deadlines 20/10/7 days, Art. 15 (12). */
  SPECIAL_WORK("专项工作报告"),
  /** 国民经济和社会发展计划执行情况报告 — Art. 20 (16). */
  PLAN_EXECUTION("计划执行情况报告"),
  /** 计划、规划纲要调整方案或中期评估报告 — Arts. 22–23 (17, 21). */
  PLAN_ADJUSTMENT("计划调整方案"),
  /** 预算执行情况报告 — Art. 20 (16); Budget Law Art. 86: June to September. */
  BUDGET_EXECUTION("预算执行情况报告"),
  /** 决算草案及其报告 — Art. 19 (15): June to September; Budget Law Art. 78: preliminary review 30 days before. */
  FINAL_ACCOUNTS("决算"),
  /** 预算调整方案 — Art. 22 (17); Budget Law Art. 69: preliminary plan 30 days before. */
  BUDGET_ADJUSTMENT("预算调整方案"),
  /** 审计工作报告 — Art. 27(1) (19). */
  AUDIT("审计工作报告"),
  /** 审计查出问题整改情况报告 — Art. 27(2), new in 2024: within 6 months of the audit report. */
  AUDIT_RECTIFICATION("审计查出问题整改情况报告"),
  /** 国有资产管理情况报告 — Art. 24, yearly. */
  STATE_ASSETS("国有资产管理情况报告"),
  /** 政府债务管理情况报告 — Art. 25, yearly. */
  GOVERNMENT_DEBT("政府债务管理情况报告"),
  /** 环境状况和环境保护目标完成情况报告 — Art. 12(3); Organic Law Art. 50(九), yearly. */
  ENVIRONMENT("环境状况报告"),
  /** 备案审查工作情况报告 — Art. 45, yearly. */
  FILING_REVIEW_WORK("备案审查工作情况报告"),
  /** 代表建议、批评和意见办理情况报告 — Deputies Law 2025 Art. 51 (2015 Art. 42). */
  SUGGESTION_HANDLING("代表建议办理情况报告"),
  /** 执行决议情况报告 — Art. 17(1), within the period the resolution sets. */
  RESOLUTION_EXECUTION("执行决议情况报告"),
  /** 审议意见研究处理情况报告 — Arts. 17, 29, 37, 50. */
  OPINION_HANDLING("审议意见研究处理情况报告"),
  /** 其他报告. */
  OTHER("其他");

  private final String label;

  WorkReportKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "专项工作报告"}, not null
   */
  public String getLabel() {
    return label;
  }
}

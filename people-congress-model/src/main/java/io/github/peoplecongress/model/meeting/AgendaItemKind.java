package io.github.peoplecongress.model.meeting;

/**
 * The legal type of an agenda item (议程), which tells the rules module which statute governs it and the
 * reporting module what to count. Sources: Local Organic Law 2022 Art. 50; Supervision Law 2024 (2006 in
 * brackets).
 */
public enum AgendaItemKind {
  /** 听取和审议专项工作报告 — Supervision Law 2024 Arts. 11–17 (2006 Arts. 8–14). */
  SPECIAL_WORK_REPORT("听取和审议专项工作报告"),
  /** 听取和审议国民经济和社会发展计划执行情况报告 — 2024 Art. 20 (2006 Art. 16). */
  PLAN_EXECUTION_REPORT("听取和审议计划执行情况报告"),
  /** 审查和批准计划、规划纲要的调整方案或中期评估 — Organic Law Art. 50(五); 2024 Arts. 22–23. */
  PLAN_ADJUSTMENT("审查和批准计划调整方案"),
  /** 听取和审议预算执行情况报告 — 2024 Art. 20 (2006 Art. 16); Budget Law Art. 86. */
  BUDGET_EXECUTION_REPORT("听取和审议预算执行情况报告"),
  /** 审查和批准决算 — 2024 Art. 19 (2006 Art. 15); Budget Law Arts. 77–79. */
  FINAL_ACCOUNTS("审查和批准决算"),
  /** 审查和批准预算调整方案 — 2024 Art. 22 (2006 Art. 17); Budget Law Art. 69. */
  BUDGET_ADJUSTMENT("审查和批准预算调整方案"),
  /** 听取和审议审计工作报告 — 2024 Art. 27(1) (2006 Art. 19). */
  AUDIT_REPORT("听取和审议审计工作报告"),
  /** 听取和审议审计查出问题整改情况报告 — 2024 Art. 27(2). */
  AUDIT_RECTIFICATION_REPORT("听取和审议审计查出问题整改情况报告"),
  /** 听取和审议国有资产管理情况报告 — 2024 Art. 24. */
  STATE_ASSETS_REPORT("听取和审议国有资产管理情况报告"),
  /** 听取和审议政府债务管理情况报告 — 2024 Art. 25. */
  GOVERNMENT_DEBT_REPORT("听取和审议政府债务管理情况报告"),
  /** 听取和审议环境状况和环境保护目标完成情况报告 — 2024 Art. 12(3); Organic Law Art. 50(九). */
  ENVIRONMENT_REPORT("听取和审议环境状况报告"),
  /** 听取和审议执法检查报告 — 2024 Arts. 36–37 (2006 Arts. 26–27). */
  INSPECTION_REPORT("听取和审议执法检查报告"),
  /** 听取审议意见研究处理情况报告 — 2024 Arts. 17, 29, 37. */
  OPINION_HANDLING_REPORT("听取审议意见研究处理情况报告"),
  /** 听取执行决议情况报告 — 2024 Art. 17(1). */
  RESOLUTION_EXECUTION_REPORT("听取执行决议情况报告"),
  /** 听取和审议代表建议、批评和意见办理情况报告 — Deputies Law 2025 Art. 51. */
  SUGGESTION_HANDLING_REPORT("听取和审议代表建议办理情况报告"),
  /** 听取和审议备案审查工作情况报告 — 2024 Art. 45; Organic Law Art. 50(十). */
  FILING_REVIEW_REPORT("听取和审议备案审查工作情况报告"),
  /** 审查规范性文件、撤销不适当的决定命令决议 — 2024 Art. 39 (2006 Art. 30). */
  FILING_REVIEW("备案审查"),
  /** 专题询问 — 2024 Arts. 47–50. */
  SPECIAL_INQUIRY("专题询问"),
  /** 质询案 — 2024 Arts. 51–54 (2006 Arts. 35–38); Organic Law Art. 53. */
  INTERPELLATION("质询"),
  /** 特定问题调查 — 2024 Arts. 55–59 (2006 Arts. 39–43); Organic Law Art. 58. */
  SPECIAL_INVESTIGATION("特定问题调查"),
  /** 撤职案 — 2024 Arts. 60–62 (2006 Arts. 44–46). */
  REMOVAL_MOTION("撤职案"),
  /** 作出决议、决定 (including on 重大事项) — Organic Law Art. 50(四) and final paragraph, Art. 51(4). */
  RESOLUTION_OR_DECISION("作出决议、决定"),
  /** 人事任免 — Organic Law Art. 50(十三)–(十七). */
  PERSONNEL("人事任免"),
  /** 宪法宣誓 — NPCSC Oath Decision 2015/2018. */
  OATH("宪法宣誓"),
  /** 满意度测评 — local rules only. */
  SATISFACTION_VOTE("满意度测评"),
  /** 工作评议 — local rules only. */
  WORK_APPRAISAL("工作评议"),
  /** 审查代表资格 (代表资格审查委员会的报告) — Organic Law Art. 56; Deputies Law. */
  DEPUTY_CREDENTIALS("审查代表资格"),
  /** Anything else (其他), such as adopting the annual work plan. */
  OTHER("其他");

  private final String label;

  AgendaItemKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "专题询问"}, not null
   */
  public String getLabel() {
    return label;
  }
}

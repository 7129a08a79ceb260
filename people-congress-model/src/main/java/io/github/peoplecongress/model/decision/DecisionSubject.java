package io.github.peoplecongress.model.decision;

/**
 * What a resolution or decision is about, as the statute that empowers it groups it.
 */
public enum DecisionSubject {
  /** 重大事项和项目 — Local Organic Law 2022 Art. 50(四). */
  MAJOR_MATTER("重大事项"),
  /** 人事相关: accepting a resignation, deciding an acting head, and similar — Art. 50(十三)–(十七), Art. 32. */
  PERSONNEL("人事相关"),
  /** 批准决算 — Art. 50(六); Supervision Law 2024 Art. 19; Budget Law Art. 78. */
  FINAL_ACCOUNTS("批准决算"),
  /** 批准预算调整方案 — Art. 50(五); Supervision Law 2024 Art. 22; Budget Law Art. 69. */
  BUDGET_ADJUSTMENT("批准预算调整方案"),
  /** 批准国民经济和社会发展计划、规划纲要的调整 — Art. 50(五); Supervision Law 2024 Arts. 22–23. */
  PLAN("批准计划调整"),
  /** 对专项工作报告作出的决议 — Supervision Law 2024 Art. 17(1). */
  SPECIAL_WORK_REPORT("对专项工作报告作出的决议"),
  /** 对计划、预算执行或审计工作报告作出的决议 — Supervision Law 2024 Art. 29. */
  FISCAL_REPORT("对计划、预算、审计报告作出的决议"),
  /** 对执法检查报告作出的决议 — Supervision Law 2024 Art. 37. */
  INSPECTION("对执法检查作出的决议"),
  /** 根据特定问题调查作出的决议、决定 — Supervision Law 2024 Art. 59. */
  INVESTIGATION("特定问题调查"),
  /** 撤销不适当的决定、命令、决议 — Supervision Law 2024 Art. 39; Organic Law Art. 50(十一)–(十二). */
  ANNULMENT("撤销不适当的决定、命令、决议"),
  /** 召开人民代表大会会议 — Organic Law Arts. 14–15, 50(三). */
  CONVENE_CONGRESS("召开人民代表大会会议"),
  /** 选举工作: election date, seat allocation, election committee — Election Law; Organic Law Art. 50(二). */
  ELECTION("选举工作"),
  /** 代表资格, 补选, 罢免 — Organic Law Art. 50(十八); Deputies Law. */
  DEPUTIES("代表资格、补选、罢免"),
  /** 人民陪审员名额 — People's Assessors Law 2018 Art. 8. */
  ASSESSOR_QUOTA("人民陪审员名额"),
  /** 其他. */
  OTHER("其他");

  private final String label;

  DecisionSubject(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "重大事项"}, not null
   */
  public String getLabel() {
    return label;
  }
}

package io.github.peoplecongress.model.deputywork;

/**
 * The kind of a deputies' activity organised or recorded by the standing committee. Recess activities are
 * organised by the committee and are mainly collective, with the deputy group as the basic form (代表法 2025
 * Arts. 25–26, 2015 Arts. 19–20); deputies may attend committee meetings and take part in inspections, special
 * inquiries and other activities (2025 Art. 33, 2015 Art. 26), contact the masses (2025 Art. 28) and report to
 * their voters (2025 Art. 58, 2015 Art. 45).
 */
public enum ActivityKind {
  /** 列席常委会会议: a deputy attends a standing-committee meeting without a vote (代表法 2025 Art. 33). */
  ATTEND_COMMITTEE_MEETING("列席常委会会议"),
  /** 列席其他会议: attends a meeting of the party committee, the government or another organ. */
  ATTEND_OTHER_MEETING("列席其他会议"),
  /** 执法检查: takes part in a law-enforcement inspection. */
  LAW_ENFORCEMENT_INSPECTION("执法检查"),
  /** 视察: an inspection visit (代表视察, including 持证视察). */
  VISIT("视察"),
  /** 专题调研: a survey on a topic. */
  SURVEY("专题调研"),
  /** 专题询问: takes part in a special inquiry (代表法 2025 Art. 33). */
  SPECIAL_INQUIRY("专题询问"),
  /** 考察学习: a study tour. */
  STUDY_TOUR("考察学习"),
  /** 评议: takes part in a work appraisal (工作评议) of an organ. */
  APPRAISAL("评议"),
  /** 走访选民: visits voters of the constituency. */
  VISIT_VOTERS("走访选民"),
  /** 向选民述职: reports on the performance of duties to the voters of the original constituency. */
  REPORT_TO_VOTERS("向选民述职"),
  /** 联系群众: contact with the masses, such as a reception day at a liaison station (代表法 2025 Art. 28). */
  CONTACT_MASSES("联系群众"),
  /** 培训: training (集中办班, 以会代训). */
  TRAINING("培训"),
  /** 代表小组活动: an activity of a deputy group. */
  GROUP_ACTIVITY("代表小组活动"),
  /** 代表工作会议: the annual conference on deputies' work. */
  DEPUTY_WORK_CONFERENCE("代表工作会议"),
  /** 其他: any other activity. */
  OTHER("其他");

  private final String label;

  ActivityKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "向选民述职"}, not null
   */
  public String getLabel() {
    return label;
  }
}

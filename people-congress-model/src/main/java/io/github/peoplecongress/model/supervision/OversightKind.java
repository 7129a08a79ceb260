package io.github.peoplecongress.model.supervision;

/**
 * The kind of a supervision activity outside the formal procedures of reports and inspections.
 */
public enum OversightKind {
  /** 视察 by members and deputies (deputies take part in recess activities, Deputies Law 2025 Arts. 25–26; 2015 Arts. 19–20). */
  VISIT("视察"),
  /** 专题调研, including the research before a report is heard (Supervision Law 2024 Art. 13). */
  SURVEY("专题调研"),
  /** 考察学习 in other places. */
  STUDY_TOUR("考察学习"),
  /** 询问 during deliberation at a meeting (Supervision Law 2024 Art. 46; 2006 Art. 34). */
  INQUIRY("询问"),
  /** 专题询问 (Supervision Law 2024 Arts. 47–50). */
  SPECIAL_INQUIRY("专题询问"),
  /** 跟踪监督 or 跟踪检查 of the handling of opinions and resolutions (Supervision Law 2024 Arts. 17(2), 37). */
  FOLLOW_UP("跟踪监督");

  private final String label;

  OversightKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "视察"}, not null
   */
  public String getLabel() {
    return label;
  }
}

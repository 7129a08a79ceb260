package io.github.peoplecongress.model.supervision;

/**
 * The outcome of the filing review of a normative document — Supervision Law 2024 Arts. 39–45 (2006 Arts. 28–33).
 */
public enum FilingReviewOutcome {
  /** No problem found (未发现问题, 予以备案). */
  NO_PROBLEM("未发现问题"),
  /** The issuing organ amended the document after the review (自行纠正, 修改). */
  AMENDED("制定机关修改"),
  /** The issuing organ abolished the document (废止). */
  ABOLISHED("制定机关废止"),
  /** The standing committee annulled the document by decision (撤销, Art. 39). */
  ANNULLED("撤销"),
  /** Another outcome. */
  OTHER("其他");

  private final String label;

  FilingReviewOutcome(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "撤销"}, not null
   */
  public String getLabel() {
    return label;
  }
}

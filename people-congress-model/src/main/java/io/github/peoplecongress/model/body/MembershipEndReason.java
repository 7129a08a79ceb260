package io.github.peoplecongress.model.body;

/**
 * Why a standing-committee membership ended (常委会组成人员职务终止的原因).
 *
 * <p>Sources: resignation accepted by the congress or, in recess, by the committee (Local Organic Law 2022 Art. 32(1);
 * Election Law 2020 Art. 55); resignation required on taking a post in an administrative, supervisory, judicial or
 * procuratorial organ (Art. 47(3)); recall or removal; loss of deputy status, which ends the committee post (Election
 * Law Art. 54; Deputies Law 2025 Art. 62); the end of the term when the next committee is elected (Art. 48).
 */
public enum MembershipEndReason {
  /** 辞职 (resignation accepted). */
  RESIGNED("辞职"),
  /** 因担任国家行政、监察、审判、检察机关职务辞去常委会职务 (Local Organic Law 2022 Art. 47(3)). */
  RESIGNED_FOR_INCOMPATIBLE_OFFICE("因担任国家机关职务辞职"),
  /** 罢免 (recalled by the congress). */
  RECALLED("罢免"),
  /** 撤职 (removed from the post). */
  REMOVED("撤职"),
  /** 调离 (transferred out of the district or to other work). */
  TRANSFERRED("调离"),
  /** 代表资格终止 (the member's deputy status ended, which ends the committee post). */
  DEPUTY_STATUS_TERMINATED("代表资格终止"),
  /** 去世. */
  DIED("去世"),
  /** 届满 (the next committee was elected, Local Organic Law 2022 Art. 48). */
  TERM_ENDED("届满"),
  /** 改任 (elected to another post on the same committee, such as a member elected deputy director). */
  ROLE_CHANGED("改任其他职务"),
  /** 其他. */
  OTHER("其他");

  private final String label;

  MembershipEndReason(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "辞职"}, not null
   */
  public String getLabel() {
    return label;
  }
}

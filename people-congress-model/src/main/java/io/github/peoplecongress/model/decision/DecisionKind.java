package io.github.peoplecongress.model.decision;

/**
 * The form of the committee's act on a matter — Local Organic Law 2022 Art. 50, final paragraph: 「可以作出决定
 * 或者决议，也可以将有关意见、建议送有关地方国家机关或者单位研究办理」.
 */
public enum DecisionKind {
  /** 决议. */
  RESOLUTION("决议"),
  /** 决定. */
  DECISION("决定"),
  /**
   * 送有关机关研究办理: the committee deliberated a major matter and, instead of a 决议 or 决定, sent its opinions
   * and suggestions to the organ concerned, which must report on handling in good time (及时). Not counted as
   * "作出决议、决定".
   */
  REFERRAL("送有关机关研究办理");

  private final String label;

  DecisionKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "决议"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns whether this kind is a 决议 or 决定, the acts counted by "作出决议、决定 x 项".
   *
   * @return true for {@link #RESOLUTION} and {@link #DECISION}, false for {@link #REFERRAL}
   */
  public boolean resolutionOrDecision() {
    return this != REFERRAL;
  }
}

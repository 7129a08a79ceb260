package io.github.peoplecongress.rules.petition;

/**
 * Whether the 信访条例 of 2005, which bound 行政机关 only, applies to a standing committee's petitions before
 * 2022-05-01 (parameter {@code petition.congressCoverageBefore2022}, DOMAIN.md §4).
 */
public enum CongressCoverage {
  /** Outside the rule: no finding before 2022-05-01. */
  OUTSIDE("不适用"),
  /**
   * <b>The default.</b> The 2005 periods apply by analogy (参照): the standing committee's petitions office worked
   * to the same periods in practice, and many provincial petition regulations extended them to 人大机关, but the
   * national regulation did not bind it; so a breach is a warning, "cannot tell" stays "cannot tell".
   */
  BY_ANALOGY("参照适用"),
  /** Binding: for a host whose local petition regulation covered 人大机关; a breach is a violation. */
  BINDING("适用");

  private final String label;

  CongressCoverage(String label) {
    this.label = label;
  }

  /** @return the Chinese label, not null */
  public String getLabel() {
    return label;
  }
}

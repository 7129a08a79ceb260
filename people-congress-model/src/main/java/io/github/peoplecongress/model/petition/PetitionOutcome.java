package io.github.peoplecongress.model.petition;

/**
 * The outcome of a petition: for a 信访处理意见书 the three outcomes of 信访工作条例 Art. 32, and the other ways a
 * petition is disposed of.
 */
public enum PetitionOutcome {
  /** 予以支持 (Art. 32(1)). */
  SUPPORTED("予以支持"),
  /** 解释说明 (Art. 32(2)): reasonable but without legal basis, explained. */
  EXPLAINED("解释说明"),
  /** 不予支持 (Art. 32(3)). */
  NOT_SUPPORTED("不予支持"),
  /** 采纳或者部分采纳 (Art. 29), for suggestions. */
  ADOPTED("采纳或者部分采纳"),
  /** 调解、和解 (Art. 33). */
  SETTLED("调解、和解"),
  /** 导入相应程序 (Art. 31(1)–(4)). */
  ROUTED("导入相应程序"),
  /** 转送、交办有权处理的机关 and closed here. */
  FORWARDED("转送、交办"),
  /** 不予受理. */
  NOT_ACCEPTED("不予受理"),
  /** 其他. */
  OTHER("其他");

  private final String label;

  PetitionOutcome(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "予以支持"}, not null
   */
  public String getLabel() {
    return label;
  }
}

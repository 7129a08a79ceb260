package io.github.peoplecongress.model.petition;

/**
 * How a petition reached the office (信访形式, 信访工作条例 Art. 17: 信息网络、书信、电话、传真、走访).
 */
public enum PetitionChannel {
  /** 来信: a letter, counted in 件. */
  LETTER("来信"),
  /** 来访: a visit in person, counted in 批次 (one record per batch) and 人次. */
  VISIT("来访"),
  /** 网上信访: through the online petition platform or e-mail. */
  ONLINE("网上信访"),
  /** 电话: by telephone. */
  PHONE("电话"),
  /** 传真: by fax. */
  FAX("传真");

  private final String label;

  PetitionChannel(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "来访"}, not null
   */
  public String getLabel() {
    return label;
  }
}

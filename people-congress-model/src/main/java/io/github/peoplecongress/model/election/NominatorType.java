package io.github.peoplecongress.model.election;

/**
 * Who nominated a candidate (选举法 Art. 30): a political party or mass organisation, alone or jointly, or at least
 * ten voters jointly (the number is checked by the rules module).
 */
public enum NominatorType {
  /** 各政党、各人民团体联合或者单独推荐. */
  PARTY_OR_ORGANIZATION("政党、人民团体推荐"),
  /** 选民十人以上联名推荐. */
  VOTERS("选民联名推荐");

  private final String label;

  NominatorType(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "选民联名推荐"}, not null
   */
  public String getLabel() {
    return label;
  }
}

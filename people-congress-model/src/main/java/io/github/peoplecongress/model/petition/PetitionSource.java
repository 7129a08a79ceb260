package io.github.peoplecongress.model.petition;

/**
 * Where a petition came from: directly from the public, or forwarded or assigned by a higher body. Work reports
 * count "办理上级人大常委会转办、交办的信访件 x 件" separately from letters and visits received directly.
 */
public enum PetitionSource {
  /** 群众直接来信来访: received directly from the petitioner. */
  DIRECT("群众直接来信来访"),
  /** 上级人大常委会转办: forwarded by a higher standing committee (转送, no report back required). */
  FORWARDED_BY_HIGHER("上级人大常委会转办"),
  /** 上级交办: assigned by a higher body, with a report back on the result (交办). */
  ASSIGNED_BY_HIGHER("上级交办"),
  /** 其他: any other source, such as a deputy passing on a letter. */
  OTHER("其他");

  private final String label;

  PetitionSource(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "上级交办"}, not null
   */
  public String getLabel() {
    return label;
  }
}

package io.github.peoplecongress.model.personnel;

/**
 * The form of an oath ceremony, Oath Decision 2018 cl. 八: 「宣誓仪式根据情况,可以采取单独宣誓或者集体宣誓的形式。」
 * A collective oath is led by one person (领誓人).
 */
public enum OathForm {
  /** 单独宣誓: the swearer, left hand on the Constitution and right fist raised, recites the oath. */
  INDIVIDUAL("单独宣誓"),
  /** 集体宣誓: one leader (领誓人) recites and the other swearers repeat. */
  COLLECTIVE("集体宣誓");

  private final String label;

  OathForm(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "集体宣誓"}, not null
   */
  public String getLabel() {
    return label;
  }
}

package io.github.peoplecongress.model.supervision;

/**
 * How an inspection or other supervision activity was organised — Supervision Law 2024 Art. 34(2)–(3). The seed report counts the laws inspected on the committee's own initiative apart from those inspected together with the provincial or city committee (配合省、市人大常委会).
 */
public enum InspectionMode {
  /** Organised by this committee alone. */
  OWN("本级自行组织"),
  /** With (联动) or for (配合) the provincial or city standing committee — 2024 Art. 34(2). */
  JOINT_WITH_HIGHER("配合上级人大常委会联动"),
  /** Regional joint inspection with committees of other places (协同) — 2024 Art. 34(3). */
  REGIONAL("区域协同");

  private final String label;

  InspectionMode(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "本级自行组织"}, not null
   */
  public String getLabel() {
    return label;
  }
}

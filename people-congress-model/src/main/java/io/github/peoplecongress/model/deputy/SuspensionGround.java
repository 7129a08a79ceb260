package io.github.peoplecongress.model.deputy;

/**
 * Why a deputy's duties were suspended (暂停执行代表职务的情形) — Deputies Law 2025 Art. 61 (2015 Art. 48).
 */
public enum SuspensionGround {
  /** （一）因刑事案件被羁押正在受侦查、起诉、审判. */
  DETAINED_IN_CRIMINAL_CASE("因刑事案件被羁押正在受侦查、起诉、审判"),
  /** （二）被依法判处管制、拘役或者有期徒刑而没有附加剥夺政治权利，正在服刑. */
  SERVING_SENTENCE("被依法判处管制、拘役或者有期徒刑而没有附加剥夺政治权利，正在服刑"),
  /** 法律规定的其他情形. */
  OTHER("其他");

  private final String label;

  SuspensionGround(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, not null
   */
  public String getLabel() {
    return label;
  }
}

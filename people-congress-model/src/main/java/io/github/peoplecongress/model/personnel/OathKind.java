package io.github.peoplecongress.model.personnel;

/**
 * Which oath a ceremony administers: the constitutional oath of state functionaries (Constitution Art. 27(3);
 * NPCSC Oath Decision) or the people's assessors' oath of office (People's Assessors Law 2018 Art. 12).
 */
public enum OathKind {
  /** 宪法宣誓, with a text of {@link OathText}. */
  CONSTITUTIONAL("宪法宣誓"),
  /** 人民陪审员就职宣誓, organised by the court with the justice bureau (People's Assessors Law Art. 12). */
  PEOPLES_ASSESSOR("人民陪审员就职宣誓");

  private final String label;

  OathKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "宪法宣誓"}, not null
   */
  public String getLabel() {
    return label;
  }
}

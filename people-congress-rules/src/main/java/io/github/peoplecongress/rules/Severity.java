package io.github.peoplecongress.rules;

/** How serious a {@link Finding} is. */
public enum Severity {
  /** The facts break a binding provision (违反规定). */
  VIOLATION("违反规定", "violation"),
  /** The facts depart from a soft norm (一般应当, 一般不超过) or a local target (提示). */
  WARNING("提示", "warning"),
  /** The facts needed to decide are missing (无法判断); the finding names them. */
  CANNOT_TELL("无法判断", "cannot tell"),
  /**
   * A deadline runs past the records' "as of" date and nothing yet shows it met (待办): neither a violation nor
   * unknown, but what is still due, with its last day ({@link Finding#getDueDate()}). Reports list these apart.
   */
  PENDING("待办", "pending");

  private final String label;
  private final String labelEn;

  Severity(String label, String labelEn) {
    this.label = label;
    this.labelEn = labelEn;
  }

  /** @return the Chinese label, not null */
  public String getLabel() {
    return label;
  }

  /** @return the English label, not null */
  public String getLabelEn() {
    return labelEn;
  }
}

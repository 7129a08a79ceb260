package io.github.peoplecongress.model.code;

/**
 * A person's sex as coded by GB/T 2261.1-2003 人的性别代码: {@code 0} 未知的性别, {@code 1} 男性, {@code 2} 女性,
 * {@code 9} 未说明的性别.
 *
 * <p>JSON: the constant name ({@code "MALE"}), Jackson's default; {@link #getCode()} gives the GB code.
 */
public enum Gender {
  /** {@code 0} 未知的性别: not known. */
  NOT_KNOWN("0", "未知的性别"),
  /** {@code 1} 男性. */
  MALE("1", "男性"),
  /** {@code 2} 女性. */
  FEMALE("2", "女性"),
  /** {@code 9} 未说明的性别: known but not stated. */
  NOT_STATED("9", "未说明的性别");

  private final String code;
  private final String label;

  Gender(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the GB/T 2261.1 code.
   *
   * @return the one-digit code, such as {@code "1"}, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the Chinese name in the standard.
   *
   * @return the label, such as {@code "女性"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Finds the gender with a GB/T 2261.1 code.
   *
   * @param code  the code, such as {@code "2"}
   * @return the gender, not null
   * @throws IllegalArgumentException naming the code if it is not one of {@code 0 1 2 9}
   */
  public static Gender fromCode(String code) {
    for (Gender gender : values()) {
      if (gender.code.equals(code)) {
        return gender;
      }
    }
    throw new IllegalArgumentException("Unknown GB/T 2261.1 gender code: " + Codes.quote(code)
        + " (expected 0, 1, 2 or 9)");
  }
}

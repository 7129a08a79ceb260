package io.github.peoplecongress.model.code;

/**
 * A person's political affiliation (政治面貌) with the codes of GB/T 4762-1984 政治面貌代码, {@code 01} to
 * {@code 13}. {@link #getLabel()} is the short form in everyday use (中共党员), {@link #getFullName()} the name in the
 * standard (中国共产党党员).
 *
 * <p>JSON: the constant name ({@code "CPC_MEMBER"}), Jackson's default; {@link #getCode()} gives the code.
 */
public enum PoliticalStatus {
  /** {@code 01} 中共党员 (中国共产党党员). */
  CPC_MEMBER("01", "中共党员", "中国共产党党员"),
  /** {@code 02} 中共预备党员 (中国共产党预备党员). */
  CPC_PROBATIONARY_MEMBER("02", "中共预备党员", "中国共产党预备党员"),
  /** {@code 03} 共青团员 (中国共产主义青年团团员). */
  COMMUNIST_YOUTH_LEAGUE_MEMBER("03", "共青团员", "中国共产主义青年团团员"),
  /** {@code 04} 民革会员 (中国国民党革命委员会会员). */
  RCCK_MEMBER("04", "民革会员", "中国国民党革命委员会会员"),
  /** {@code 05} 民盟盟员 (中国民主同盟盟员). */
  CDL_MEMBER("05", "民盟盟员", "中国民主同盟盟员"),
  /** {@code 06} 民建会员 (中国民主建国会会员). */
  CNDCA_MEMBER("06", "民建会员", "中国民主建国会会员"),
  /** {@code 07} 民进会员 (中国民主促进会会员). */
  CAPD_MEMBER("07", "民进会员", "中国民主促进会会员"),
  /** {@code 08} 农工党党员 (中国农工民主党党员). */
  CPWDP_MEMBER("08", "农工党党员", "中国农工民主党党员"),
  /** {@code 09} 致公党党员 (中国致公党党员). */
  CZGP_MEMBER("09", "致公党党员", "中国致公党党员"),
  /** {@code 10} 九三学社社员. */
  JIUSAN_SOCIETY_MEMBER("10", "九三学社社员", "九三学社社员"),
  /** {@code 11} 台盟盟员 (台湾民主自治同盟盟员). */
  TDSGL_MEMBER("11", "台盟盟员", "台湾民主自治同盟盟员"),
  /** {@code 12} 无党派人士 (无党派民主人士). */
  NON_PARTY_PERSONAGE("12", "无党派人士", "无党派民主人士"),
  /** {@code 13} 群众: none of the above. */
  MASSES("13", "群众", "群众");

  private final String code;
  private final String label;
  private final String fullName;

  PoliticalStatus(String code, String label, String fullName) {
    this.code = code;
    this.label = label;
    this.fullName = fullName;
  }

  /**
   * Returns the two-digit GB/T 4762 code.
   *
   * @return the code, such as {@code "01"}, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the short Chinese label in everyday use.
   *
   * @return the label, such as {@code "中共党员"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns the name in the standard.
   *
   * @return the full name, such as {@code "中国共产党党员"}, not null
   */
  public String getFullName() {
    return fullName;
  }

  /**
   * Tells whether this is membership of the Communist Party of China, full or probationary (codes 01 and 02).
   *
   * @return true for {@link #CPC_MEMBER} and {@link #CPC_PROBATIONARY_MEMBER}
   */
  public boolean belongsToCpc() {
    return this == CPC_MEMBER || this == CPC_PROBATIONARY_MEMBER;
  }

  /**
   * Tells whether this is membership of one of the eight democratic parties (民主党派, codes 04 to 11).
   *
   * @return true for codes 04 to 11
   */
  public boolean belongsToDemocraticParty() {
    return ordinal() >= RCCK_MEMBER.ordinal() && ordinal() <= TDSGL_MEMBER.ordinal();
  }

  /**
   * Finds the political status with a GB/T 4762 code.
   *
   * @param code  the code, such as {@code "13"}; the leading zero is required
   * @return the political status, not null
   * @throws IllegalArgumentException naming the code if it is not {@code 01} to {@code 13}
   */
  public static PoliticalStatus fromCode(String code) {
    for (PoliticalStatus status : values()) {
      if (status.code.equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("Unknown GB/T 4762 political status code: " + Codes.quote(code)
        + " (expected two digits 01 to 13)");
  }
}

package io.github.peoplecongress.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码) of a legal person or other organisation, GB 32100-2015, such as
 * {@code 91350100M000100Y43}: 18 characters from the 31-character set {@code 0-9 A-H J-N P-R T U W-Y} (no
 * {@code I O S V Z}), made of
 * <ol>
 *   <li>character 1, the registration authority (登记管理部门码, for example {@code 1} 机构编制, {@code 5} 民政,
 *       {@code 9} 工商);</li>
 *   <li>character 2, the organisation category (机构类别码, for example {@code 91} an enterprise);</li>
 *   <li>characters 3 to 8, the registration authority's administrative division code (登记管理机关行政区划码,
 *       six digits, GB/T 2260; {@code 100000} for national registration);</li>
 *   <li>characters 9 to 17, the subject identifier (主体标识码), which is the organisation code (组织机构代码) of
 *       GB 11714-1997: eight characters and its own check character;</li>
 *   <li>character 18, the check character: {@code 31 - (Σ value × weight mod 31)} with weights
 *       {@code 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28}, a result of 31 giving {@code 0}, read back into the
 *       character set.</li>
 * </ol>
 *
 * <p>What is checked: the length, the character set, six digits in characters 3 to 8, the GB 11714 check character
 * of the embedded organisation code (weights {@code 3 7 9 10 5 8 4 2}, letters valued A = 10 … Z = 35,
 * {@code 11 - (sum mod 11)}, 10 giving {@code X} and 11 giving {@code 0}) and the GB 32100 check character. The codes
 * of characters 1 and 2 and the division code are not looked up in any table. Lower-case letters are rejected, not
 * upper-cased.
 *
 * <p>Not personal data: {@link #toString()} is the code itself. JSON is the plain code.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe; equality is on the text.
 */
public final class UnifiedSocialCreditCode {
  /** The length of a code: 18 characters. */
  public static final int LENGTH = 18;

  /** The character set of GB 32100-2015, in value order: {@code '0'} is 0, {@code 'Y'} is 30. */
  static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private final String value;

  private UnifiedSocialCreditCode(String value) {
    this.value = value;
  }

  /**
   * Obtains a code from its exact text.
   *
   * @param text  the 18 characters, such as {@code "91350100M000100Y43"}
   * @return the code, not null
   * @throws IllegalArgumentException with the reason if the text is not a valid GB 32100-2015 code, such as
   *     {@code "Invalid unified social credit code: check character should be 3 but was 4"}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static UnifiedSocialCreditCode of(String text) {
    Optional<String> reason = invalidReason(text);
    if (reason.isPresent()) {
      throw new IllegalArgumentException("Invalid unified social credit code: " + reason.get());
    }
    return new UnifiedSocialCreditCode(text);
  }

  /**
   * Tells why a text is not a valid code, without throwing.
   *
   * @param text  the text to check, may be null
   * @return the reason, such as {@code "check character should be 3 but was 4"}, or empty if the text is valid
   */
  public static Optional<String> invalidReason(CharSequence text) {
    if (text == null) {
      return Optional.of("is null");
    }
    if (text.length() != LENGTH) {
      return Optional.of("must have 18 characters but has " + text.length());
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      if (CHARACTERS.indexOf(c) < 0) {
        String what = c >= 'a' && c <= 'z' ? " (lower case)" : "";
        return Optional.of("character " + (i + 1) + " must be a digit or an upper-case letter other than"
            + " I, O, S, V, Z but was " + Codes.describe(c) + what);
      }
    }
    for (int i = 2; i < 8; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.of("character " + (i + 1) + " must be a digit (characters 3 to 8 are a division code)"
            + " but was " + Codes.describe(c));
      }
    }
    char expected = checkCharacter(text);
    char actual = text.charAt(LENGTH - 1);
    if (expected != actual) {
      return Optional.of("check character should be " + expected + " but was " + actual);
    }
    char expectedOrganization = organizationCheckCharacter(text);
    char actualOrganization = text.charAt(16);
    if (expectedOrganization != actualOrganization) {
      return Optional.of("organization code check character (character 17) should be " + expectedOrganization
          + " but was " + actualOrganization);
    }
    return Optional.empty();
  }

  /**
   * Tells whether a text is a valid code.
   *
   * @param text  the text, may be null
   * @return true if {@link #of(String)} would accept it
   */
  public static boolean valid(CharSequence text) {
    return invalidReason(text).isEmpty();
  }

  /**
   * Computes the GB 32100-2015 check character of the first 17 characters.
   *
   * @param text  at least 17 characters of the code's character set; characters after the 17th are ignored
   * @return the check character, not null
   * @throws IllegalArgumentException if there are fewer than 17 characters or one is outside the character set
   */
  public static char checkCharacter(CharSequence text) {
    if (text == null || text.length() < LENGTH - 1) {
      throw new IllegalArgumentException("need 17 characters to compute a check character");
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int v = CHARACTERS.indexOf(text.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("character " + (i + 1) + " is outside the code's character set: "
            + Codes.describe(text.charAt(i)));
      }
      sum += v * WEIGHTS[i];
    }
    return CHARACTERS.charAt((31 - sum % 31) % 31);
  }

  /**
   * Computes the GB 11714-1997 check character of the organisation code in characters 9 to 16.
   *
   * @param text  at least 16 characters; characters 9 to 16 must be digits or upper-case letters
   * @return the check character, {@code '0'} to {@code '9'} or {@code 'X'}
   * @throws IllegalArgumentException if there are fewer than 16 characters or one of 9 to 16 is not a digit or an
   *     upper-case letter
   */
  public static char organizationCheckCharacter(CharSequence text) {
    if (text == null || text.length() < 16) {
      throw new IllegalArgumentException("need 16 characters to compute the organization code check character");
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = text.charAt(8 + i);
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 10;
      } else {
        throw new IllegalArgumentException("character " + (9 + i) + " must be a digit or an upper-case letter: "
            + Codes.describe(c));
      }
      sum += v * ORGANIZATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  /**
   * Returns the code, exactly as given. This is the JSON form.
   *
   * @return the 18 characters, not null
   */
  @JsonValue
  public String getValue() {
    return value;
  }

  /**
   * Returns character 1, the registration authority code (登记管理部门码).
   *
   * @return one character, such as {@code "9"}, not null
   */
  public String getRegistrationAuthorityCode() {
    return value.substring(0, 1);
  }

  /**
   * Returns character 2, the organisation category code (机构类别码) within the registration authority.
   *
   * @return one character, such as {@code "1"}, not null
   */
  public String getCategoryCode() {
    return value.substring(1, 2);
  }

  /**
   * Returns characters 3 to 8, the registration authority's division code (登记管理机关行政区划码).
   *
   * @return six digits, such as {@code "350100"}, not null
   */
  public String getRegionCode() {
    return value.substring(2, 8);
  }

  /**
   * Returns characters 9 to 17, the organisation code (组织机构代码) of GB 11714, without its usual hyphen.
   *
   * @return nine characters, such as {@code "M000100Y4"}, not null
   */
  public String getOrganizationCode() {
    return value.substring(8, 17);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnifiedSocialCreditCode that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the code itself; it is not personal data.
   *
   * @return the 18 characters, not null
   */
  @Override
  public String toString() {
    return value;
  }
}

package io.github.peoplecongress.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * An administrative division code (行政区划代码) of GB/T 2260, such as {@code 110105} (北京市朝阳区): six digits in
 * three pairs, the province-level part (省级, {@code 11}), the prefecture-level part (地级, {@code 01}) and the
 * county-level part (县级, {@code 05}). A code ending in {@code 0000} denotes a province-level division, one ending in
 * {@code 00} a prefecture-level division (or a summary such as {@code 110100} 市辖区 or {@code 429000} 省直辖县级行政区划),
 * any other a county-level division.
 *
 * <p>What is checked: six digits; a province part that GB/T 2260 assigns ({@code 11}–{@code 15}, {@code 21}–{@code 23},
 * {@code 31}–{@code 37}, {@code 41}–{@code 46}, {@code 50}–{@code 54}, {@code 61}–{@code 65}, {@code 71}, {@code 81},
 * {@code 82}); no county part under a prefecture part of {@code 00}. Whether the code exists in the current edition
 * of the table is NOT checked: codes are added and retired every year, and old records keep old codes.
 *
 * <p>JSON: the plain six digits.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe; equality is on the text.
 */
public final class DivisionCode {
  private static final Set<String> PROVINCES = Set.of(
      "11", "12", "13", "14", "15",
      "21", "22", "23",
      "31", "32", "33", "34", "35", "36", "37",
      "41", "42", "43", "44", "45", "46",
      "50", "51", "52", "53", "54",
      "61", "62", "63", "64", "65",
      "71", "81", "82");

  private final String value;

  private DivisionCode(String value) {
    this.value = value;
  }

  /**
   * Obtains a division code from its exact text.
   *
   * @param text  six digits, such as {@code "110105"}
   * @return the code, not null
   * @throws IllegalArgumentException with the reason if the text is not a structurally valid code
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DivisionCode of(String text) {
    Optional<String> reason = invalidReason(text);
    if (reason.isPresent()) {
      throw new IllegalArgumentException("Invalid division code " + Codes.quote(text) + ": " + reason.get());
    }
    return new DivisionCode(text);
  }

  /**
   * Tells why a text is not a structurally valid division code, without throwing.
   *
   * @param text  the text to check, may be null
   * @return the reason, such as {@code "province part 99 is not a GB/T 2260 province-level code"}, or empty
   */
  public static Optional<String> invalidReason(CharSequence text) {
    if (text == null) {
      return Optional.of("is null");
    }
    if (text.length() != 6) {
      return Optional.of("must have 6 digits but has " + text.length() + " characters");
    }
    for (int i = 0; i < 6; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.of("character " + (i + 1) + " must be a digit but was " + Codes.describe(c));
      }
    }
    String province = text.subSequence(0, 2).toString();
    if (!PROVINCES.contains(province)) {
      return Optional.of("province part " + province + " is not a GB/T 2260 province-level code");
    }
    if (text.charAt(2) == '0' && text.charAt(3) == '0' && !(text.charAt(4) == '0' && text.charAt(5) == '0')) {
      return Optional.of("county part " + text.subSequence(4, 6) + " needs a prefecture part, but it is 00");
    }
    return Optional.empty();
  }

  /**
   * Tells whether a text is a structurally valid division code.
   *
   * @param text  the text, may be null
   * @return true if {@link #of(String)} would accept it
   */
  public static boolean valid(CharSequence text) {
    return invalidReason(text).isEmpty();
  }

  /**
   * Returns the six digits. This is the JSON form.
   *
   * @return the code, not null
   */
  @JsonValue
  public String getValue() {
    return value;
  }

  /**
   * Returns the province-level part, the first two digits.
   *
   * @return two digits, such as {@code "11"}, not null
   */
  public String getProvinceCode() {
    return value.substring(0, 2);
  }

  /**
   * Returns the prefecture-level part, digits 3 and 4.
   *
   * @return two digits, {@code "00"} for a province-level code, not null
   */
  public String getPrefectureCode() {
    return value.substring(2, 4);
  }

  /**
   * Returns the county-level part, digits 5 and 6.
   *
   * @return two digits, {@code "00"} above county level, not null
   */
  public String getCountyCode() {
    return value.substring(4, 6);
  }

  /**
   * Tells whether this code denotes a province-level division ({@code XX0000}).
   *
   * @return true if the prefecture and county parts are both {@code 00}
   */
  public boolean isProvinceLevel() {
    return value.endsWith("0000");
  }

  /**
   * Tells whether this code denotes a prefecture-level division or summary ({@code XXYY00}, {@code YY} not
   * {@code 00}).
   *
   * @return true if only the county part is {@code 00}
   */
  public boolean isPrefectureLevel() {
    return value.endsWith("00") && !isProvinceLevel();
  }

  /**
   * Tells whether this code denotes a county-level division (区, 县, 县级市, 旗 …): the county part is not
   * {@code 00}.
   *
   * @return true for county-level codes such as {@code 110105}
   */
  public boolean isCountyLevel() {
    return !value.endsWith("00");
  }

  /**
   * Returns the code of the province-level division this code lies in.
   *
   * @return the code {@code XX0000}, this code itself if it is province-level, not null
   */
  public DivisionCode province() {
    return isProvinceLevel() ? this : new DivisionCode(getProvinceCode() + "0000");
  }

  /**
   * Returns the code of the prefecture-level division this code lies in.
   *
   * @return the code {@code XXYY00}, this code itself if it is prefecture-level, empty for a province-level code
   */
  public Optional<DivisionCode> prefecture() {
    if (isProvinceLevel()) {
      return Optional.empty();
    }
    return Optional.of(isPrefectureLevel() ? this : new DivisionCode(value.substring(0, 4) + "00"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DivisionCode that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the six digits.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return value;
  }
}

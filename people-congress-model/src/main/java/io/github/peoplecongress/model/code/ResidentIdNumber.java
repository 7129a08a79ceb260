package io.github.peoplecongress.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A citizen identity number (公民身份号码) as printed on the resident identity card (居民身份证), GB 11643-1999: six
 * digits of address code (地址码), eight digits of birth date ({@code yyyyMMdd}, 出生日期码), three digits of sequence
 * (顺序码, odd for men, even for women) and a check character (校验码) computed by ISO 7064 MOD 11-2 with weights
 * {@code 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2}, where {@code X} stands for ten. For example the standard's own
 * {@code 11010519491231002X}.
 *
 * <p>What is checked: 18 characters; 17 digits then a digit or upper-case {@code X}; a real calendar date in
 * characters 7 to 14; the check character. A lower-case {@code x} is rejected with its own reason rather than
 * upper-cased, so that nothing a user gave is changed without saying so. The address code is checked as six digits
 * only: it is the address at first registration, which may no longer be in the current GB/T 2260 table, and the
 * identity numbers of residence permits for Hong Kong, Macao and Taiwan residents use {@code 810000},
 * {@code 820000} and {@code 830000}. Whether a birth date is plausible (not in the future, not too long ago) is a
 * rule matter and is not checked here. Fifteen-digit first-generation numbers (before GB 11643-1999) are rejected:
 * convert them to 18 digits first.
 *
 * <p>Personal data: {@link #toString()} is MASKED, keeping the first six and last four characters
 * ({@code 110105********002X}); {@link #getValue()} gives the full number and is what JSON carries. Reasons and
 * exception messages never repeat the number.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe; equality is on the text.
 */
public final class ResidentIdNumber {
  /** The length of a GB 11643-1999 number: 18 characters. */
  public static final int LENGTH = 18;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private final String value;

  private ResidentIdNumber(String value) {
    this.value = value;
  }

  /**
   * Obtains an identity number from its exact text.
   *
   * @param text  the 18 characters, such as {@code "11010519491231002X"}
   * @return the identity number, not null
   * @throws IllegalArgumentException with the reason if the text is not a valid GB 11643-1999 number, such as
   *     {@code "Invalid resident ID number: check character does not match the first 17 characters (GB 11643 MOD 11-2)"}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ResidentIdNumber of(String text) {
    Optional<String> reason = invalidReason(text);
    if (reason.isPresent()) {
      throw new IllegalArgumentException("Invalid resident ID number: " + reason.get());
    }
    return new ResidentIdNumber(text);
  }

  /**
   * Tells why a text is not a valid identity number, without throwing. The reason never repeats the number.
   *
   * @param text  the text to check, may be null
   * @return the reason, such as {@code "check character does not match the first 17 characters (GB 11643 MOD 11-2)"},
   *     or empty if the text is valid
   */
  public static Optional<String> invalidReason(CharSequence text) {
    if (text == null) {
      return Optional.of("is null");
    }
    if (text.length() != LENGTH) {
      return Optional.of("must have 18 characters but has " + text.length());
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.of("character " + (i + 1) + " must be a digit but was " + Codes.describe(c));
      }
    }
    char last = text.charAt(LENGTH - 1);
    if (last == 'x') {
      return Optional.of("check character must be an upper-case 'X', not a lower-case 'x'");
    }
    if ((last < '0' || last > '9') && last != 'X') {
      return Optional.of("character 18 must be a digit or 'X' but was " + Codes.describe(last));
    }
    if (parseBirthDate(text) == null) {
      return Optional.of("birth date (characters 7 to 14) is not a real calendar date in yyyyMMdd form");
    }
    char expected = checkCharacter(text);
    if (expected != last) {
      // the expected character would reveal part of the number: say only that it does not match
      return Optional.of("check character does not match the first 17 characters (GB 11643 MOD 11-2)");
    }
    return Optional.empty();
  }

  /**
   * Tells whether a text is a valid identity number.
   *
   * @param text  the text, may be null
   * @return true if {@link #of(String)} would accept it
   */
  public static boolean valid(CharSequence text) {
    return invalidReason(text).isEmpty();
  }

  /**
   * Computes the GB 11643-1999 check character of the first 17 characters, which must be digits.
   *
   * @param text  at least 17 digits; characters after the 17th are ignored
   * @return the check character, {@code '0'} to {@code '9'} or {@code 'X'}
   * @throws IllegalArgumentException if one of the first 17 characters is not a digit or there are fewer than 17
   */
  public static char checkCharacter(CharSequence text) {
    if (text == null || text.length() < LENGTH - 1) {
      throw new IllegalArgumentException("need 17 digits to compute a check character");
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("character " + (i + 1) + " must be a digit but was " + Codes.describe(c));
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    int check = (12 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  private static LocalDate parseBirthDate(CharSequence text) {
    int year = Integer.parseInt(text.subSequence(6, 10).toString());
    int month = Integer.parseInt(text.subSequence(10, 12).toString());
    int day = Integer.parseInt(text.subSequence(12, 14).toString());
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Returns the full identity number, exactly as given. This is the JSON form.
   *
   * @return the 18 characters, not null
   */
  @JsonValue
  public String getValue() {
    return value;
  }

  /**
   * Returns the address code (地址码), the first six digits.
   *
   * @return six digits, such as {@code "110105"}, not null
   */
  public String getRegionCode() {
    return value.substring(0, 6);
  }

  /**
   * Returns the birth date (出生日期码), characters 7 to 14.
   *
   * @return the date, not null
   */
  public LocalDate getBirthDate() {
    return parseBirthDate(value);
  }

  /**
   * Returns the sex that the sequence code (顺序码) records: its last digit, the 17th character, is odd for men
   * and even for women.
   *
   * @return {@link Gender#MALE} or {@link Gender#FEMALE}, never another value
   */
  public Gender getGender() {
    return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
  }

  /**
   * Returns the number with the birth date and the first sequence digits hidden: the first six and the last four
   * characters kept, the eight between replaced by {@code *}.
   *
   * @return the masked number, such as {@code "110105********002X"}, not null
   */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResidentIdNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the {@link #masked()} number: safe for logs. Use {@link #getValue()} for the full number.
   *
   * @return the masked number, such as {@code "110105********002X"}, not null
   */
  @Override
  public String toString() {
    return masked();
  }
}

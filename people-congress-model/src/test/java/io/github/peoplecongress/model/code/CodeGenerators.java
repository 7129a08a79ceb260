package io.github.peoplecongress.model.code;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.quicktheories.core.Gen;

/** QuickTheories generators of valid codes, for the properties of this package and others. */
public final class CodeGenerators {
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private CodeGenerators() {}

  /** @return valid birth dates from 1900 to 2099 */
  public static Gen<LocalDate> birthDates() {
    return integers().between((int) LocalDate.of(1900, 1, 1).toEpochDay(), (int) LocalDate.of(2099, 12, 31).toEpochDay())
        .map(day -> LocalDate.ofEpochDay(day));
  }

  /**
   * Valid identity numbers: any six-digit region, a real date, any sequence and the computed check character.
   *
   * @return a generator of valid GB 11643 numbers as text
   */
  public static Gen<String> residentIdNumberTexts() {
    return integers().between(0, 999_999).zip(birthDates(), integers().between(0, 999),
        (region, date, sequence) -> residentIdNumberText(String.format("%06d", region), date, sequence));
  }

  /**
   * Builds a valid identity number text.
   *
   * @param region  six digits
   * @param birthDate  the birth date
   * @param sequence  0 to 999; odd for a man
   * @return the 18 characters with the computed check character
   */
  public static String residentIdNumberText(String region, LocalDate birthDate, int sequence) {
    String body = region + birthDate.format(BASIC) + String.format("%03d", sequence);
    return body + ResidentIdNumber.checkCharacter(body);
  }

  /** @return valid unified social credit codes with computed check characters */
  public static Gen<String> unifiedSocialCreditCodeTexts() {
    String set = UnifiedSocialCreditCode.CHARACTERS;
    Gen<Character> anyCharacter = integers().between(0, set.length() - 1).map(set::charAt);
    Gen<String> eight = longs().between(0, power(set.length(), 8) - 1).map(number -> {
      StringBuilder text = new StringBuilder();
      long rest = number;
      for (int i = 0; i < 8; i++) {
        text.append(set.charAt((int) (rest % set.length())));
        rest /= set.length();
      }
      return text.toString();
    });
    return anyCharacter.zip(anyCharacter, integers().between(0, 999_999), eight, (authority, category, region, body) -> {
      String head = "" + authority + category + String.format("%06d", region) + body;
      char organizationCheck = UnifiedSocialCreditCode.organizationCheckCharacter(head);
      String seventeen = head + organizationCheck;
      return seventeen + UnifiedSocialCreditCode.checkCharacter(seventeen);
    });
  }

  private static long power(int base, int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
    }
    return result;
  }
}

package io.github.peoplecongress.reporting.internal;

/** Chinese numerals for term numbers: 16 → 十六, 10 → 十, 21 → 二十一, 100 → 一百. */
public final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  /**
   * Writes a number from 0 to 999 in Chinese numerals; larger numbers in Arabic digits.
   *
   * @param number  the number, not negative
   * @return the numeral, not null
   */
  public static String of(int number) {
    if (number < 0 || number > 999) {
      return Integer.toString(number);
    }
    if (number < 10) {
      return String.valueOf(DIGITS.charAt(number));
    }
    if (number < 20) {
      return "十" + (number % 10 == 0 ? "" : DIGITS.charAt(number % 10));
    }
    if (number < 100) {
      return DIGITS.charAt(number / 10) + "十" + (number % 10 == 0 ? "" : DIGITS.charAt(number % 10));
    }
    int rest = number % 100;
    String head = DIGITS.charAt(number / 100) + "百";
    if (rest == 0) {
      return head;
    }
    return head + (rest < 10 ? "零" + DIGITS.charAt(rest) : rest < 20 ? "一" + of(rest) : of(rest));
  }

  /**
   * Writes an English ordinal: 1st, 2nd, 3rd, 16th, 21st.
   *
   * @param number  the number, not negative
   * @return the ordinal, not null
   */
  public static String englishOrdinal(int number) {
    int lastTwo = number % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
        : switch (number % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return number + suffix;
  }
}

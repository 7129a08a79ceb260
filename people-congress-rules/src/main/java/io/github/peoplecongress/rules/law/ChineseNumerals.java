package io.github.peoplecongress.rules.law;

/** Chinese numerals for article numbers: 9 → 九, 10 → 十, 27 → 二十七, 105 → 一百零五. */
final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  static String of(int n) {
    if (n < 0 || n > 999) {
      return Integer.toString(n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    if (n < 100) {
      int tens = n / 10;
      int units = n % 10;
      return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (units == 0 ? "" : DIGITS.charAt(units));
    }
    int hundreds = n / 100;
    int rest = n % 100;
    String head = DIGITS.charAt(hundreds) + "百";
    if (rest == 0) {
      return head;
    }
    return rest < 10 ? head + "零" + DIGITS.charAt(rest) : head + (rest < 20 ? "一" : "") + of(rest);
  }
}

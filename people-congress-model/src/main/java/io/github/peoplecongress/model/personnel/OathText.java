package io.github.peoplecongress.model.personnel;

import java.time.LocalDate;

/**
 * The statutory texts of the constitutional oath (宪法宣誓誓词), NPCSC Decision on the Constitutional Oath.
 * The texts are copied character for character, with their full-width punctuation, from the statutory reference
 * §3.2 (VERIFIED-REPO through 北京市国家工作人员宪法宣誓组织办法 Art. 7 and 上海市实施宪法宣誓制度办法 Art. 3).
 *
 * <p>Which text was due on a given date is a rule (the 2015 text before 2018-03-12, the 2018 text from then on);
 * this enum only states the texts and the dates they came into force. The people's assessor oath (人民陪审员宣誓) is
 * not a constitutional oath and its wording is unverified (审判职责 or 陪审职责): record it as
 * {@link OathCeremony#getRecitedText()} instead.
 */
public enum OathText {
  /** The 2015 text of 70 characters, adopted 2015-07-01, in force 2016-01-01. */
  V2015("2015年誓词", "我宣誓：忠于中华人民共和国宪法，维护宪法权威，履行法定职责，忠于祖国、忠于人民，恪尽职守、廉洁奉公，接受人民监督，为建设富强、民主、文明、和谐的社会主义国家努力奋斗！", LocalDate.of(2016, 1, 1)),
  /** The 2018 text of 75 characters, adopted 2018-02-24, in force 2018-03-12. */
  V2018("2018年誓词", "我宣誓：忠于中华人民共和国宪法，维护宪法权威，履行法定职责，忠于祖国、忠于人民，恪尽职守、廉洁奉公，接受人民监督，为建设富强民主文明和谐美丽的社会主义现代化强国努力奋斗！", LocalDate.of(2018, 3, 12));

  private final String label;
  private final String text;
  private final LocalDate effectiveFrom;

  OathText(String label, String text, LocalDate effectiveFrom) {
    this.label = label;
    this.text = text;
    this.effectiveFrom = effectiveFrom;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "2018年誓词"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns the exact text with its full-width punctuation, beginning {@code 我宣誓：}.
   *
   * @return the text, not null
   */
  public String getText() {
    return text;
  }

  /**
   * Returns the date this text came into force: 2016-01-01 for the 2015 text, 2018-03-12 for the 2018 text.
   *
   * @return the date, not null
   */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * Returns the number of Chinese characters, punctuation excluded, as the press counts them (70 and 75).
   *
   * @return the count, positive
   */
  public int characterCount() {
    return (int) text.codePoints()
        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        .count();
  }
}

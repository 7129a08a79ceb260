package io.github.peoplecongress.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.rules.law.Citation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One result of a rule on one record, for example: [OATH-003] 宪法宣誓时限 (北京市宪法宣誓组织办法（2015）第十三条) 任免
 * PA-2019-017: 应当在2019-03-02后三十日内（至2019-04-01）进行宪法宣誓，实际未见宣誓记录.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {

  /** @return the rule id, such as {@code "OATH-003"}, not null */
  public abstract String getRuleId();

  /** @return the rule's Chinese title, not null */
  public abstract String getRuleTitleZh();

  /** @return the rule's English title, not null */
  public abstract String getRuleTitleEn();

  /** @return the severity, not null */
  public abstract Severity getSeverity();

  /** @return the provision applied, in the version in force on the fact date, not null */
  public abstract Citation getCitation();

  /** @return the record, such as {@code "PersonnelAction PA-2019-017"}, not null */
  public abstract String getRecord();

  /** @return the date of the fact the law was applied on, when there is one */
  public abstract Optional<LocalDate> getFactDate();

  /** @return for {@link Severity#PENDING}: the last day of the period still running, when there is one */
  public abstract Optional<LocalDate> getDueDate();

  /** @return what the law requires, in Chinese, with the dates and values, not null */
  public abstract String getExpectedZh();

  /** @return what the records show, in Chinese, not null */
  public abstract String getFoundZh();

  /** @return what the law requires, in English, not null */
  public abstract String getExpectedEn();

  /** @return what the records show, in English, not null */
  public abstract String getFoundEn();

  /** @return for {@link Severity#CANNOT_TELL}: the JSON fields whose values are missing, not null */
  public abstract List<String> getMissingFacts();

  /**
   * Returns one line in the given language (Chinese for {@code zh}, English otherwise).
   *
   * @param locale  the language, not null
   * @return the line, not null
   */
  public String describe(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    String missing = getMissingFacts().isEmpty() ? ""
        : zh ? "（缺少：" + String.join("、", getMissingFacts()) + "）"
            : " (missing: " + String.join(", ", getMissingFacts()) + ")";
    return zh
        ? "[" + getRuleId() + "] " + getSeverity().getLabel() + "：" + getRuleTitleZh() + "（" + getCitation().referenceZh()
            + "）" + getRecord() + "：应当" + getExpectedZh() + "，实际" + getFoundZh() + missing
        : "[" + getRuleId() + "] " + getSeverity().getLabelEn() + ": " + getRuleTitleEn() + " ("
            + getCitation().referenceEn() + ") at " + getRecord() + ": expected " + getExpectedEn() + " but found "
            + getFoundEn() + missing;
  }

  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}

package io.github.peoplecongress.rules.suggestion;

import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.time.LocalDate;

/** The parameters of the suggestion family. */
public final class SuggestionParameters {
  private SuggestionParameters() {}

  /** The day the 青岛市 rules took effect (Art. 42: 「本条例自2021年9月1日起施行。」). */
  static final LocalDate QINGDAO_FROM = LocalDate.of(2021, 9, 1);

  /** Months from 交办 to answer: 3 (代表法 2015 Art. 42(1), 2025 Art. 51(2)). */
  public static final Parameter<Integer> ANSWER_MONTHS = Parameter.of("suggestion.answerMonths", Integer.class,
      "代表建议答复期限（月）", "Months to answer a suggestion",
      DatedSeries.of(LocalDate.of(2015, 8, 29), 3, SuggestionCitations.ANSWER_2015)
          .then(LocalDate.of(2025, 3, 11), 3, SuggestionCitations.ANSWER_2025));

  /** Months from 交办 to answer a broad or difficult suggestion: 6 (same provisions). */
  public static final Parameter<Integer> COMPLEX_ANSWER_MONTHS = Parameter.of("suggestion.complexAnswerMonths",
      Integer.class, "涉及面广、处理难度大的代表建议答复期限（月）", "Months to answer a broad or difficult suggestion",
      DatedSeries.of(LocalDate.of(2015, 8, 29), 6, SuggestionCitations.ANSWER_2015)
          .then(LocalDate.of(2025, 3, 11), 6, SuggestionCitations.ANSWER_2025));

  /** Working days from receipt to assign a recess suggestion: none nationally; 青岛市 Art. 14: 5. */
  public static final Parameter<Integer> RECESS_ASSIGN_WORKING_DAYS = Parameter.of(
      "suggestion.recessAssignWorkingDays", Integer.class, "闭会期间代表建议交办期限（工作日）",
      "Working days to assign a recess suggestion",
      DatedSeries.none(LocalDate.of(1980, 1, 1), "national law sets no period"));

  /** Working days from receipt for a handling unit to dispute its remit: none nationally; 青岛市 Art. 19: 5. */
  public static final Parameter<Integer> REMIT_DISPUTE_WORKING_DAYS = Parameter.of(
      "suggestion.remitDisputeWorkingDays", Integer.class, "承办单位提出不属于本单位办理范围的期限（工作日）",
      "Working days for a handling unit to dispute its remit",
      DatedSeries.none(LocalDate.of(1980, 1, 1), "national law sets no period"));

  /** Whether answering after the normal period needs an approved extension: none nationally; 青岛市 Art. 25: true. */
  public static final Parameter<Boolean> EXTENSION_NEEDS_APPROVAL = Parameter.of(
      "suggestion.extensionNeedsApproval", Boolean.class, "延期答复须经代表工作机构同意",
      "An answer after the normal period needs an approved extension",
      DatedSeries.none(LocalDate.of(1980, 1, 1), "national law: broad or difficult suggestions have six months "
          + "without approval"));

  /** Whether the deputies' 测评 may send dissatisfying answers back for re-handling: none nationally; 青岛市 Art. 31. */
  public static final Parameter<Boolean> RE_HANDLING_REVIEW = Parameter.of("suggestion.reHandlingReview",
      Boolean.class, "根据测评情况交承办单位重新办理", "Dissatisfying answers may be sent back for re-handling",
      DatedSeries.none(LocalDate.of(1980, 1, 1), "national law sets no re-handling procedure"));
}

package io.github.peoplecongress.rules.exam;

import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The parameters of the exam rules. National law requires no examination, so every national default is "none" and
 * the rules apply only where {@link ExamLocalRules} or a host's profile sets values.
 */
public final class ExamParameters {
  private ExamParameters() {}

  private static final LocalDate FROM = LocalDate.of(1999, 1, 1);
  private static final String NONE = "国家法律未规定任前法律知识考试";

  /** {@code exam.passMark}: the pass mark on a paper of 100 (石台县 Art. 11, 兰州市: 60). */
  public static final Parameter<BigDecimal> PASS_MARK = Parameter.of("exam.passMark", BigDecimal.class, "考试合格分数线",
      "Pass mark (of 100)", DatedSeries.none(FROM, NONE));

  /** {@code exam.requiredBeforeVote}: a pass is required before the appointment vote (岐山县 cl. 三, 兰州市). */
  public static final Parameter<Boolean> REQUIRED_BEFORE_VOTE = Parameter.of("exam.requiredBeforeVote", Boolean.class,
      "考试合格方可提请审议任命", "A pass before the appointment vote", DatedSeries.none(FROM, NONE));

  /** {@code exam.retakesAllowed}: the number of retakes allowed (岐山县, 兰州市: 1). */
  public static final Parameter<Integer> RETAKES_ALLOWED = Parameter.of("exam.retakesAllowed", Integer.class,
      "允许补考次数", "Retakes allowed", DatedSeries.none(FROM, NONE));

  /** {@code exam.failedRetakeConsequence}: deferral (岐山县) or withdrawal (兰州市) after a failed retake. */
  public static final Parameter<FailedRetakeConsequence> FAILED_RETAKE = Parameter.of("exam.failedRetakeConsequence",
      FailedRetakeConsequence.class, "补考不合格的后果", "Consequence of a failed retake", DatedSeries.none(FROM, NONE));

  /** {@code exam.absenceWithoutReasonBarsAgenda}: absence without reason keeps the bill off the agenda (兰州市). */
  public static final Parameter<Boolean> ABSENCE_BARS_AGENDA = Parameter.of("exam.absenceWithoutReasonBarsAgenda",
      Boolean.class, "无故缺考的任命议案不得列入议程", "Absence without reason keeps the bill off the agenda",
      DatedSeries.none(FROM, NONE));

  /** {@code exam.exemptions}: the grounds exempting from the whole examination (武隆县 Art. 4). */
  public static final Parameter<ExamExemptions> EXEMPTIONS = Parameter.of("exam.exemptions", ExamExemptions.class,
      "免予考试的事由", "Grounds of exemption from the whole examination", DatedSeries.none(FROM, NONE));

  /** {@code exam.includesAssessors}: people's assessors sit the examination too (武隆县 Art. 3). */
  public static final Parameter<Boolean> INCLUDES_ASSESSORS = Parameter.of("exam.includesAssessors", Boolean.class,
      "人民陪审员参加考试", "People's assessors sit the examination", DatedSeries.none(FROM, NONE));
}

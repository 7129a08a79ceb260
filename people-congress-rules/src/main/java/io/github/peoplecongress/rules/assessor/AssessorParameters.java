package io.github.peoplecongress.rules.assessor;

import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.Parameter;

/** The parameters of the assessor rules, with their national defaults. */
public final class AssessorParameters {
  private AssessorParameters() {}

  /** {@code assessor.minAge}: 28 (Art. 5(1) item 2). */
  public static final Parameter<Integer> MIN_AGE = Parameter.of("assessor.minAge", Integer.class, "人民陪审员最低年龄",
      "Minimum age of a people's assessor", DatedSeries.of(Laws.PEOPLES_ASSESSORS_LAW_2018.getEffective(), 28,
          AssessorLaw.ART_5_1));

  /**
   * {@code assessor.ageReading}: when 「年满二十八周岁」 is reached. Default {@link AgeReading#DAY_AFTER_BIRTHDAY}, the
   * stricter reading used for 周岁 in judicial practice; {@link AgeReading#ON_BIRTHDAY} is the everyday one.
   */
  public static final Parameter<AgeReading> AGE_READING = Parameter.of("assessor.ageReading", AgeReading.class,
      "「年满二十八周岁」的起算", "Reading of 年满二十八周岁", DatedSeries.of(
          Laws.PEOPLES_ASSESSORS_LAW_2018.getEffective(), AgeReading.DAY_AFTER_BIRTHDAY,
          "本库解释：周岁自生日的第二天起算（司法实践中的周岁计算方法；可改为生日当日）"));

  /** {@code assessor.quotaMultipleOfJudges}: 3 (Art. 8(2)). */
  public static final Parameter<Integer> QUOTA_MULTIPLE = Parameter.of("assessor.quotaMultipleOfJudges", Integer.class,
      "人民陪审员名额与法官数的最低倍数", "Minimum quota as a multiple of the judges",
      DatedSeries.of(Laws.PEOPLES_ASSESSORS_LAW_2018.getEffective(), 3, AssessorLaw.ART_8_2));
}

package io.github.peoplecongress.rules.exam;

import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The exam values of the local rules the library knows:
 * <ul>
 *   <li>{@code "qishan"} (岐山县, from 2017-04-26): pass required before the vote, one retake, a failed retake defers
 *       the nomination (cl. 三); no ground exempts from the whole examination (cl. 二 exempts certificate holders from
 *       the specialised part only); pass mark 60 — ASSUMED: the measures say 「成绩合格」 without a number.</li>
 *   <li>{@code "lanzhou"} (兰州市, from 2014-05-20, news report): pass mark 60, pass required, one retake, a failed
 *       retake requires withdrawal, absence without reason keeps the bill off the agenda; exemptions unknown.</li>
 *   <li>{@code "shitai"} (石台县, from 2013-08-08): pass mark 60 (Art. 11) only.</li>
 *   <li>{@code "wulong"} (武隆县, from 2016-05-31; an id added here): assessors sit the examination (Art. 3); a pass
 *       earlier in the term exempts (Art. 4). Its pass mark is not in the reference.</li>
 * </ul>
 * Other ids leave the builder unchanged.
 */
public final class ExamLocalRules {
  private ExamLocalRules() {}

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  /**
   * Adds the exam values of a jurisdiction to a profile builder.
   *
   * @param jurisdictionId  the id, such as {@code "qishan"}, not null
   * @param builder  the builder, not null
   * @return the builder, not null
   */
  public static JurisdictionProfile.Builder addLocalRules(String jurisdictionId, JurisdictionProfile.Builder builder) {
    switch (jurisdictionId) {
      case "qishan" -> {
        LocalDate from = Laws.QISHAN_EXAM_2017.getEffective();
        builder.set(ExamParameters.PASS_MARK, DatedSeries.of(from, SIXTY, ExamLaw.QISHAN_3))
            .set(ExamParameters.REQUIRED_BEFORE_VOTE, DatedSeries.of(from, true, ExamLaw.QISHAN_3))
            .set(ExamParameters.RETAKES_ALLOWED, DatedSeries.of(from, 1, ExamLaw.QISHAN_3))
            .set(ExamParameters.FAILED_RETAKE, DatedSeries.of(from, FailedRetakeConsequence.DEFER, ExamLaw.QISHAN_3))
            .set(ExamParameters.EXEMPTIONS, DatedSeries.of(from, ExamExemptions.of(), ExamLaw.QISHAN_2));
      }
      case "lanzhou" -> {
        LocalDate from = Laws.LANZHOU_EXAM_2014.getEffective();
        builder.set(ExamParameters.PASS_MARK, DatedSeries.of(from, SIXTY, ExamLaw.LANZHOU))
            .set(ExamParameters.REQUIRED_BEFORE_VOTE, DatedSeries.of(from, true, ExamLaw.LANZHOU))
            .set(ExamParameters.RETAKES_ALLOWED, DatedSeries.of(from, 1, ExamLaw.LANZHOU))
            .set(ExamParameters.FAILED_RETAKE, DatedSeries.of(from, FailedRetakeConsequence.WITHDRAW, ExamLaw.LANZHOU))
            .set(ExamParameters.ABSENCE_BARS_AGENDA, DatedSeries.of(from, true, ExamLaw.LANZHOU));
      }
      case "shitai" -> builder.set(ExamParameters.PASS_MARK,
          DatedSeries.of(Laws.SHITAI_EXAM_2013.getEffective(), SIXTY, ExamLaw.SHITAI_11));
      case "wulong" -> {
        LocalDate from = Laws.WULONG_EXAM_2016.getEffective();
        builder.set(ExamParameters.INCLUDES_ASSESSORS, DatedSeries.of(from, true, ExamLaw.WULONG_3))
            .set(ExamParameters.EXEMPTIONS, DatedSeries.of(from,
                ExamExemptions.of(io.github.peoplecongress.model.personnel.ExamExemption.PASSED_EARLIER_IN_TERM),
                ExamLaw.WULONG_4));
      }
      default -> {
        // no exam rules known for this jurisdiction
      }
    }
    return builder;
  }
}

package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.law.Laws;
import java.util.List;

/**
 * PETI-007 自收到复核请求之日起30日内提出复核意见，听证时间不计入.
 *
 * <p>信访工作条例（2022）第三十六条：「……听证所需时间不计算在前款规定的期限内」 (statutes.md: 复核 opinion within
 * 30 days of the request). 信访条例（2005）第三十五条第一款：「……收到复核请求的行政机关应当自收到复核请求之日起30日内提出复核意见。」
 * 第二款：「复核机关可以按照本条例第三十一条第二款的规定举行听证，经过听证的复核意见可以依法向社会公示。听证所需时间不计算在前款规定的期限内。」
 *
 * <p>Readings: the recorded hearing days ({@code reReview.hearingDays}) lengthen the period day for day (30 +
 * hearing days from the request); a re-review without a decision is overdue once {@code asOf} is past the last
 * day. The law in force on the day of the request applies.
 */
public final class ReReviewDecidedInTimeRule extends PetitionRule {

  /** Creates the rule. */
  public ReReviewDecidedInTimeRule() {
    super("PETI-007", "复核意见时限", "Re-review decided in time",
        List.of(io.github.peoplecongress.rules.RuleVersion.of(PetitionLaw.cite(Laws.PETITION_REGULATION_2005, 35, 1,
                PetitionLaw.R2005_35_1 + PetitionLaw.R2005_35_2)),
            io.github.peoplecongress.rules.RuleVersion.of(PetitionLaw.cite(Laws.PETITION_REGULATION_2022, 36, null,
                PetitionLaw.R2022_36))),
        List.of(PetitionParameters.RE_REVIEW_DECISION_DAYS, PetitionParameters.CONGRESS_COVERAGE_BEFORE_2022),
        List.of(READING_DAYS, "Hearing days extend the 30-day period day for day.", READING_COVERAGE));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    return eachStage(context, Petition::getReReview, PetitionParameters.RE_REVIEW_DECISION_DAYS,
        (petition, reReview, applied, days) -> {
          int hearing = reReview.getHearingDays();
          Period p = Period.of(applied, label(petition), reReview.getRequestedDate(), reReview.getRequestedDate(),
              days + hearing, "收到复核请求", "the re-review request", "提出复核意见", "a re-review opinion issued",
              reReview.getDecidedDate());
          if (hearing > 0) {
            p.note = "（含听证" + hearing + "日，不计入" + days + "日期限）";
            p.noteEn = " (" + days + " days plus " + hearing + " hearing days not counted)";
          }
          return within(context, applied, p);
        });
  }
}

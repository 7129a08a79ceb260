package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import java.util.List;

/**
 * PETI-005 自收到复查请求之日起30日内提出复查意见.
 *
 * <p>信访工作条例（2022）第三十五条：「……收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见，并予以书面答复。」
 * 信访条例（2005）第三十四条：「……收到复查请求的行政机关应当自收到复查请求之日起30日内提出复查意见，并予以书面答复。」
 *
 * <p>Readings: the request date is the day the request was received; hearing days are not deducted for a 复查
 * (the exclusion is written for 复核 only, 2022 第三十六条 / 2005 第三十五条第二款); a review without a decision is
 * overdue once {@code asOf} is past the last day. The law in force on the day of the request applies.
 */
public final class ReviewDecidedInTimeRule extends PetitionRule {

  /** Creates the rule. */
  public ReviewDecidedInTimeRule() {
    super("PETI-005", "复查意见时限", "Review decided in time",
        PetitionLaw.versions(34, null, PetitionLaw.R2005_34, 35, null, PetitionLaw.R2022_35),
        List.of(PetitionParameters.REVIEW_DECISION_DAYS, PetitionParameters.CONGRESS_COVERAGE_BEFORE_2022),
        List.of(READING_DAYS, "Hearing days are deducted only for a re-review (复核), not for a review.",
            READING_COVERAGE));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    return eachStage(context, Petition::getReview, PetitionParameters.REVIEW_DECISION_DAYS,
        (petition, review, applied, days) -> within(context, applied, Period.of(applied, label(petition),
            review.getRequestedDate(), review.getRequestedDate(), days, "收到复查请求", "the review request",
            "提出复查意见", "a review opinion issued", review.getDecidedDate())));
  }
}

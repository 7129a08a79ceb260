package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * PETI-006 自收到复查书面答复之日起30日内请求复核.
 *
 * <p>信访工作条例（2022）第三十六条 (statutes.md gives no verbatim text: 复核 requested within 30 days of the written
 * review opinion). 信访条例（2005）第三十五条第一款：「信访人对复查意见不服的，可以自收到书面答复之日起30日内向复查机关的上一级行政机关请求复核。
 * ……」
 *
 * <p>Reading as PETI-004: a late request is a <b>warning</b>. A re-review without the date the review opinion was
 * delivered ({@code review.deliveredDate}) is "cannot tell".
 */
public final class ReReviewRequestInTimeRule extends PetitionRule {

  /** Creates the rule. */
  public ReReviewRequestInTimeRule() {
    super("PETI-006", "复核请求时限", "Re-review requested in time",
        PetitionLaw.versions(35, 1, PetitionLaw.R2005_35_1, 36, null, PetitionLaw.R2022_36),
        List.of(PetitionParameters.RE_REVIEW_REQUEST_DAYS, PetitionParameters.CONGRESS_COVERAGE_BEFORE_2022),
        List.of(READING_DAYS, "A late request binds the petitioner: reported as a warning.", READING_COVERAGE));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    return eachStage(context, Petition::getReReview, PetitionParameters.RE_REVIEW_REQUEST_DAYS,
        (petition, reReview, applied, days) -> petition.getReview().isEmpty() ? Optional.empty()
            : requestInTime(context, applied, petition, reReview.getRequestedDate(), days,
                petition.getReview().get().getDeliveredDate(), "review.deliveredDate", "复查书面答复",
                "the review opinion", "请求复核", "a re-review requested"));
  }
}

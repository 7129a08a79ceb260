package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import java.util.List;

/**
 * PETI-004 自收到书面答复之日起30日内请求复查.
 *
 * <p>信访工作条例（2022）第三十五条：「信访人对信访处理意见不服的，可以自收到书面答复之日起30日内请求原办理机关、单位的上一级机关、单位复查。……」
 * 信访条例（2005）第三十四条：「信访人对行政机关作出的信访事项处理意见不服的，可以自收到书面答复之日起30日内请求原办理行政机关的上一级行政机关
 * 复查。……」
 *
 * <p>Reading: the period binds the petitioner; a request out of time that was nevertheless taken up is reported
 * as a <b>warning</b> (the record shows a time-barred request, not a breach by the committee). The law in force on
 * the day of the request applies. A review without the date the answer was delivered is "cannot tell".
 */
public final class ReviewRequestInTimeRule extends PetitionRule {

  /** Creates the rule. */
  public ReviewRequestInTimeRule() {
    super("PETI-004", "复查请求时限", "Review requested in time",
        PetitionLaw.versions(34, null, PetitionLaw.R2005_34, 35, null, PetitionLaw.R2022_35),
        List.of(PetitionParameters.REVIEW_REQUEST_DAYS, PetitionParameters.CONGRESS_COVERAGE_BEFORE_2022),
        List.of(READING_DAYS, "A late request binds the petitioner: reported as a warning.", READING_COVERAGE));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    return eachStage(context, Petition::getReview, PetitionParameters.REVIEW_REQUEST_DAYS,
        (petition, review, applied, days) -> requestInTime(context, applied, petition, review.getRequestedDate(), days,
            petition.getReplyDeliveredDate(), "replyDeliveredDate", "书面答复", "the written answer", "请求复查",
            "a review requested"));
  }
}

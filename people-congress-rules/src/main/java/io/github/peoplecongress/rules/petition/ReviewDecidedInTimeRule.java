package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.Review;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    List<Finding> findings = new ArrayList<>();
    for (Petition petition : context.getYear().getPetitions()) {
      if (petition.getReview().isEmpty()) {
        continue;
      }
      Review review = petition.getReview().get();
      LocalDate requested = review.getRequestedDate();
      Optional<Applied> applied = applied(context, requested);
      Optional<Integer> days = context.valueOn(PetitionParameters.REVIEW_DECISION_DAYS, requested);
      if (applied.isEmpty() || days.isEmpty()) {
        continue;
      }
      Period p = new Period();
      p.citation = applied.get().citation();
      p.record = label(petition);
      p.factDate = requested;
      p.start = requested;
      p.days = days.get();
      p.startZh = "收到复查请求";
      p.startEn = "the review request";
      p.actZh = "提出复查意见";
      p.actEn = "a review opinion issued";
      p.act = review.getDecidedDate();
      within(context, applied.get(), p).ifPresent(findings::add);
    }
    return findings;
  }
}

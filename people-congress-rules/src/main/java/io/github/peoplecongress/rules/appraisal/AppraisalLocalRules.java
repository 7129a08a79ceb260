package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;

/**
 * The appraisal family's local values:
 * <ul>
 *   <li>{@code "anhui"} — 安徽省 draft of 2013 (from 2013-07-30): 基本满意 → {@link AppraisalConsequence#RECTIFY},
 *       不满意 → {@link AppraisalConsequence#RECTIFY_AND_RE_REPORT_AT_NEXT_MEETING}.</li>
 *   <li>{@code "shenzhen"} — 深圳市 rules Art. 7 (from 2011-10-31): members only, secret ballot, invalid ballots not
 *       counted (the library defaults, here with the 深圳市 provision as their source).</li>
 * </ul>
 */
public final class AppraisalLocalRules {
  private AppraisalLocalRules() {}

  /**
   * Adds the appraisal overrides known for a jurisdiction.
   *
   * @param jurisdictionId  the jurisdiction id, such as {@code "anhui"}, not null
   * @param builder  the profile builder, not null
   * @return the builder, unchanged for ids this family knows nothing about
   */
  public static JurisdictionProfile.Builder addLocalRules(String jurisdictionId, JurisdictionProfile.Builder builder) {
    switch (jurisdictionId) {
      case "anhui": {
        LocalDate from = LocalDate.of(2013, 7, 30);
        return builder
            .set(AppraisalParameters.ON_BASICALLY_SATISFIED,
                DatedSeries.of(from, AppraisalConsequence.RECTIFY, AppraisalCitations.ANHUI_CONSEQUENCES))
            .set(AppraisalParameters.ON_DISSATISFIED, DatedSeries.of(from,
                AppraisalConsequence.RECTIFY_AND_RE_REPORT_AT_NEXT_MEETING, AppraisalCitations.ANHUI_CONSEQUENCES));
      }
      case "shenzhen": {
        LocalDate from = LocalDate.of(2011, 10, 31);
        return builder
            .set(AppraisalParameters.VOTERS_MEMBERS_ONLY, DatedSeries.of(from, true, AppraisalCitations.SHENZHEN_BALLOT))
            .set(AppraisalParameters.SECRET_BALLOT_REQUIRED,
                DatedSeries.of(from, true, AppraisalCitations.SHENZHEN_BALLOT))
            .set(AppraisalParameters.INVALID_BALLOTS_EXCLUDED,
                DatedSeries.of(from, true, AppraisalCitations.SHENZHEN_BALLOT));
      }
      default:
        return builder;
    }
  }
}

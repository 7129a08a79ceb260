package io.github.peoplecongress.rules.suggestion;

import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;

/**
 * The suggestion family's local values: {@code "qingdao"} — 青岛市代表建议工作条例 (2021, in force 2021-09-01 per its
 * Art. 42, which this profile sets as the law's effective date): recess suggestions assigned within 5 working days
 * (Art. 14), remit disputes within 5 working days (Art. 19), extensions only with approval (Art. 25), re-handling
 * after the deputies' 测评 (Art. 31).
 */
public final class SuggestionLocalRules {
  private SuggestionLocalRules() {}

  /**
   * Adds the suggestion overrides known for a jurisdiction.
   *
   * @param jurisdictionId  the jurisdiction id, such as {@code "qingdao"}, not null
   * @param builder  the profile builder, not null
   * @return the builder, unchanged for ids this family knows nothing about
   */
  public static JurisdictionProfile.Builder addLocalRules(String jurisdictionId, JurisdictionProfile.Builder builder) {
    if (!"qingdao".equals(jurisdictionId)) {
      return builder;
    }
    return builder.effectiveDate(Laws.QINGDAO_SUGGESTIONS_2021, SuggestionParameters.QINGDAO_FROM)
        .set(SuggestionParameters.RECESS_ASSIGN_WORKING_DAYS,
            DatedSeries.of(SuggestionParameters.QINGDAO_FROM, 5, SuggestionCitations.QINGDAO_ASSIGN))
        .set(SuggestionParameters.REMIT_DISPUTE_WORKING_DAYS,
            DatedSeries.of(SuggestionParameters.QINGDAO_FROM, 5, SuggestionCitations.QINGDAO_REMIT))
        .set(SuggestionParameters.EXTENSION_NEEDS_APPROVAL,
            DatedSeries.of(SuggestionParameters.QINGDAO_FROM, true, SuggestionCitations.QINGDAO_EXTENSION))
        .set(SuggestionParameters.RE_HANDLING_REVIEW,
            DatedSeries.of(SuggestionParameters.QINGDAO_FROM, true, SuggestionCitations.QINGDAO_REVIEW));
  }
}

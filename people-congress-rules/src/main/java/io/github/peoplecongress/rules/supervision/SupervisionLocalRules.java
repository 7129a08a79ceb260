package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;

/**
 * Local values of the supervision parameters.
 *
 * <ul>
 *   <li>{@code "henan"} — 河南省实施《各级人民代表大会常务委员会监督法》办法 (amended 2015-09-26; values from that date):
 *       special-work-report opinions handled within 3 months (第十一条), plan opinions 3 months (第二十条), budget-execution
 *       and audit opinions 2 months (第三十条第二款), inspection opinions 3 months (第四十四条), opinions forwarded within
 *       10 days of the meeting's close (第二十条、第三十条、第四十四条).</li>
 * </ul>
 * Other ids return the builder unchanged.
 */
public final class SupervisionLocalRules {
  private SupervisionLocalRules() {}

  /**
   * Adds the supervision overrides known for a jurisdiction.
   *
   * @param jurisdictionId  the jurisdiction id, such as {@code "henan"}, not null
   * @param builder  the profile builder, not null
   * @return the builder, not null
   */
  public static JurisdictionProfile.Builder addLocalRules(String jurisdictionId, JurisdictionProfile.Builder builder) {
    if (!"henan".equals(jurisdictionId)) {
      return builder;
    }
    LocalDate from = Laws.HENAN_SUPERVISION_2015.getEffective();
    return builder
        .set(SupervisionParameters.HANDLING_MONTHS_SPECIAL_REPORT,
            DatedSeries.of(from, 3, SupervisionParameters.HENAN_ART11))
        .set(SupervisionParameters.HANDLING_MONTHS_PLAN, DatedSeries.of(from, 3, SupervisionParameters.HENAN_ART20))
        .set(SupervisionParameters.HANDLING_MONTHS_FISCAL, DatedSeries.of(from, 2, SupervisionParameters.HENAN_ART30))
        .set(SupervisionParameters.HANDLING_MONTHS_INSPECTION,
            DatedSeries.of(from, 3, SupervisionParameters.HENAN_ART44))
        .set(SupervisionParameters.FORWARD_DAYS, DatedSeries.of(from, 10, SupervisionParameters.HENAN_ART20));
  }
}

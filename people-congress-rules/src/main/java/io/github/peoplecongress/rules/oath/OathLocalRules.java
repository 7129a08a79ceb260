package io.github.peoplecongress.rules.oath;

import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;

/**
 * The oath values of the local rules the library knows:
 * <ul>
 *   <li>{@code "beijing"}: {@link OathParameters#MAX_DAYS} 30 (Art. 13, 一般不超过三十日) and
 *       {@link OathParameters#COMMITTEE_ORGANISER} 主任会议 (Art. 11(3)), from the 2015 measures' assumed effective
 *       date 2016-01-01;</li>
 *   <li>{@code "shanghai"}: organiser 主任会议 (Art. 5(2)) and {@link OathParameters#AT_PLENARY} (Art. 9), from
 *       2018-07-27 (the amended text; the 2015 text is not stored);</li>
 *   <li>{@code "chongqing"}: organiser 主任会议 (Art. 5(2)), {@link OathParameters#SAME_MEETING} (Art. 9(2)) and
 *       {@link OathParameters#MAX_WORKING_DAYS} 15 (Art. 9(3)), from 2018-10-01.</li>
 * </ul>
 * Other ids leave the builder unchanged.
 */
public final class OathLocalRules {
  private OathLocalRules() {}

  /**
   * Adds the oath values of a jurisdiction to a profile builder.
   *
   * @param jurisdictionId  the id, such as {@code "beijing"}, not null
   * @param builder  the builder, not null
   * @return the builder, not null
   */
  public static JurisdictionProfile.Builder addLocalRules(String jurisdictionId, JurisdictionProfile.Builder builder) {
    switch (jurisdictionId) {
      case "beijing" -> builder
          .set(OathParameters.MAX_DAYS, DatedSeries.of(Laws.BEIJING_OATH_2015.getEffective(), 30, OathLaw.BEIJING_13))
          .set(OathParameters.COMMITTEE_ORGANISER, DatedSeries.of(Laws.BEIJING_OATH_2015.getEffective(),
              OathOrganiser.DIRECTORS_MEETING, OathLaw.BEIJING_11_3));
      case "shanghai" -> builder
          .set(OathParameters.COMMITTEE_ORGANISER, DatedSeries.of(Laws.SHANGHAI_OATH_2018.getEffective(),
              OathOrganiser.DIRECTORS_MEETING, OathLaw.SHANGHAI_5_2))
          .set(OathParameters.AT_PLENARY, DatedSeries.of(Laws.SHANGHAI_OATH_2018.getEffective(), true,
              OathLaw.SHANGHAI_9));
      case "chongqing" -> builder
          .set(OathParameters.COMMITTEE_ORGANISER, DatedSeries.of(Laws.CHONGQING_OATH_2018.getEffective(),
              OathOrganiser.DIRECTORS_MEETING, OathLaw.CHONGQING_5_2))
          .set(OathParameters.SAME_MEETING, DatedSeries.of(Laws.CHONGQING_OATH_2018.getEffective(), true,
              OathLaw.CHONGQING_9_2))
          .set(OathParameters.MAX_WORKING_DAYS, DatedSeries.of(Laws.CHONGQING_OATH_2018.getEffective(), 15,
              OathLaw.CHONGQING_9_3));
      default -> {
        // no oath rules known for this jurisdiction
      }
    }
    return builder;
  }
}

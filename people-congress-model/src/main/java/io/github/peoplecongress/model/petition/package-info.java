/**
 * Letters and visits (信访) received by the standing committee's petitions office: letters (来信, counted in 件),
 * visits (来访, counted in 批次 and 人次), online and telephone petitions, and petitions forwarded or assigned by a
 * higher congress (上级人大常委会转办、交办件), with every date the handling periods read.
 *
 * <p>Legal sources: 信访工作条例 (CPC Central Committee and State Council, in force 2022-05-01), which covers
 * 人大机关 expressly (Art. 2): written acknowledgement within 15 days (Art. 23), handling within 60 days extendable
 * by at most 30 (Art. 34), review (复查) and re-review (复核) each requested and decided within 30 days (Arts. 35–36);
 * before 2022-05-01, 信访条例 (State Council Order 431, 2005) Arts. 21, 33–35, with the same numbers, for 行政机关.
 * The periods are checked by the rules module, not here.
 *
 * <p>Petitioners' names are personal data: {@link io.github.peoplecongress.model.petition.Petition#toString()}
 * prints only their number.
 */
@ModelStyle
package io.github.peoplecongress.model.petition;

import io.github.peoplecongress.model.internal.ModelStyle;

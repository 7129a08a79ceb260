/**
 * Votes and ballots: the tally of a vote on a bill, appointment or motion (赞成, 反对, 弃权, 未按表决器) and the
 * tally of a satisfaction vote (满意度测评: 满意, 基本满意, 不满意, 无效票).
 *
 * <p>Tallies record what was counted; whether a result carries (a majority of <em>all</em> members, Organic Law
 * 2022 Art. 51(4)) is a statutory question answered by the rules module.
 */
@ModelStyle
package io.github.peoplecongress.model.vote;

import io.github.peoplecongress.model.internal.ModelStyle;

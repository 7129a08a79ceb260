/**
 * Direct elections of deputies to the district congress (区人民代表大会代表选举): one
 * {@link io.github.peoplecongress.model.election.Election} per constituency (选区) and round, with the voter list
 * (选民名单) and objections (申诉), nominations (推荐), the preliminary and formal candidate lists (初步/正式代表候选人
 * 名单), the ballots and the votes per candidate; runoffs (另行选举) and tie revotes are further elections linked by
 * {@code runoffOf}; {@link io.github.peoplecongress.model.election.ElectionCommittee} records the election committee
 * (选举委员会) the standing committee appoints.
 *
 * <p>Legal source: 选举法 (7th amendment, 2020-10-17) Arts. 3, 9–11 (election committee), 28–29 (voter list,
 * objections), 30–32 (nomination, candidate numbers, lists), 40–45 (voting, validity, winning, runoff). The dates
 * (20/15/7 days before election day, 5/3-day objections) and thresholds (more than half of registered voters
 * voting, more than half of votes to win, a third of the ballots in a runoff) are checked by the rules module;
 * these types only forbid what cannot be true of any count, and keep statutory invalidity, such as more ballots
 * returned than voters, representable.
 */
@ModelStyle
package io.github.peoplecongress.model.election;

import io.github.peoplecongress.model.internal.ModelStyle;

/**
 * Direct elections of district deputies (区人民代表大会代表的直接选举) under 选举法 (2015 amendment, in force
 * 2015-08-29, and the 7th amendment of 2020-10-17): the voter list (选民名单) published 20 days before election day
 * (第二十八条), objections (申诉) decided within 3 days (第二十九条), nominations by ten voters (第三十条), the number
 * of candidates (差额选举, 第三十一条), the preliminary and formal candidate lists 15 and 7 days before (第三十二条),
 * constituencies of one to three seats (第二十五条), proxy votes (委托投票, 第四十二条), void rounds (第四十四条),
 * turnout, majority and the runoff threshold (另行选举, 第四十五条), and the size of the district congress
 * (代表名额, 第十二条).
 *
 * <p><b>Versions.</b> Every rule has a version under {@code Laws.ELECTION_LAW_2015} and one under
 * {@code Laws.ELECTION_LAW_2020}, applied by election day, with the same article numbers and content. The 2015
 * text was not found: its numbering and content are UNVERIFIED and assumed equal to the 2020 text for the
 * provisions cited. Where the 2020 amendment may have changed a number (the base of the congress size, see
 * {@link io.github.peoplecongress.rules.election.CongressSizeRule}) the number is a parameter a profile can date.
 *
 * <p>Parameters are in {@link io.github.peoplecongress.rules.election.ElectionParameters}; the rules are listed by
 * {@link io.github.peoplecongress.rules.election.ElectionRules#rules()}.
 */
package io.github.peoplecongress.rules.election;

/**
 * Meeting rules (常委会会议): how often the standing committee meets (每两个月至少举行一次), who convenes and chairs
 * (主任召集并主持, 可以委托副主任主持), quorum (全体组成人员过半数出席) and adoption of resolutions, decisions and
 * appointments (全体组成人员的过半数通过).
 *
 * <p>Laws: 地方各级人民代表大会和地方各级人民政府组织法 2022 第五十一条 (in force 2022-03-12) and its 2015 predecessor
 * (in force 2015-08-29; verbatim text and numbering UNVERIFIED, cited as 第四十六条 with the 2022 content).
 *
 * <p>Rule ids use the prefix {@code MEET}. Readings the family shares are the parameters of {@link MeetingParameters}:
 * {@link AllMembersReading} (全体组成人员: members in office on the day, or the fixed size) and
 * {@link IntervalReading} (rolling gap or calendar blocks).
 */
@RulesStyle
package io.github.peoplecongress.rules.meeting;

import io.github.peoplecongress.rules.internal.RulesStyle;

/**
 * Meetings: 常务委员会会议 (regular or 临时召集), 主任会议, 党组会议 and 人民代表大会会议, with who attended
 * (出席, 请假, 缺席), who attended without a vote (列席) and the agenda items with their legal type and vote.
 *
 * <p>Legal sources: Local Organic Law 2022 Art. 51 (the director convenes and chairs, at least every two months,
 * ad hoc meetings, heads of the 一府一委两院 attend without a vote, quorum and adoption by more than half of
 * <em>all</em> members), Art. 54 (主任会议), Arts. 14–15 (congress sessions). Whether a meeting was quorate or an
 * item carried is a statutory question for the rules module; this package only records the facts.
 */
@ModelStyle
package io.github.peoplecongress.model.meeting;

import io.github.peoplecongress.model.internal.ModelStyle;

/**
 * Deputies' work between sessions (代表工作): the activities the standing committee organises for deputies
 * ({@link io.github.peoplecongress.model.deputywork.DeputyActivity}: 列席常委会会议, 执法检查, 视察, 专题调研, 走访选民,
 * 向选民述职, 培训, 代表小组活动, 代表工作会议), deputies' suggestions, criticisms and opinions
 * ({@link io.github.peoplecongress.model.deputywork.Suggestion}: 代表建议、批评和意见, from submission through 交办,
 * 答复, 代表满意度 to 办结) and deputies' mailboxes ({@link io.github.peoplecongress.model.deputywork.Mailbox}: 代表信箱).
 * Deputy groups and the pairing of committee members with groups (代表组, 结对联系) are modelled with the deputies.
 *
 * <p>Legal sources: 代表法 2015 Arts. 19–21, 26, 29, 42, 45 and 2025 Arts. 25–28, 33, 36, 51, 52, 58; local rules
 * such as 青岛市人民代表大会代表建议、批评和意见工作条例 (2021) Arts. 14, 19, 25, 31. The deadlines themselves
 * (answer within three or six months of 交办, assignment within five working days) are checked by the rules module;
 * these types carry the dates and flags those rules read.
 */
@ModelStyle
package io.github.peoplecongress.model.deputywork;

import io.github.peoplecongress.model.internal.ModelStyle;

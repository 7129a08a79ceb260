/**
 * Work appraisal (工作评议) of a government department or other organ, and performance appraisal (述职评议) of an
 * officer the committee appointed: the appraised organ, the ordered steps (听取审议工作报告 → 广泛征求意见 →
 * 实地察看工作台账 → 满意度表决 → 提出整改建议 → 督促落实整改), the satisfaction vote (满意度测评: 满意, 基本满意,
 * 不满意, invalid ballots) and the follow-up (整改情况报告, 重作报告).
 *
 * <p>No national statute requires appraisal or satisfaction votes; they come from local rules (statutory
 * reference §2.7, §10.2, §10.3: 昭通市, 定西市, the Anhui draft of 2013, 深圳市 Arts. 6–7) and the annual work
 * report (「认真听取和审议被评议单位的工作报告、广泛征求意见、实地察看工作台账、进行满意度表决、提出整改建议、
 * 督促落实整改」). The satisfaction vote on a single special work report belongs to supervision, not here.
 *
 * <p>The records state what happened; whether the steps were all taken, in order, by whom the vote was cast and
 * what a 基本满意 or 不满意 result requires are questions for the rules module.
 */
@ModelStyle
package io.github.peoplecongress.model.appraisal;

import io.github.peoplecongress.model.internal.ModelStyle;

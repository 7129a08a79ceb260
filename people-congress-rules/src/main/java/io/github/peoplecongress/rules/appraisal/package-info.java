/**
 * Work appraisal (工作评议 / 述职评议) and satisfaction votes (满意度测评): the six steps in order (听取审议工作报告 →
 * 广泛征求意见 → 实地察看工作台账 → 满意度表决 → 提出整改建议 → 督促落实整改), a vote cast only by the committee's
 * members (常务委员会组成人员), by secret ballot (无记名投票), in three grades (满意、基本满意、不满意) with invalid
 * ballots excluded (不纳入计票范围), the declared result following from the valid ballots, and the local
 * consequences of 基本满意 (整改) and 不满意 (整改并在下一次常委会会议上重作报告).
 *
 * <p>No national statute requires appraisal or satisfaction votes (statutory reference §2.7). The rules apply the
 * committee's own practice (its 2019 work report), the 深圳市 rules Arts. 6–7 (2011), the 安徽省 draft of 2013 and
 * the 昭通市 measures (2014); every threshold the local texts leave unverified is a parameter of
 * {@link io.github.peoplecongress.rules.appraisal.AppraisalParameters} with a documented default.
 */
package io.github.peoplecongress.rules.appraisal;

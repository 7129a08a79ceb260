/**
 * The standing committee's supervision (监督) of the 一府一委两院: work reports heard (专项工作报告, 计划/预算执行,
 * 决算, 预算调整方案, 审计工作报告 and 审计查出问题整改情况, 国有资产管理, 政府债务, 环境状况, 备案审查工作,
 * 代表建议办理情况), law-enforcement inspections (执法检查: own, 联动 with the higher level, regional 协同),
 * deliberation opinions (审议意见) and the organ's handling reports (研究处理情况报告), visits, surveys, study tours,
 * inquiries and special inquiries (视察, 专题调研, 考察学习, 询问, 专题询问, 跟踪监督), interpellations (质询案),
 * special-question investigations (特定问题调查), removal motions (撤职案) and filing review of normative documents
 * (规范性文件备案审查).
 *
 * <p>Legal sources: Supervision Law 2006 (in force 2007-01-01) and its 2024-11-08 amendment (article numbers of
 * 2024 first, 2006 in brackets in each type); Local Organic Law 2022 Arts. 50, 53, 58; Budget Law 2018 Arts. 69,
 * 78, 86. Each record carries every date and count a deadline or threshold rule reads; a missing optional fact
 * means "cannot tell" to the rules module, and no statutory limit is enforced here.
 */
@ModelStyle
package io.github.peoplecongress.model.supervision;

import io.github.peoplecongress.model.internal.ModelStyle;

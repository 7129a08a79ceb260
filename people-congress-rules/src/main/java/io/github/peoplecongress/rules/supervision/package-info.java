/**
 * Supervision rules (监督): the special-work-report timetable (专项工作报告 二十日前 / 十日前 / 七日前), reports on the
 * execution of a resolution within its deadline (决议规定的期限), the Henan fixed handling periods for deliberation
 * opinions (审议意见研究处理情况报告: three or two months; forwarded within ten days of the meeting), the hearing of the
 * audit-rectification report within six months (2024 only), and the yearly reports of the 2024 revision (国有资产管理、
 * 政府债务管理、环境状况、备案审查工作情况).
 *
 * <p>Laws: 各级人民代表大会常务委员会监督法 2006 (in force 2007-01-01) and 2024 (effective date UNVERIFIED, default
 * 2024-11-08, {@code Laws.SUPERVISION_LAW_2024}; profiles may move it); 河南省实施《监督法》办法 (2015). Rule ids use the
 * prefix {@code SUPV}.
 */
@RulesStyle
package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.rules.internal.RulesStyle;

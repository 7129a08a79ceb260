/**
 * Budget rules (预算、决算): the draft final accounts heard between June and September (六月至九月期间), the budget
 * execution report heard in the same window, the draft final accounts and the preliminary budget-adjustment plan sent
 * to the committee's working body thirty days before the meeting (三十日前), and publication within twenty days of
 * approval (批准后二十日内向社会公开), and the audit report heard with the final accounts (审查和批准决算的同时听取和审议审计工作报告).
 *
 * <p>Laws: 监督法 2006/2024 (2006 第十五条第二款、第十六条、第十九条 = 2024 第十九条第二款、第二十条、第二十七条第一款); 预算法 2014/2018 (第十四条第一款,
 * 第六十九条, 第七十八条第四款, 第七十九条第二款, 第八十六条; effective dates UNVERIFIED, {@code Laws.BUDGET_LAW_2014/2018}). Rule ids use the
 * prefix {@code BUDG}.
 */
@RulesStyle
package io.github.peoplecongress.rules.budget;

import io.github.peoplecongress.rules.internal.RulesStyle;

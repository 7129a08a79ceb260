/**
 * Deputy participation targets (代表履职): every deputy attends at least one committee meeting (列席常委会会议) or
 * one organised activity in the term (the committee's own target, 2019 work report: 「以保证每位人大代表在本届任期内至少
 * 列席一次常委会会议或参加一次活动为目标」), a yearly minimum of activities, a yearly report to the voters of the original
 * constituency (向原选区选民报告履职情况, 代表法 2015 Art. 45(2) / 2025 Art. 58(2): 「定期组织」, read yearly after the
 * committee's 「每年定期回选区走访选民」), and local voter-contact targets; plus per-deputy shortfall lists
 * ({@link io.github.peoplecongress.rules.participation.ParticipationRules#shortfalls}).
 *
 * <p>Deputies who served part of a term or year (by-elected late, terminated) are judged over the period they served.
 */
package io.github.peoplecongress.rules.participation;

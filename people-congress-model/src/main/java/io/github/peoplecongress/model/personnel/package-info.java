/**
 * Personnel work of the standing committee (人事任免): appointment and removal actions (任免: 选举, 任命, 决定任命,
 * 批准任命, 决定代理, 免职, 撤职, 接受辞职 …), people's assessors (人民陪审员) and their quota, pre-appointment legal
 * examinations (任前法律知识考试) and constitutional oath ceremonies (宪法宣誓).
 *
 * <p>The records link up as exam → appointment → oath: a {@link PersonnelAction} lists the {@link LegalExam}s its
 * appointee sat and the {@link OathCeremony} at which the appointee swore; an {@link OathTaker} names the action that
 * made the swearer take the oath.
 *
 * <p>Legal sources: Constitution Art. 27(3), 104; Local Organic Law 2022 Art. 32, 34, 50(十三)–(十七);
 * Supervision Law 2024 Arts. 60–62 (撤职案); NPCSC Decision on the Constitutional Oath (2015, revised 2018, in force
 * 2018-03-12); People's Assessors Law 2018 Arts. 8–13, 27; local rules on pre-appointment examinations (岐山县,
 * 石台县, 武隆县, 高淳区, 兰州市) and on oath ceremonies (上海, 重庆, 北京).
 *
 * <p>The records state what happened. Whether it was lawful (the right oath text for the date, a leader for a
 * collective oath, a pass mark reached, an oath within 30 days, a quota of at least three times the judges) is
 * decided by the rules module, so that a record that breaks the law can still be represented and reported on.
 */
@ModelStyle
package io.github.peoplecongress.model.personnel;

import io.github.peoplecongress.model.internal.ModelStyle;

/**
 * Committee rules (常务委员会的组成和监督程序): the committee's size (组成人员名额 15–35, 45 above one million
 * inhabitants, fixed per term), members in office not exceeding the size, incompatible offices (不得担任国家行政机关、
 * 监察机关、审判机关和检察机关的职务), interpellations (质询案: 三人以上联名、书面、写明质询对象), special-question
 * investigations (特定问题调查: 主任会议 or 五分之一以上组成人员书面联名) and removal motions (撤职案: who may propose,
 * 无记名投票, 全体组成人员的过半数通过).
 *
 * <p>Laws: 地方组织法 2015/2022 (第四十七条, 第五十三条, 第五十八条), 宪法 2018 第一百零三条第三款, 监督法 2006/2024
 * (2006 第三十五条、第四十条、第四十五条、第四十六条 = 2024 第五十一条、第五十六条、第六十一条、第六十二条).
 *
 * <p>Not checked: 「县级人大常委会不设秘书长」 (Art. 47(2)) — the model's {@code CommitteeRole} has no secretary-general,
 * so the fact cannot be recorded. Rule ids use the prefix {@code COMM}.
 */
@RulesStyle
package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.rules.internal.RulesStyle;

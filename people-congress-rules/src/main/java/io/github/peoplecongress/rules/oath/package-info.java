/**
 * Constitutional oath rules (宪法宣誓): who must swear (国家工作人员 elected or appointed by the congress or its
 * standing committee, and the people's assessors the committee appoints, who take the assessor oath), the exact oath
 * text for the date (2015 text of 70 characters before 2018-03-12, the 2018 text of 75 characters from then on), the
 * ceremony (单独宣誓 or 集体宣誓 with one 领誓人; 国旗 or 国徽; 国歌 from 2018-03-12; 公开进行), the organiser
 * (主任会议 for district committee appointees under the Beijing, Shanghai and Chongqing rules) and local timing
 * (北京: 一般不超过三十日; 重庆: at the same committee session after the letters are handed over, or within fifteen
 * working days of the announcement).
 *
 * <p>Legal sources: 宪法 (2018) Art. 27(3); 全国人民代表大会常务委员会关于实行宪法宣誓制度的决定 (2015, in force
 * 2016-01-01; revised 2018, in force 2018-03-12) cll. 一, 二, 八; 人民陪审员法 (2018) Art. 12; 北京市国家工作人员宪法宣誓
 * 组织办法 Arts. 11, 13; 上海市实施宪法宣誓制度办法 Arts. 5, 9; 重庆市宪法宣誓实施办法 Arts. 5, 9.
 *
 * <p>Local values come from {@link io.github.peoplecongress.rules.oath.OathParameters}, set per jurisdiction by
 * {@link io.github.peoplecongress.rules.oath.OathLocalRules}; {@link io.github.peoplecongress.rules.oath.OathRules}
 * lists the rules.
 */
package io.github.peoplecongress.rules.oath;

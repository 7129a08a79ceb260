/**
 * People's assessor rules (人民陪审员): eligibility on appointment (年满二十八周岁; 一般应当具有高中以上文化程度; 常务委员会
 * 组成人员 are ineligible), the quota (名额数不低于本院法官数的三倍), appointment on the court president's request
 * (院长提请), the five-year term that is generally not renewed (一般不得连任), and the public assessor oath organised
 * by the court together with the justice bureau (基层人民法院会同司法行政机关组织).
 *
 * <p>Legal source: 中华人民共和国人民陪审员法 (2018-04-27, in force on promulgation) Arts. 5, 6, 8, 10, 12, 13.
 * Parameters are in {@link io.github.peoplecongress.rules.assessor.AssessorParameters}; the rules are listed by
 * {@link io.github.peoplecongress.rules.assessor.AssessorRules}.
 */
package io.github.peoplecongress.rules.assessor;

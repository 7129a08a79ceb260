package io.github.peoplecongress.rules.assessor;

import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;

/** The provisions of the People's Assessors Law the assessor rules cite, as {@code statutes.md} §6 quotes them. */
final class AssessorLaw {
  private AssessorLaw() {}

  static final Citation ART_5_1 = Citation.of(Laws.PEOPLES_ASSESSORS_LAW_2018, 5, 1,
      "（一）拥护中华人民共和国宪法；（二）年满二十八周岁；（三）遵纪守法、品行良好、公道正派；（四）具有正常履行职责的身体条件。");
  static final Citation ART_5_2 = Citation.of(Laws.PEOPLES_ASSESSORS_LAW_2018, 5, 2,
      "担任人民陪审员，一般应当具有高中以上文化程度。");
  static final Citation ART_6 = Citation.of(Laws.PEOPLES_ASSESSORS_LAW_2018, 6,
      "（一）人民代表大会常务委员会的组成人员，监察委员会、人民法院、人民检察院、公安机关、国家安全机关、司法行政机关的工作人员；"
          + "（二）律师、公证员、仲裁员、基层法律服务工作者；（三）其他因职务原因不适宜担任人民陪审员的人员。");
  static final Citation ART_8_2 = Citation.of(Laws.PEOPLES_ASSESSORS_LAW_2018, 8, 2, "人民陪审员的名额数不低于本院法官数的三倍。");
  static final Citation ART_10 = Citation.of(Laws.PEOPLES_ASSESSORS_LAW_2018, 10,
      "……随机抽选确定人民陪审员人选，由基层人民法院院长提请同级人民代表大会常务委员会任命。");
  static final Citation ART_12 = Citation.of(Laws.PEOPLES_ASSESSORS_LAW_2018, 12,
      "人民陪审员经人民代表大会常务委员会任命后，应当公开进行就职宣誓。宣誓仪式由基层人民法院会同司法行政机关组织。");
  static final Citation ART_13 = Citation.of(Laws.PEOPLES_ASSESSORS_LAW_2018, 13, "人民陪审员的任期为五年，一般不得连任。");
}

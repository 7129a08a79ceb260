package io.github.peoplecongress.rules.oath;

import io.github.peoplecongress.model.personnel.OathText;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;

/**
 * The provisions the oath rules cite, quoted as {@code statutes.md} §3 gives them (the decision's clauses with the
 * punctuation of the web reproductions they were read from).
 */
final class OathLaw {
  private OathLaw() {}

  /** Constitution Art. 27(3). */
  static final String CONSTITUTION_27_3 = "国家工作人员就职时应当依照法律规定公开进行宪法宣誓。";

  /** Decision 2015 cl. 一. */
  static final Citation CLAUSE_1_2015 = Citation.of(Laws.OATH_DECISION_2015, 1,
      "各级人民代表大会及县级以上各级人民代表大会常务委员会选举或者决定任命的国家工作人员,以及各级人民政府、人民法院、"
          + "人民检察院任命的国家工作人员,在就职时应当公开进行宪法宣誓");

  /** Decision 2018 cl. 一. */
  static final Citation CLAUSE_1_2018 = Citation.of(Laws.OATH_DECISION_2018, 1,
      "各级人民代表大会及县级以上各级人民代表大会常务委员会选举或者决定任命的国家工作人员,以及各级人民政府、监察委员会、"
          + "人民法院、人民检察院任命的国家工作人员,在就职时应当公开进行宪法宣誓。");

  /** Decision 2015 cl. 二 (the 2015 text). */
  static final Citation CLAUSE_2_2015 = Citation.of(Laws.OATH_DECISION_2015, 2, OathText.V2015.getText());

  /** Decision 2018 cl. 二 (the 2018 text). */
  static final Citation CLAUSE_2_2018 = Citation.of(Laws.OATH_DECISION_2018, 2, OathText.V2018.getText());

  /** Decision 2018 cl. 八, first paragraph (forms, leader). */
  static final Citation CLAUSE_8_1_2018 = Citation.of(Laws.OATH_DECISION_2018, 8, 1,
      "宣誓仪式根据情况,可以采取单独宣誓或者集体宣誓的形式。单独宣誓时,宣誓人应当左手抚按《中华人民共和国宪法》,右手举拳,"
          + "诵读誓词。集体宣誓时,由一人领誓,领誓人左手抚按《中华人民共和国宪法》,右手举拳,领诵誓词;其他宣誓人整齐排列,"
          + "右手举拳,跟诵誓词。");

  /**
   * Decision 2015 cl. 八, first paragraph: the 2015 wording is UNVERIFIED; the library assumes it stated the same
   * forms and quotes the 2018 wording.
   */
  static final Citation CLAUSE_8_1_2015 = Citation.of(Laws.OATH_DECISION_2015, 8, 1, CLAUSE_8_1_2018.getQuote());

  /** Decision 2018 cl. 八, second paragraph (venue, anthem). */
  static final Citation CLAUSE_8_2_2018 = Citation.of(Laws.OATH_DECISION_2018, 8, 2,
      "宣誓场所应当庄重、严肃,悬挂中华人民共和国国旗或者国徽。宣誓仪式应当奏唱中华人民共和国国歌。");

  /**
   * Decision 2015 cl. 八, second paragraph, flag or emblem only: the 2015 wording is UNVERIFIED; the library assumes
   * the flag-or-emblem sentence of 2018 (the 2015-era Beijing rule Art. 8 has it) and no anthem.
   */
  static final Citation CLAUSE_8_2_2015 = Citation.of(Laws.OATH_DECISION_2015, 8, 2,
      "宣誓场所应当庄重、严肃,悬挂中华人民共和国国旗或者国徽。");

  /** People's Assessors Law Art. 12. */
  static final Citation ASSESSORS_12 = Citation.of(Laws.PEOPLES_ASSESSORS_LAW_2018, 12,
      "人民陪审员经人民代表大会常务委员会任命后，应当公开进行就职宣誓。宣誓仪式由基层人民法院会同司法行政机关组织。");

  /** Beijing Art. 13 (normally within 30 days). */
  static final Citation BEIJING_13 = Citation.of(Laws.BEIJING_OATH_2015, 13,
      "宪法宣誓应当在国家工作人员依照法定程序产生后及时进行，一般不超过三十日。");

  /** Beijing Art. 11(3) (organiser); the verbatim text is not stored, the quote is a summary. */
  static final Citation BEIJING_11_3 = Citation.of(Laws.BEIJING_OATH_2015, 11, 3,
      "区人民代表大会常务委员会任命的国家工作人员的宪法宣誓仪式，由区人民代表大会常务委员会主任会议组织"
          + "（法官、检察官也可由本院组织）【概述，非原文】");

  /** Shanghai Art. 5(2) (organiser). */
  static final Citation SHANGHAI_5_2 = Citation.of(Laws.SHANGHAI_OATH_2018, 5, 2,
      "宣誓仪式由区人民代表大会常务委员会主任会议组织。");

  /** Shanghai Art. 9 (normally at a plenary meeting of the committee). */
  static final Citation SHANGHAI_9 = Citation.of(Laws.SHANGHAI_OATH_2018, 9, "……一般在常务委员会全体会议上进行");

  /** Chongqing Art. 5(2) (organiser); the verbatim text is not stored, the quote is a summary. */
  static final Citation CHONGQING_5_2 = Citation.of(Laws.CHONGQING_OATH_2018, 5, 2,
      "区县人民代表大会常务委员会任命的国家工作人员的宣誓仪式，由区县人民代表大会常务委员会主任会议组织"
          + "（未当场颁发任命书的法院、检察院、监察委员会人员在本机关宣誓）【概述，非原文】");

  /** Chongqing Art. 9(2) (same plenary meeting, after the letters). */
  static final Citation CHONGQING_9_2 = Citation.of(Laws.CHONGQING_OATH_2018, 9, 2,
      "……主任会议组织的宣誓仪式，应当在常务委员会全体会议上当场颁发任命书之后、会议闭幕之前举行。");

  /** Chongqing Art. 9(3) (fifteen working days). */
  static final Citation CHONGQING_9_3 = Citation.of(Laws.CHONGQING_OATH_2018, 9, 3,
      "……应当在任命通知公布之日起十五个工作日内举行");
}

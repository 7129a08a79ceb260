package io.github.peoplecongress.rules.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every law version the rules cite, with its dates and the source it was read from ({@code statutes.md} of the
 * project's domain notes). Versions of one statute share {@link LawVersion#getStatute()} and apply by date.
 */
public final class Laws {
  private Laws() {}

  private static LawVersion national(String code, String statute, String titleZh, String shortZh, String titleEn,
      String revision, LocalDate adopted, LocalDate effective, boolean verified, String source) {
    return ImmutableLawVersion.builder().code(code).statute(statute).titleZh(titleZh).shortTitleZh(shortZh)
        .titleEn(titleEn).revision(revision).adopted(adopted).effective(effective).effectiveDateVerified(verified)
        .source(source).build();
  }

  private static LawVersion local(String code, String jurisdiction, String titleZh, String shortZh, String titleEn,
      String revision, LocalDate adopted, LocalDate effective, boolean verified, String source) {
    return ImmutableLawVersion.builder().code(code).statute(code.replaceAll("_\\d{4}$", "")).titleZh(titleZh)
        .shortTitleZh(shortZh).titleEn(titleEn).revision(revision).adopted(adopted).effective(effective)
        .effectiveDateVerified(verified).jurisdiction(Optional.of(jurisdiction)).source(source).build();
  }

  /** 宪法 as amended 2018-03-11; Art. 27(3) (oath) added then. */
  public static final LawVersion CONSTITUTION_2018 = national("CONSTITUTION_2018", "CONSTITUTION", "中华人民共和国宪法",
      "宪法", "Constitution of the PRC", "2018", LocalDate.of(2018, 3, 11), LocalDate.of(2018, 3, 11), true,
      "VERIFIED-REPO: LawRefBook 宪法/宪法.md");

  /**
   * 宪法 as amended 2004-03-14. Art. 98 is recalled to read as in 2018 (「地方各级人民代表大会每届任期五年。」, the 2004
   * amendment having lengthened the township term to five years); UNVERIFIED against the official text.
   */
  public static final LawVersion CONSTITUTION_2004 = national("CONSTITUTION_2004", "CONSTITUTION", "中华人民共和国宪法",
      "宪法", "Constitution of the PRC", "2004", LocalDate.of(2004, 3, 14), LocalDate.of(2004, 3, 14), true,
      "UNVERIFIED: the 2004 text of Art. 98 is recalled, not read; statutes.md quotes the 2018 text");

  /** 地方组织法 2015 amendment, in force 2015-08-29 until 2022-03-11; verbatim text unverified. */
  public static final LawVersion LOCAL_ORGANIC_LAW_2015 = national("LOCAL_ORGANIC_LAW_2015", "LOCAL_ORGANIC_LAW",
      "地方各级人民代表大会和地方各级人民政府组织法", "地方组织法", "Local Organic Law", "2015", LocalDate.of(2015, 8, 29),
      LocalDate.of(2015, 8, 29), false,
      "UNVERIFIED: no verbatim 2015 text found; provisions cited with their 2022 content, numbering from memory");

  /** 地方组织法 2022 amendment, in force 2022-03-12. */
  public static final LawVersion LOCAL_ORGANIC_LAW_2022 = national("LOCAL_ORGANIC_LAW_2022", "LOCAL_ORGANIC_LAW",
      "地方各级人民代表大会和地方各级人民政府组织法", "地方组织法", "Local Organic Law", "2022", LocalDate.of(2022, 3, 11),
      LocalDate.of(2022, 3, 12), true,
      "VERIFIED-REPO: LawRefBook 宪法相关法/地方各级人民代表大会和地方各级人民政府组织法(2022-03-11).md; "
          + "effective date VERIFIED-WEB from the presidential order");

  /** 监督法 2006, in force 2007-01-01. */
  public static final LawVersion SUPERVISION_LAW_2006 = national("SUPERVISION_LAW_2006", "SUPERVISION_LAW",
      "各级人民代表大会常务委员会监督法", "监督法", "Supervision Law", "2006", LocalDate.of(2006, 8, 27),
      LocalDate.of(2007, 1, 1), true, "VERIFIED-REPO: LawRefBook 宪法相关法/各级人民代表大会常务委员会监督法(2006-08-27).md");

  /**
   * 监督法 2024 amendment, adopted 2024-11-08. Its effective date is UNVERIFIED; the default is the date of
   * promulgation, 2024-11-08 (no source supports 2025-01-01). Override it in a profile once confirmed.
   */
  public static final LawVersion SUPERVISION_LAW_2024 = national("SUPERVISION_LAW_2024", "SUPERVISION_LAW",
      "各级人民代表大会常务委员会监督法", "监督法", "Supervision Law", "2024", LocalDate.of(2024, 11, 8),
      LocalDate.of(2024, 11, 8), false,
      "VERIFIED-REPO: LawRefBook 宪法相关法/各级人民代表大会常务委员会监督法(2024-11-08).md; effective date UNVERIFIED");

  /** 宪法宣誓制度的决定 2015, adopted 2015-07-01, in force 2016-01-01. */
  public static final LawVersion OATH_DECISION_2015 = national("OATH_DECISION_2015", "OATH_DECISION",
      "全国人民代表大会常务委员会关于实行宪法宣誓制度的决定", "宪法宣誓制度的决定", "NPCSC Decision on the Constitutional Oath",
      "2015", LocalDate.of(2015, 7, 1), LocalDate.of(2016, 1, 1), true,
      "VERIFIED-WEB: Xinhua 2015-07-01 (宪法宣誓制度于明年1月1日起实行 誓词共70字)");

  /** 宪法宣誓制度的决定 2018 revision, adopted 2018-02-24, in force 2018-03-12. */
  public static final LawVersion OATH_DECISION_2018 = national("OATH_DECISION_2018", "OATH_DECISION",
      "全国人民代表大会常务委员会关于实行宪法宣誓制度的决定", "宪法宣誓制度的决定", "NPCSC Decision on the Constitutional Oath",
      "2018", LocalDate.of(2018, 2, 24), LocalDate.of(2018, 3, 12), true,
      "VERIFIED-WEB: gov.cn 2018-02-24 (决定从2018年3月12日起施行); Wikisource");

  /** 代表法 2015 amendment. */
  public static final LawVersion DEPUTIES_LAW_2015 = national("DEPUTIES_LAW_2015", "DEPUTIES_LAW",
      "全国人民代表大会和地方各级人民代表大会代表法", "代表法", "Deputies Law", "2015", LocalDate.of(2015, 8, 29),
      LocalDate.of(2015, 8, 29), true,
      "VERIFIED-REPO: LawRefBook 宪法相关法/全国人民代表大会和地方各级人民代表大会代表法(2015-08-29).md");

  /** 代表法 2025 amendment, adopted 2025-03-11; effective date UNVERIFIED, default the adoption date. */
  public static final LawVersion DEPUTIES_LAW_2025 = national("DEPUTIES_LAW_2025", "DEPUTIES_LAW",
      "全国人民代表大会和地方各级人民代表大会代表法", "代表法", "Deputies Law", "2025", LocalDate.of(2025, 3, 11),
      LocalDate.of(2025, 3, 11), false,
      "VERIFIED-REPO: LawRefBook 宪法相关法/全国人民代表大会和地方各级人民代表大会代表法(2025-03-11).md; effective date UNVERIFIED");

  /**
   * 选举法 as amended 2015-08-29; cited with the article numbers and content of the 2020 text, which the 2020
   * amendment did not change for the provisions cited (UNVERIFIED: the pre-2020 numbering).
   */
  public static final LawVersion ELECTION_LAW_2015 = national("ELECTION_LAW_2015", "ELECTION_LAW",
      "全国人民代表大会和地方各级人民代表大会选举法", "选举法", "Election Law", "2015", LocalDate.of(2015, 8, 29),
      LocalDate.of(2015, 8, 29), false, "UNVERIFIED: pre-2020 text not found; 2020 content and numbering assumed");

  /** 选举法 7th amendment of 2020-10-17; effective date UNVERIFIED, default the adoption date. */
  public static final LawVersion ELECTION_LAW_2020 = national("ELECTION_LAW_2020", "ELECTION_LAW",
      "全国人民代表大会和地方各级人民代表大会选举法", "选举法", "Election Law", "2020", LocalDate.of(2020, 10, 17),
      LocalDate.of(2020, 10, 17), false,
      "VERIFIED-REPO: LawRefBook 宪法相关法/全国人民代表大会和地方各级人民代表大会选举法(2020-10-17).md; effective date UNVERIFIED");

  /** 人民陪审员法, adopted and in force 2018-04-27. */
  public static final LawVersion PEOPLES_ASSESSORS_LAW_2018 = national("PEOPLES_ASSESSORS_LAW_2018",
      "PEOPLES_ASSESSORS_LAW", "中华人民共和国人民陪审员法", "人民陪审员法", "People's Assessors Law", "2018",
      LocalDate.of(2018, 4, 27), LocalDate.of(2018, 4, 27), true, "VERIFIED-REPO: LawRefBook 宪法相关法/人民陪审员法(2018-04-27).md");

  /** 信访条例 (State Council Order 431), in force 2005-05-01 until 2022-04-30; applied to 行政机关 only. */
  public static final LawVersion PETITION_REGULATION_2005 = national("PETITION_REGULATION_2005", "PETITION_REGULATION",
      "信访条例", "信访条例", "Regulation on Letters and Visits", "2005", LocalDate.of(2005, 1, 10),
      LocalDate.of(2005, 5, 1), true, "VERIFIED-REPO: LawRefBook 行政法规/信访条例(2005-01-10).md");

  /** 信访工作条例, in force 2022-05-01; covers 人大机关 expressly (Art. 2). */
  public static final LawVersion PETITION_REGULATION_2022 = national("PETITION_REGULATION_2022", "PETITION_REGULATION",
      "信访工作条例", "信访工作条例", "Regulations on Letters-and-Visits Work", "2022", LocalDate.of(2022, 2, 25),
      LocalDate.of(2022, 5, 1), true, "VERIFIED-REPO: LawRefBook 行政法规/信访工作条例(2022-02-25).md (Art. 50)");

  /** 预算法 as amended 2018-12-29; effective date UNVERIFIED, default the amendment date. */
  public static final LawVersion BUDGET_LAW_2018 = national("BUDGET_LAW_2018", "BUDGET_LAW", "中华人民共和国预算法",
      "预算法", "Budget Law", "2018", LocalDate.of(2018, 12, 29), LocalDate.of(2018, 12, 29), false,
      "VERIFIED-REPO: LawRefBook 经济法/预算法(2018-12-29).md; effective date UNVERIFIED");

  /** 预算法 as amended 2014-08-31, in force 2015-01-01 (from memory, UNVERIFIED). */
  public static final LawVersion BUDGET_LAW_2014 = national("BUDGET_LAW_2014", "BUDGET_LAW", "中华人民共和国预算法",
      "预算法", "Budget Law", "2014", LocalDate.of(2014, 8, 31), LocalDate.of(2015, 1, 1), false,
      "UNVERIFIED: 2014 text assumed equal to 2018 for the provisions cited");

  /** 民法典, in force 2021-01-01; Arts. 200–204 on periods (same rules earlier in 民法总则 2017). */
  public static final LawVersion CIVIL_CODE_2020 = national("CIVIL_CODE_2020", "CIVIL_CODE", "中华人民共和国民法典",
      "民法典", "Civil Code", "2020", LocalDate.of(2020, 5, 28), LocalDate.of(2021, 1, 1), true,
      "VERIFIED-WEB: several public reproductions agree word for word");

  /** 民法总则 2017, in force 2017-10-01 until 2020-12-31; Arts. 200–204 as in the Civil Code. */
  public static final LawVersion GENERAL_PRINCIPLES_2017 = national("GENERAL_PRINCIPLES_2017", "CIVIL_CODE",
      "中华人民共和国民法总则", "民法总则", "General Provisions of the Civil Law", "2017", LocalDate.of(2017, 3, 15),
      LocalDate.of(2017, 10, 1), true, "statutes.md §13: same rules stood in 民法总则 (2017) Arts. 200–204");

  /** 北京市国家工作人员宪法宣誓组织办法 (2015 text): Art. 13 normally within 30 days. */
  public static final LawVersion BEIJING_OATH_2015 = local("BEIJING_OATH_2015", "北京市", "北京市国家工作人员宪法宣誓组织办法",
      "北京市宪法宣誓组织办法", "Beijing Measures on Organising the Constitutional Oath", "2015", LocalDate.of(2015, 11, 27),
      LocalDate.of(2016, 1, 1), false,
      "VERIFIED-REPO: LawRefBook DLC 北京市国家工作人员宪法宣誓组织办法(2018-03-30).md (2015 text); effective date assumed 2016-01-01");

  /** 上海市实施宪法宣誓制度办法, amended 2018-07-27. */
  public static final LawVersion SHANGHAI_OATH_2018 = local("SHANGHAI_OATH_2018", "上海市", "上海市实施宪法宣誓制度办法",
      "上海市实施宪法宣誓制度办法", "Shanghai Measures Implementing the Constitutional Oath", "2018", LocalDate.of(2018, 7, 27),
      LocalDate.of(2018, 7, 27), false,
      "VERIFIED-REPO: LawRefBook DLC 上海市实施宪法宣誓制度办法(2018-07-27).md; effective date assumed on amendment");

  /** 重庆市宪法宣誓实施办法, revised 2018-09-29, in force 2018-10-01. */
  public static final LawVersion CHONGQING_OATH_2018 = local("CHONGQING_OATH_2018", "重庆市", "重庆市宪法宣誓实施办法",
      "重庆市宪法宣誓实施办法", "Chongqing Measures Implementing the Constitutional Oath", "2018", LocalDate.of(2018, 9, 29),
      LocalDate.of(2018, 10, 1), true, "VERIFIED-REPO: LawRefBook DLC 重庆市宪法宣誓实施办法");

  /** 河南省实施监督法办法, amended 2015-09-26. */
  public static final LawVersion HENAN_SUPERVISION_2015 = local("HENAN_SUPERVISION_2015", "河南省",
      "河南省实施《各级人民代表大会常务委员会监督法》办法", "河南省实施监督法办法", "Henan Measures Implementing the Supervision Law",
      "2015", LocalDate.of(2015, 9, 26), LocalDate.of(2015, 9, 26), false,
      "VERIFIED-REPO: LawRefBook DLC 河南省实施《各级人民代表大会常务委员会监督法》办法(2015-10-22).md");

  /** 青岛市人民代表大会代表建议、批评和意见工作条例, approved 2021-07-29, in force 2021-09-01 (Art. 42). */
  public static final LawVersion QINGDAO_SUGGESTIONS_2021 = local("QINGDAO_SUGGESTIONS_2021", "青岛市",
      "青岛市人民代表大会代表建议、批评和意见工作条例", "青岛市代表建议工作条例", "Qingdao Regulation on Deputies' Suggestions",
      "2021", LocalDate.of(2021, 7, 29), LocalDate.of(2021, 9, 1), true,
      "VERIFIED-REPO: LawRefBook DLC 青岛市人民代表大会代表建议、批评和意见工作条例(2021-07-29).md; Art. 42 本条例自2021年9月1日起施行");

  /** 岐山县任前法律知识考试实施办法, revised 2017-04-26. */
  public static final LawVersion QISHAN_EXAM_2017 = local("QISHAN_EXAM_2017", "岐山县",
      "岐山县人大常委会关于对提请县人大常委会任命的干部进行任前法律知识考试的实施办法", "岐山县任前法律知识考试办法",
      "Qishan County Pre-appointment Legal Exam Measures", "2017", LocalDate.of(2017, 4, 26), LocalDate.of(2017, 4, 26),
      false, "VERIFIED-WEB: http://www.qsxrd.gov.cn/show.asp?id=21");

  /** 兰州市 pre-appointment exam practice (news of 2014-05-20). */
  public static final LawVersion LANZHOU_EXAM_2014 = local("LANZHOU_EXAM_2014", "兰州市", "兰州市人大常委会任前法律知识考试制度",
      "兰州市任前法律知识考试制度", "Lanzhou Pre-appointment Legal Exam Practice", "2014", LocalDate.of(2014, 5, 20),
      LocalDate.of(2014, 5, 20), false, "VERIFIED-WEB: news of 2014-05-20 (zt.dxbei.com)");

  /** 石台县 pre-appointment exam measures, revised 2013-08-08 (百分制, 60分以下为不合格). */
  public static final LawVersion SHITAI_EXAM_2013 = local("SHITAI_EXAM_2013", "石台县", "石台县人大常委会任前法律知识考试办法",
      "石台县任前法律知识考试办法", "Shitai County Pre-appointment Legal Exam Measures", "2013", LocalDate.of(2013, 8, 8),
      LocalDate.of(2013, 8, 8), false, "VERIFIED-WEB: http://www.strd.stwmw.gov.cn/newsdetail_1511720.html");

  /** 武隆县人大常委会拟任人员法律知识考试办法（试行）, adopted 2016-05-31. */
  public static final LawVersion WULONG_EXAM_2016 = local("WULONG_EXAM_2016", "武隆县",
      "武隆县人大常委会拟任人员法律知识考试办法（试行）", "武隆县拟任人员法律知识考试办法",
      "Wulong County Measures on Legal Exams for Appointees (trial)", "2016", LocalDate.of(2016, 5, 31),
      LocalDate.of(2016, 5, 31), false,
      "VERIFIED-WEB: http://www.australiabottespascher.com/html/htmlgzzd1605805.html; effective date assumed on adoption");

  /** 深圳市 satisfaction-vote rules for special work reports, 2011-10-31 (Arts. 6–7). */
  public static final LawVersion SHENZHEN_SATISFACTION_2011 = local("SHENZHEN_SATISFACTION_2011", "深圳市",
      "深圳市人民代表大会常务委员会听取和审议专项工作报告满意度测评规则", "深圳市满意度测评规则",
      "Shenzhen Rules on Satisfaction Votes", "2011", LocalDate.of(2011, 10, 31), LocalDate.of(2011, 10, 31), false,
      "VERIFIED-WEB: Arts. 3–7 only; thresholds and consequences UNVERIFIED");

  /** 安徽省 satisfaction-vote draft of 2013 (as reported; final text UNVERIFIED). */
  public static final LawVersion ANHUI_SATISFACTION_2013 = local("ANHUI_SATISFACTION_2013", "安徽省",
      "安徽省人民代表大会常务委员会听取和审议专项工作报告及满意度测评暂行办法（草案）", "安徽省满意度测评暂行办法（草案）",
      "Anhui Interim Measures on Satisfaction Votes (draft)", "2013", LocalDate.of(2013, 7, 30), LocalDate.of(2013, 7, 30),
      false, "VERIFIED-WEB: news of 2013-07-30 (district.ce.cn); draft only");

  /** 昭通市 work-appraisal measures, 2014-02-18 (four phases; once per term). */
  public static final LawVersion ZHAOTONG_APPRAISAL_2014 = local("ZHAOTONG_APPRAISAL_2014", "昭通市",
      "昭通市人大常委会对其任命的国家机关工作人员开展工作评议办法", "昭通市工作评议办法", "Zhaotong Work Appraisal Measures",
      "2014", LocalDate.of(2014, 2, 18), LocalDate.of(2014, 2, 18), false, "VERIFIED-WEB: www.ztrd.gov.cn");

  /**
   * The committee's own participation target, stated in its 2019 work report: every deputy attends at least one
   * committee meeting or one activity in the term.
   */
  public static final LawVersion COMMITTEE_WORK_NORM = local("COMMITTEE_WORK_NORM_2019", "本区",
      "区人大常委会代表工作目标（常委会工作报告）", "常委会工作报告", "The committee's own work norm (annual work report)", "2019",
      LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1), true,
      "seed: 以保证每位人大代表在本届任期内至少列席一次常委会会议或参加一次活动为目标");

  /**
   * Returns every version, national first, in a stable order.
   *
   * @return the versions, not null
   */
  public static List<LawVersion> all() {
    return List.of(CONSTITUTION_2004, CONSTITUTION_2018, LOCAL_ORGANIC_LAW_2015, LOCAL_ORGANIC_LAW_2022, SUPERVISION_LAW_2006,
        SUPERVISION_LAW_2024, OATH_DECISION_2015, OATH_DECISION_2018, DEPUTIES_LAW_2015, DEPUTIES_LAW_2025,
        ELECTION_LAW_2015, ELECTION_LAW_2020, PEOPLES_ASSESSORS_LAW_2018, PETITION_REGULATION_2005,
        PETITION_REGULATION_2022, BUDGET_LAW_2014, BUDGET_LAW_2018, GENERAL_PRINCIPLES_2017, CIVIL_CODE_2020,
        BEIJING_OATH_2015, SHANGHAI_OATH_2018, CHONGQING_OATH_2018, HENAN_SUPERVISION_2015, QINGDAO_SUGGESTIONS_2021,
        QISHAN_EXAM_2017, LANZHOU_EXAM_2014, SHITAI_EXAM_2013, WULONG_EXAM_2016, SHENZHEN_SATISFACTION_2011, ANHUI_SATISFACTION_2013,
        ZHAOTONG_APPRAISAL_2014, COMMITTEE_WORK_NORM);
  }
}

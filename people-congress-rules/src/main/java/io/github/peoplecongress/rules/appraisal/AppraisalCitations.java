package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;

/** The provisions the appraisal family cites. */
final class AppraisalCitations {
  private AppraisalCitations() {}

  /**
   * The committee's 2019 work report, part 三, item (三); 条 and 款 of the citation stand for the report's part and
   * item.
   */
  static final Citation STEPS = Citation.of(Laws.COMMITTEE_WORK_NORM, 3, 3,
      "常委会采取认真听取和审议被评议单位的工作报告、广泛征求意见、实地察看工作台账、进行满意度表决、提出整改建议、督促落实整改等措施");

  /** 深圳市满意度测评规则 Art. 6. */
  static final Citation SHENZHEN_GRADES = Citation.of(Laws.SHENZHEN_SATISFACTION_2011, 6,
      "满意度测评分为“满意”、“基本满意”、“不满意”三个等次");

  /** 深圳市满意度测评规则 Art. 7. */
  static final Citation SHENZHEN_BALLOT = Citation.of(Laws.SHENZHEN_SATISFACTION_2011, 7,
      "满意度测评以无记名投票方式进行。常务委员会组成人员应当在三个等次中选择一个等次，不选择、多选择的投票无效，不纳入计票范围。");

  /**
   * The 安徽省 draft of 2013 as reported in the press; its article number is UNVERIFIED, so 第一条 is a placeholder
   * until the final text is found.
   */
  static final Citation ANHUI_CONSEQUENCES = Citation.of(Laws.ANHUI_SATISFACTION_2013, 1,
      "如果测评结果为“基本满意”，报告机关应当根据常委会审议意见进行整改。而如果测评结果为“不满意”，报告机关应当整改，并在下一次常委会会议上重作报告。");
}

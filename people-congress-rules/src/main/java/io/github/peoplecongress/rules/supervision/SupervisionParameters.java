package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.Parameter;

/**
 * The parameters of the supervision rules and the citations they share.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class SupervisionParameters {
  private SupervisionParameters() {}

  /** 监督法（2006）第十二条 (the 2024 text without 监察委员会, statutes.md §2.1). */
  public static final Citation SUPERVISION_2006_ART12 = Citation.of(Laws.SUPERVISION_LAW_2006, 12,
      "人民政府、人民法院或者人民检察院应当在常务委员会举行会议的二十日前，由其办事机构将专项工作报告送交本级人民代表大会有关专门委员会或者"
          + "常务委员会有关工作机构征求意见；人民政府、人民法院或者人民检察院对报告修改后，在常务委员会举行会议的十日前送交常务委员会。"
          + "常务委员会办事机构应当在常务委员会举行会议的七日前，将专项工作报告发给常务委员会组成人员。");

  /** 监督法（2024）第十五条. */
  public static final Citation SUPERVISION_2024_ART15 = Citation.of(Laws.SUPERVISION_LAW_2024, 15,
      "人民政府、监察委员会、人民法院或者人民检察院应当在常务委员会举行会议的二十日前，由其办事机构将专项工作报告送交本级人民代表大会有关"
          + "专门委员会或者常务委员会有关工作机构征求意见；人民政府、监察委员会、人民法院或者人民检察院对报告修改后，在常务委员会举行会议的"
          + "十日前送交常务委员会。常务委员会办事机构应当在常务委员会举行会议的七日前，将专项工作报告发给常务委员会组成人员。");

  /** 「二十日前」: the draft goes to the committee or working body for comment. */
  public static final Parameter<Integer> DRAFT_DAYS_BEFORE = Parameter.of("supervision.draftDaysBefore",
      Integer.class, "专项工作报告送交征求意见的提前日数", "Days before the meeting for the draft report",
      DatedSeries.of(Laws.SUPERVISION_LAW_2006.getEffective(), 20, SUPERVISION_2006_ART12)
          .then(Laws.SUPERVISION_LAW_2024.getEffective(), 20, SUPERVISION_2024_ART15));

  /** 「十日前」: the revised report goes to the committee. */
  public static final Parameter<Integer> SUBMIT_DAYS_BEFORE = Parameter.of("supervision.submitDaysBefore",
      Integer.class, "专项工作报告送交常委会的提前日数", "Days before the meeting for the revised report",
      DatedSeries.of(Laws.SUPERVISION_LAW_2006.getEffective(), 10, SUPERVISION_2006_ART12)
          .then(Laws.SUPERVISION_LAW_2024.getEffective(), 10, SUPERVISION_2024_ART15));

  /** 「七日前」: the committee's office distributes the report to the members. */
  public static final Parameter<Integer> DISTRIBUTE_DAYS_BEFORE = Parameter.of("supervision.distributeDaysBefore",
      Integer.class, "专项工作报告发给组成人员的提前日数", "Days before the meeting for distribution to members",
      DatedSeries.of(Laws.SUPERVISION_LAW_2006.getEffective(), 7, SUPERVISION_2006_ART12)
          .then(Laws.SUPERVISION_LAW_2024.getEffective(), 7, SUPERVISION_2024_ART15));

  /** 河南省实施监督法办法 第十一条. */
  public static final Citation HENAN_ART11 = Citation.of(Laws.HENAN_SUPERVISION_2015, 11,
      "报告机关应当在收到审议意见后三个月内，将审议意见研究处理情况向常务委员会提出书面报告。");
  /** 河南省实施监督法办法 第二十条. */
  public static final Citation HENAN_ART20 = Citation.of(Laws.HENAN_SUPERVISION_2015, 20,
      "在常务委员会闭会后十日内交由本级人民政府研究处理。人民政府应当在三个月内将研究处理情况向常务委员会提出书面报告。");
  /** 河南省实施监督法办法 第三十条第二款. */
  public static final Citation HENAN_ART30 = Citation.of(Laws.HENAN_SUPERVISION_2015, 30, 2,
      "审议意见于常务委员会闭会后十日内交由本级人民政府研究处理。人民政府应当在两个月内，将研究处理情况……向常务委员会提出书面报告。");
  /** 河南省实施监督法办法 第四十四条. */
  public static final Citation HENAN_ART44 = Citation.of(Laws.HENAN_SUPERVISION_2015, 44,
      "在常务委员会闭会后十日内，交由本级人民政府、人民法院或者人民检察院研究处理。……应当在三个月内，将研究处理情况向常务委员会报告。");

  private static final String NO_NATIONAL_PERIOD = "监督法 sets no period for the handling report (statutes.md §2.7)";

  /** Months for the handling report on a special work report: none nationally; Henan 3 (Art. 11). */
  public static final Parameter<Integer> HANDLING_MONTHS_SPECIAL_REPORT = Parameter.of(
      "supervision.handlingMonths.specialReport", Integer.class, "专项工作报告审议意见研究处理期限（月）",
      "Months to report on handling opinions on a special work report",
      DatedSeries.none(Laws.SUPERVISION_LAW_2006.getEffective(), NO_NATIONAL_PERIOD));

  /** Months for the handling report on plan opinions: none nationally; Henan 3 (Art. 20). */
  public static final Parameter<Integer> HANDLING_MONTHS_PLAN = Parameter.of("supervision.handlingMonths.plan",
      Integer.class, "计划审议意见研究处理期限（月）", "Months to report on handling opinions on the plan",
      DatedSeries.none(Laws.SUPERVISION_LAW_2006.getEffective(), NO_NATIONAL_PERIOD));

  /** Months for the handling report on budget-execution and audit opinions: none nationally; Henan 2 (Art. 30). */
  public static final Parameter<Integer> HANDLING_MONTHS_FISCAL = Parameter.of("supervision.handlingMonths.fiscal",
      Integer.class, "预算执行和审计审议意见研究处理期限（月）", "Months to report on handling budget and audit opinions",
      DatedSeries.none(Laws.SUPERVISION_LAW_2006.getEffective(), NO_NATIONAL_PERIOD));

  /** Months for the handling report on inspection opinions: none nationally; Henan 3 (Art. 44). */
  public static final Parameter<Integer> HANDLING_MONTHS_INSPECTION = Parameter.of(
      "supervision.handlingMonths.inspection", Integer.class, "执法检查审议意见研究处理期限（月）",
      "Months to report on handling inspection opinions",
      DatedSeries.none(Laws.SUPERVISION_LAW_2006.getEffective(), NO_NATIONAL_PERIOD));

  /** Days after the meeting within which opinions are forwarded: none nationally; Henan 10 (Arts. 20, 30, 44). */
  public static final Parameter<Integer> FORWARD_DAYS = Parameter.of("supervision.forwardDays", Integer.class,
      "审议意见交办期限（闭会后日数）", "Days after the meeting to forward the opinions",
      DatedSeries.none(Laws.SUPERVISION_LAW_2006.getEffective(), NO_NATIONAL_PERIOD));

  /** 监督法（2024）第二十七条第二款. */
  public static final Citation SUPERVISION_2024_ART27_2 = Citation.of(Laws.SUPERVISION_LAW_2024, 27, 2,
      "常务委员会在听取和审议审计工作报告后的六个月内，听取和审议本级人民政府关于审计查出问题整改情况的报告。");

  /**
   * Months after the audit report within which the rectification report is heard: 6. The value is set from 2007 so
   * that a profile moving the unverified 2024 effective date moves the rule with it; the rule applies only where its
   * 2024 version is in force.
   */
  public static final Parameter<Integer> AUDIT_RECTIFICATION_MONTHS = Parameter.of(
      "supervision.auditRectificationMonths", Integer.class, "审计查出问题整改情况报告的听取期限（月）",
      "Months after the audit report to hear the rectification report",
      DatedSeries.of(Laws.SUPERVISION_LAW_2006.getEffective(), 6, SUPERVISION_2024_ART27_2));
}

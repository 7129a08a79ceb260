package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.time.LocalDate;

/**
 * The parameters of the petition rules, with their national defaults: the same numbers under 信访条例 (2005) and
 * 信访工作条例 (2022). No local values are known: {@link PetitionLocalRules} adds none.
 */
public final class PetitionParameters {
  private PetitionParameters() {}

  private static final LocalDate FROM_2005 = Laws.PETITION_REGULATION_2005.getEffective();
  private static final LocalDate FROM_2022 = Laws.PETITION_REGULATION_2022.getEffective();

  private static DatedSeries<Integer> days(int value, String ref2005, String ref2022) {
    return DatedSeries.of(FROM_2005, value, "信访条例（2005）" + ref2005).then(FROM_2022, value,
        "信访工作条例（2022）" + ref2022);
  }

  /** {@code petition.acknowledgementDays}: written notice within 15 days of receipt. */
  public static final Parameter<Integer> ACKNOWLEDGEMENT_DAYS = Parameter.of("petition.acknowledgementDays",
      Integer.class, "收到信访事项后书面告知的日数", "Days after receipt for the written acknowledgement",
      days(15, "第二十一条、第二十二条第二款", "第二十三条第二款、第三款"));

  /** {@code petition.forwardingDays}: registered and forwarded or assigned (转送、交办) within 15 days of receipt. */
  public static final Parameter<Integer> FORWARDING_DAYS = Parameter.of("petition.forwardingDays", Integer.class,
      "收到信访事项后转送、交办的日数", "Days after receipt within which a petition is forwarded or assigned",
      days(15, "第二十一条第一款", "第二十二条第一款"));

  /**
   * {@code petition.forwardingPeriodCoverage}: whether the 15 days of 信访工作条例 Art. 22(1) (2005: 信访条例 Art.
   * 21(1)), addressed to 党委和政府信访部门 (2005: 县级以上人民政府信访工作机构), bind the committee's petitions
   * office. Default {@link CongressCoverage#BY_ANALOGY}: Art. 14(2) has other organs 参照 the 信访部门's duties, and
   * Art. 23(1), which governs them, sets no period for the forwarding itself.
   */
  public static final Parameter<CongressCoverage> FORWARDING_PERIOD_COVERAGE = Parameter.of(
      "petition.forwardingPeriodCoverage", CongressCoverage.class, "人大机关转送、交办信访事项是否适用15日期限",
      "Whether the 15-day forwarding period of the 信访部门 binds the committee's petitions office",
      DatedSeries.of(FROM_2005, CongressCoverage.BY_ANALOGY,
          "本库解读：信访条例（2005）第二十一条第一款针对县级以上人民政府信访工作机构，人大机关参照适用")
          .then(FROM_2022, CongressCoverage.BY_ANALOGY,
              "本库解读：信访工作条例（2022）第二十二条第一款针对党委和政府信访部门，其他机关依第十四条第二款参照其职责"));

  /** {@code petition.handlingDays}: resolved within 60 days of acceptance. */
  public static final Parameter<Integer> HANDLING_DAYS = Parameter.of("petition.handlingDays", Integer.class,
      "自受理之日起办结的日数", "Days after acceptance within which a petition is resolved",
      days(60, "第三十三条", "第三十四条"));

  /** {@code petition.maxExtensionDays}: the extension is at most 30 days. */
  public static final Parameter<Integer> MAX_EXTENSION_DAYS = Parameter.of("petition.maxExtensionDays", Integer.class,
      "延长办理期限的最多日数", "Maximum extension of the handling period", days(30, "第三十三条", "第三十四条"));

  /** {@code petition.reviewRequestDays}: 复查 requested within 30 days of the written answer. */
  public static final Parameter<Integer> REVIEW_REQUEST_DAYS = Parameter.of("petition.reviewRequestDays",
      Integer.class, "收到书面答复后请求复查的日数", "Days after the written answer to request a review",
      days(30, "第三十四条", "第三十五条"));

  /** {@code petition.reviewDecisionDays}: 复查意见 within 30 days of the request. */
  public static final Parameter<Integer> REVIEW_DECISION_DAYS = Parameter.of("petition.reviewDecisionDays",
      Integer.class, "收到复查请求后提出复查意见的日数", "Days after the request to decide a review",
      days(30, "第三十四条", "第三十五条"));

  /** {@code petition.reReviewRequestDays}: 复核 requested within 30 days of the review opinion. */
  public static final Parameter<Integer> RE_REVIEW_REQUEST_DAYS = Parameter.of("petition.reReviewRequestDays",
      Integer.class, "收到复查意见后请求复核的日数", "Days after the review opinion to request a re-review",
      days(30, "第三十五条第一款", "第三十六条"));

  /** {@code petition.reReviewDecisionDays}: 复核意见 within 30 days of the request, hearing time not counted. */
  public static final Parameter<Integer> RE_REVIEW_DECISION_DAYS = Parameter.of("petition.reReviewDecisionDays",
      Integer.class, "收到复核请求后提出复核意见的日数（听证时间不计入）",
      "Days after the request to decide a re-review (hearing time not counted)",
      days(30, "第三十五条第一款、第二款", "第三十六条"));

  /**
   * {@code petition.congressCoverageBefore2022}: whether the 2005 regulation, binding 行政机关 only, applies to the
   * committee's petitions before 2022-05-01. Default {@link CongressCoverage#BY_ANALOGY}.
   */
  public static final Parameter<CongressCoverage> CONGRESS_COVERAGE_BEFORE_2022 = Parameter.of(
      "petition.congressCoverageBefore2022", CongressCoverage.class, "2022年5月1日前人大机关信访事项是否适用信访条例",
      "Whether the 2005 regulation covers the committee's petitions before 2022-05-01",
      DatedSeries.of(FROM_2005, CongressCoverage.BY_ANALOGY,
          "本库解读：信访条例（2005）第二条仅适用于行政机关，人大机关参照适用"));
}

package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.time.LocalDate;

/**
 * The parameters of the appraisal family. No national law sets any of them (statutory reference §2.7); the
 * defaults are the library's reading of common local practice and are marked as such in their references. The
 * vote thresholds of the local texts (深圳市 Art. 8 onward, 宜秀区, the final 安徽省 text) are UNVERIFIED.
 */
public final class AppraisalParameters {
  private AppraisalParameters() {}

  /** The first day the library defaults apply: county standing committees exist from 1980. */
  static final LocalDate DEFAULTS_FROM = LocalDate.of(1980, 1, 1);

  /**
   * Whether only the committee's members (常务委员会组成人员) may vote. Default true (library reading of common local
   * practice, 深圳市规则第七条; statutes.md §11 item 29).
   */
  public static final Parameter<Boolean> VOTERS_MEMBERS_ONLY = Parameter.of("appraisal.votersMembersOnly",
      Boolean.class, "满意度测评仅由常务委员会组成人员投票", "Only committee members vote in a satisfaction vote",
      DatedSeries.of(DEFAULTS_FROM, true,
          "library default (common local practice; 深圳市满意度测评规则第七条「常务委员会组成人员应当在三个等次中选择一个等次」)"));

  /** Whether the vote must be by secret ballot (无记名投票). Default true (library reading; 深圳市规则第七条, 莆田市 2013). */
  public static final Parameter<Boolean> SECRET_BALLOT_REQUIRED = Parameter.of("appraisal.secretBallotRequired",
      Boolean.class, "满意度测评以无记名投票方式进行", "A satisfaction vote is by secret ballot",
      DatedSeries.of(DEFAULTS_FROM, true,
          "library default (common local practice; 深圳市满意度测评规则第七条「满意度测评以无记名投票方式进行」)"));

  /**
   * Whether invalid ballots (no grade or several grades marked) are left out of the count, so that the result is
   * judged on the valid ballots. Default true (深圳市规则第七条「不选择、多选择的投票无效，不纳入计票范围」).
   */
  public static final Parameter<Boolean> INVALID_BALLOTS_EXCLUDED = Parameter.of("appraisal.invalidBallotsExcluded",
      Boolean.class, "无效票不纳入计票范围", "Invalid ballots are not counted",
      DatedSeries.of(DEFAULTS_FROM, true,
          "library default (深圳市满意度测评规则第七条「不选择、多选择的投票无效，不纳入计票范围」)"));

  /**
   * The result 满意 requires more than this percentage of the counted ballots marked 满意. Default 50: the
   * library's reading, since the local thresholds are UNVERIFIED.
   */
  public static final Parameter<Integer> SATISFIED_MORE_THAN_PERCENT = Parameter.of(
      "appraisal.result.satisfiedMoreThanPercent", Integer.class, "测评结果为“满意”所需满意票超过有效票的百分比",
      "Share of counted ballots marked satisfied that a 'satisfied' result must exceed, in percent",
      DatedSeries.of(DEFAULTS_FROM, 50, "library reading (local thresholds UNVERIFIED): 满意票超过有效票半数为满意"));

  /**
   * Failing 满意, the result 基本满意 requires more than this percentage of the counted ballots marked 满意 or 基本满意;
   * otherwise the result is 不满意. Default 50: the library's reading, since the local thresholds are UNVERIFIED.
   */
  public static final Parameter<Integer> AT_LEAST_BASICALLY_SATISFIED_MORE_THAN_PERCENT = Parameter.of(
      "appraisal.result.atLeastBasicallySatisfiedMoreThanPercent", Integer.class,
      "测评结果为“基本满意”所需满意票与基本满意票之和超过有效票的百分比",
      "Share of counted ballots marked satisfied or basically satisfied that a 'basically satisfied' result must "
          + "exceed, in percent",
      DatedSeries.of(DEFAULTS_FROM, 50,
          "library reading (local thresholds UNVERIFIED): 满意票与基本满意票之和超过有效票半数为基本满意，否则为不满意"));

  /** What a 基本满意 result requires. Nationally nothing; 安徽省 draft: rectify. */
  public static final Parameter<AppraisalConsequence> ON_BASICALLY_SATISFIED = Parameter.of(
      "appraisal.consequence.basicallySatisfied", AppraisalConsequence.class, "测评结果为“基本满意”的后续要求",
      "What a 'basically satisfied' result requires",
      DatedSeries.none(DEFAULTS_FROM, "national law sets no consequence (statutes.md §2.7)"));

  /** What a 不满意 result requires. Nationally nothing; 安徽省 draft: rectify and report again at the next meeting. */
  public static final Parameter<AppraisalConsequence> ON_DISSATISFIED = Parameter.of(
      "appraisal.consequence.dissatisfied", AppraisalConsequence.class, "测评结果为“不满意”的后续要求",
      "What a 'dissatisfied' result requires",
      DatedSeries.none(DEFAULTS_FROM, "national law sets no consequence (statutes.md §2.7)"));

  /**
   * The months after the vote within which a rectification report is due, where a local rule sets a period. None
   * nationally and none known locally (the 安徽省 draft sets none); without a period a missing report is a warning
   * once the year of the vote is over.
   */
  public static final Parameter<Integer> RECTIFICATION_REPORT_MONTHS = Parameter.of(
      "appraisal.rectificationReportMonths", Integer.class, "整改情况报告期限（月）",
      "Months within which the rectification report is due",
      DatedSeries.none(DEFAULTS_FROM, "no period known (安徽省草案 sets none; UNVERIFIED elsewhere)"));
}

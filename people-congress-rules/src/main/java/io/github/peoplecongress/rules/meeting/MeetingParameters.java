package io.github.peoplecongress.rules.meeting;

import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.Parameter;

/**
 * The parameters of the meeting rules and the citations they share.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class MeetingParameters {
  private MeetingParameters() {}

  /**
   * 地方组织法（2015）第四十六条 as recalled (UNVERIFIED text and numbering, statutes.md §1.3): 「常务委员会会议由主任召集，
   * 每两个月至少举行一次。」
   */
  public static final Citation ORGANIC_2015_MEETINGS = Citation.of(Laws.LOCAL_ORGANIC_LAW_2015, 46,
      "常务委员会会议由主任召集，每两个月至少举行一次。");

  /** 地方组织法（2022）第五十一条第一款. */
  public static final Citation ORGANIC_2022_MEETINGS = Citation.of(Laws.LOCAL_ORGANIC_LAW_2022, 51, 1,
      "常务委员会会议由主任召集并主持，每两个月至少举行一次。遇有特殊需要时，可以临时召集常务委员会会议。主任可以委托副主任主持会议。");

  /** 地方组织法（2015）第四十六条, cited with the 2022 content of the quorum clause (UNVERIFIED for 2015). */
  public static final Citation ORGANIC_2015_QUORUM = Citation.of(Laws.LOCAL_ORGANIC_LAW_2015, 46,
      "常务委员会会议有常务委员会全体组成人员过半数出席，始得举行。");

  /** 地方组织法（2022）第五十一条第三款. */
  public static final Citation ORGANIC_2022_QUORUM = Citation.of(Laws.LOCAL_ORGANIC_LAW_2022, 51, 3,
      "常务委员会会议有常务委员会全体组成人员过半数出席，始得举行。");

  /** 地方组织法（2015）第四十六条, adoption clause (UNVERIFIED for 2015, cited with the 2022 content). */
  public static final Citation ORGANIC_2015_ADOPTION = Citation.of(Laws.LOCAL_ORGANIC_LAW_2015, 46,
      "常务委员会的决议，由常务委员会以全体组成人员的过半数通过。");

  /** 地方组织法（2022）第五十一条第四款. */
  public static final Citation ORGANIC_2022_ADOPTION = Citation.of(Laws.LOCAL_ORGANIC_LAW_2022, 51, 4,
      "常务委员会的决议，由常务委员会以全体组成人员的过半数通过。");

  /** The longest interval between meetings, in months: 2 under both versions. */
  public static final Parameter<Integer> MAX_INTERVAL_MONTHS = Parameter.of("meeting.maxIntervalMonths",
      Integer.class, "常委会会议最长间隔（月）", "Longest interval between committee meetings (months)",
      DatedSeries.of(Laws.LOCAL_ORGANIC_LAW_2015.getEffective(), 2, ORGANIC_2015_MEETINGS)
          .then(Laws.LOCAL_ORGANIC_LAW_2022.getEffective(), 2, ORGANIC_2022_MEETINGS));

  /** How to read 「每两个月至少举行一次」; default {@link IntervalReading#ROLLING_GAP}. */
  public static final Parameter<IntervalReading> INTERVAL_READING = Parameter.of("meeting.intervalReading",
      IntervalReading.class, "「每两个月至少举行一次」的理解", "Reading of 'at least once every two months'",
      DatedSeries.of(Laws.LOCAL_ORGANIC_LAW_2015.getEffective(), IntervalReading.ROLLING_GAP,
          "library reading (DOMAIN.md §4): rolling gap"));

  /** Whether ad hoc meetings (临时召集) count towards the interval; default true. */
  public static final Parameter<Boolean> AD_HOC_MEETINGS_COUNT = Parameter.of("meeting.adHocMeetingsCount",
      Boolean.class, "临时召集的会议是否计入间隔", "Whether ad hoc meetings count for the interval",
      DatedSeries.of(Laws.LOCAL_ORGANIC_LAW_2015.getEffective(), Boolean.TRUE,
          "library reading (DOMAIN.md §4): an ad hoc meeting is a committee meeting"));

  /** How to read 「全体组成人员」; default {@link AllMembersReading#MEMBERS_IN_OFFICE}. */
  public static final Parameter<AllMembersReading> ALL_MEMBERS_READING = Parameter.of("committee.allMembersReading",
      AllMembersReading.class, "「全体组成人员」的理解", "Reading of 'all members'",
      DatedSeries.of(Laws.LOCAL_ORGANIC_LAW_2015.getEffective(), AllMembersReading.MEMBERS_IN_OFFICE,
          "library reading (DOMAIN.md §4): members in office on the day"));
}

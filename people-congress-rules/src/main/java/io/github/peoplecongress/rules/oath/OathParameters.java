package io.github.peoplecongress.rules.oath;

import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.time.LocalDate;

/** The parameters of the oath rules, with their national defaults; local values are set by {@link OathLocalRules}. */
public final class OathParameters {
  private OathParameters() {}

  private static final LocalDate FROM_2016 = LocalDate.of(2016, 1, 1);

  /**
   * {@code oath.nationalGraceDays}: how many days after the appointment the library waits before it reports an oath
   * that was never taken. National law sets no period (「在依照法定程序产生后」, 「在就职时」); the library default is 30
   * days, the only number any rule in the reference states (北京 Art. 13). It is not a statutory period: it only
   * keeps a recent appointment whose ceremony may still follow from being reported as a breach.
   */
  public static final Parameter<Integer> GRACE_DAYS = Parameter.of("oath.nationalGraceDays", Integer.class,
      "未宣誓报告的宽限日数（本库默认，非法定期限）", "Days after appointment before a missing oath is reported (library default)",
      DatedSeries.of(FROM_2016, 30, "本库默认值：宪法宣誓制度的决定未规定宣誓期限（在依照法定程序产生后）"));

  /** {@code oath.maxDaysAfterProduction}: days after production within which the oath is taken (北京: 30, soft). */
  public static final Parameter<Integer> MAX_DAYS = Parameter.of("oath.maxDaysAfterProduction", Integer.class,
      "产生后宣誓的日数（一般不超过）", "Days after production within which the oath is normally taken",
      DatedSeries.none(FROM_2016, "宪法宣誓制度的决定未规定日数"));

  /**
   * {@code oath.sameCommitteeMeeting}: whether the committee's appointees swear at the same plenary meeting, after the
   * letters are handed over (重庆 Art. 9(2)).
   */
  public static final Parameter<Boolean> SAME_MEETING = Parameter.of("oath.sameCommitteeMeeting", Boolean.class,
      "常委会任命人员在同次常委会全体会议颁发任命书后宣誓", "Committee appointees swear at the same plenary meeting",
      DatedSeries.none(FROM_2016, "宪法宣誓制度的决定未规定"));

  /**
   * {@code oath.maxWorkingDaysAfterAnnouncement}: working days after the announcement within which a ceremony
   * organised by a government, court or procuratorate is held (重庆 Art. 9(3): 15).
   */
  public static final Parameter<Integer> MAX_WORKING_DAYS = Parameter.of("oath.maxWorkingDaysAfterAnnouncement",
      Integer.class, "任命通知公布后举行宣誓仪式的工作日数", "Working days after the announcement for an organ's ceremony",
      DatedSeries.none(FROM_2016, "宪法宣誓制度的决定未规定"));

  /**
   * {@code oath.committeeAppointeeOrganiser}: who organises the ceremony of the committee's appointees (北京, 上海,
   * 重庆: the directors' meeting). The decision leaves it to the provinces, so there is no national value.
   */
  public static final Parameter<OathOrganiser> COMMITTEE_ORGANISER = Parameter.of("oath.committeeAppointeeOrganiser",
      OathOrganiser.class, "常委会任命人员宣誓仪式的组织机关", "Organiser of the committee appointees' ceremony",
      DatedSeries.none(FROM_2016, "宪法宣誓制度的决定由省级人大常委会规定具体办法"));

  /** {@code oath.atCommitteePlenary}: whether the ceremony is normally held at a committee plenary (上海 Art. 9). */
  public static final Parameter<Boolean> AT_PLENARY = Parameter.of("oath.atCommitteePlenary", Boolean.class,
      "宣誓仪式一般在常委会全体会议上进行", "Ceremony normally at a committee plenary meeting",
      DatedSeries.none(FROM_2016, "宪法宣誓制度的决定未规定"));
}

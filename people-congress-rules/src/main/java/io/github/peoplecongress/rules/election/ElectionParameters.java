package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.time.LocalDate;

/**
 * The parameters of the election rules, with their national defaults from 选举法 (2015 and 2020, same values; the
 * 2015 values are UNVERIFIED). No local values are known: {@link ElectionLocalRules} adds none.
 */
public final class ElectionParameters {
  private ElectionParameters() {}

  private static final LocalDate FROM = Laws.ELECTION_LAW_2015.getEffective();

  private static DatedSeries<Integer> days(int value, String reference) {
    return DatedSeries.of(FROM, value, "选举法 " + reference + "（2015年文本未核对，推定相同）");
  }

  /** {@code election.voterListDaysBefore}: the voter list is published N days before election day (第二十八条: 20). */
  public static final Parameter<Integer> VOTER_LIST_DAYS = Parameter.of("election.voterListDaysBefore", Integer.class,
      "选民名单在选举日前公布的日数", "Days before election day by which the voter list is published",
      days(20, "第二十八条"));

  /** {@code election.objectionDecisionDays}: the election committee decides an objection within N days (第二十九条: 3). */
  public static final Parameter<Integer> OBJECTION_DECISION_DAYS = Parameter.of("election.objectionDecisionDays",
      Integer.class, "选举委员会对申诉作出处理决定的日数", "Days within which the election committee decides an objection",
      days(3, "第二十九条"));

  /** {@code election.preliminaryListDaysBefore}: the preliminary candidate list, N days before (第三十二条: 15). */
  public static final Parameter<Integer> PRELIMINARY_LIST_DAYS = Parameter.of("election.preliminaryListDaysBefore",
      Integer.class, "代表候选人名单在选举日前公布的日数", "Days before election day by which the candidate list is published",
      days(15, "第三十二条第一款"));

  /** {@code election.formalListDaysBefore}: the formal candidate list, N days before (第三十二条: 7). */
  public static final Parameter<Integer> FORMAL_LIST_DAYS = Parameter.of("election.formalListDaysBefore",
      Integer.class, "正式代表候选人名单在选举日前公布的日数",
      "Days before election day by which the formal candidate list is published", days(7, "第三十二条第一款"));

  /** {@code election.minNominators}: voters who must sign a joint nomination (第三十条第二款: 10). */
  public static final Parameter<Integer> MIN_NOMINATORS = Parameter.of("election.minNominators", Integer.class,
      "选民联名推荐代表候选人的最低人数", "Minimum voters signing a joint nomination", days(10, "第三十条第二款"));

  /** {@code election.minSeatsPerConstituency}: 第二十五条第二款: 1. */
  public static final Parameter<Integer> MIN_SEATS = Parameter.of("election.minSeatsPerConstituency", Integer.class,
      "每一选区最少应选代表名额", "Minimum seats per constituency", days(1, "第二十五条第二款"));

  /** {@code election.maxSeatsPerConstituency}: 第二十五条第二款: 3. */
  public static final Parameter<Integer> MAX_SEATS = Parameter.of("election.maxSeatsPerConstituency", Integer.class,
      "每一选区最多应选代表名额", "Maximum seats per constituency", days(3, "第二十五条第二款"));

  /** {@code election.maxProxiesPerVoter}: 第四十二条: 3. */
  public static final Parameter<Integer> MAX_PROXIES = Parameter.of("election.maxProxiesPerVoter", Integer.class,
      "每一选民接受委托的最多人数", "Maximum proxies one voter may hold", days(3, "第四十二条"));

  /** {@code election.runoffThresholdBase}: the reading of 「选票」 in 第四十五条第五款; default all ballots cast. */
  public static final Parameter<RunoffBase> RUNOFF_BASE = Parameter.of("election.runoffThresholdBase",
      RunoffBase.class, "另行选举“选票的三分之一”的计算基数", "Base of the runoff threshold of a third of the ballots",
      DatedSeries.of(FROM, RunoffBase.ALL_BALLOTS, "本库解读：「选票」指所投的全部选票（第四十五条第五款）"));

  /**
   * {@code election.congressBaseSeats}: the base of the county congress (第十二条第一款第三项: 140). The value under
   * the 2015 law is UNVERIFIED: statutes.md keeps 140 for both versions; the pre-2020 base may have been 120. A
   * profile can set a dated series once the 2015 text is confirmed.
   */
  public static final Parameter<Integer> CONGRESS_BASE = Parameter.of("election.congressBaseSeats", Integer.class,
      "县级人民代表大会代表名额基数", "Base number of county congress deputies", days(140, "第十二条第一款第三项"));

  /** {@code election.inhabitantsPerExtraSeat}: one more deputy per N inhabitants (第十二条第一款第三项: 5000). */
  public static final Parameter<Integer> INHABITANTS_PER_SEAT = Parameter.of("election.inhabitantsPerExtraSeat",
      Integer.class, "每增加一名代表的人口数", "Inhabitants per additional deputy", days(5000, "第十二条第一款第三项"));

  /** {@code election.congressCap}: the total for a population over the cap population (第十二条第一款第三项: 450). */
  public static final Parameter<Integer> CONGRESS_CAP = Parameter.of("election.congressCap", Integer.class,
      "人口超过上限人口时的代表总名额上限", "Maximum deputies when the population exceeds the cap population",
      days(450, "第十二条第一款第三项"));

  /** {@code election.congressCapPopulation}: 第十二条第一款第三项: 1,550,000. */
  public static final Parameter<Integer> CAP_POPULATION = Parameter.of("election.congressCapPopulation",
      Integer.class, "适用代表总名额上限的人口数", "Population above which the cap applies",
      days(1_550_000, "第十二条第一款第三项"));

  /** {@code election.smallPopulation}: below it the total may be under the base (第十二条第一款第三项: 50,000). */
  public static final Parameter<Integer> SMALL_POPULATION = Parameter.of("election.smallPopulation", Integer.class,
      "代表总名额可以少于基数的人口数", "Population below which the total may be under the base",
      days(50_000, "第十二条第一款第三项"));

  /**
   * {@code election.minorityBonusPercent}: the extra percentage a provincial standing committee has granted the
   * district (第十二条第二款: 「经省、自治区、直辖市的人民代表大会常务委员会决定，代表名额可以另加百分之五」). National
   * default 0: the bonus needs a provincial decision; a host whose province decided sets 5.
   */
  public static final Parameter<Integer> MINORITY_BONUS_PERCENT = Parameter.of("election.minorityBonusPercent",
      Integer.class, "经省级人大常委会决定另加的代表名额百分比", "Extra percentage granted by the provincial standing committee",
      DatedSeries.of(FROM, 0, "选举法 第十二条第二款：须经省级人大常委会决定，未决定时为0"));
}

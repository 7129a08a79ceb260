package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.ImmutableCitation;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import io.github.peoplecongress.rules.parameter.Parameter;

/**
 * The parameters of the committee rules and the citations they share.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class CommitteeParameters {
  private CommitteeParameters() {}

  /**
   * 地方组织法（2015）第四十一条 (numbering recalled; the 2015 size range is UNVERIFIED and assumed equal to 2022, see
   * statutes.md §1.3).
   */
  public static final Citation ORGANIC_2015_SIZE = Citation.of(Laws.LOCAL_ORGANIC_LAW_2015, 41,
      "县、自治县、不设区的市、市辖区十五人至三十五人，人口超过一百万的县、自治县、不设区的市、市辖区不超过四十五人。");

  /** 地方组织法（2022）第四十七条第四款第三项. */
  public static final Citation ORGANIC_2022_SIZE = ImmutableCitation.builder().law(Laws.LOCAL_ORGANIC_LAW_2022)
      .article(47).paragraph(4).item(3)
      .quote("县、自治县、不设区的市、市辖区十五人至三十五人，人口超过一百万的县、自治县、不设区的市、市辖区不超过四十五人。").build();

  /** 地方组织法（2015）第四十一条 (recalled, UNVERIFIED), the size fixed for the term. */
  public static final Citation ORGANIC_2015_FIXED = Citation.of(Laws.LOCAL_ORGANIC_LAW_2015, 41,
      "每届人民代表大会常务委员会组成人员的名额经确定后，在本届人民代表大会的任期内不再变动。");

  /** 地方组织法（2022）第四十七条第五款. */
  public static final Citation ORGANIC_2022_FIXED = Citation.of(Laws.LOCAL_ORGANIC_LAW_2022, 47, 5,
      "每届人民代表大会常务委员会组成人员的名额经确定后，在本届人民代表大会的任期内不再变动。");

  private static final String SIZE_2015 = "地方组织法（2015）第四十一条 (UNVERIFIED: assumed equal to 2022)";

  /** The least size of a county committee: 15. */
  public static final Parameter<Integer> MIN_SIZE = Parameter.of("committee.minSize", Integer.class,
      "县级常委会组成人员名额下限", "Least county committee size",
      DatedSeries.of(Laws.LOCAL_ORGANIC_LAW_2015.getEffective(), 15, SIZE_2015)
          .then(Laws.LOCAL_ORGANIC_LAW_2022.getEffective(), 15, ORGANIC_2022_SIZE));

  /** The greatest size of a county committee: 35. */
  public static final Parameter<Integer> MAX_SIZE = Parameter.of("committee.maxSize", Integer.class,
      "县级常委会组成人员名额上限", "Greatest county committee size",
      DatedSeries.of(Laws.LOCAL_ORGANIC_LAW_2015.getEffective(), 35, SIZE_2015)
          .then(Laws.LOCAL_ORGANIC_LAW_2022.getEffective(), 35, ORGANIC_2022_SIZE));

  /** The greatest size where the population exceeds the threshold: 45. */
  public static final Parameter<Integer> MAX_SIZE_LARGE_POPULATION = Parameter.of(
      "committee.maxSizeLargePopulation", Integer.class, "人口超过一百万的县级常委会组成人员名额上限",
      "Greatest county committee size above the population threshold",
      DatedSeries.of(Laws.LOCAL_ORGANIC_LAW_2015.getEffective(), 45, SIZE_2015)
          .then(Laws.LOCAL_ORGANIC_LAW_2022.getEffective(), 45, ORGANIC_2022_SIZE));

  /** The population above which the larger ceiling applies: 1,000,000 (strictly more: 「超过」). */
  public static final Parameter<Long> LARGE_POPULATION_THRESHOLD = Parameter.of("committee.largePopulationThreshold",
      Long.class, "适用较高名额上限的人口标准", "Population above which the larger ceiling applies",
      DatedSeries.of(Laws.LOCAL_ORGANIC_LAW_2015.getEffective(), 1_000_000L, SIZE_2015)
          .then(Laws.LOCAL_ORGANIC_LAW_2022.getEffective(), 1_000_000L, ORGANIC_2022_SIZE));

  /** 监督法（2006）第三十五条 (2006 wording: the 2024 text without 监察委员会, statutes.md §2.5). */
  public static final Citation SUPERVISION_2006_INTERPELLATION = Citation.of(Laws.SUPERVISION_LAW_2006, 35,
      "县级人民代表大会常务委员会组成人员三人以上联名，可以向常务委员会书面提出对本级人民政府及其部门和人民法院、人民检察院的质询案。");

  /** 监督法（2024）第五十一条. */
  public static final Citation SUPERVISION_2024_INTERPELLATION = Citation.of(Laws.SUPERVISION_LAW_2024, 51,
      "县级人民代表大会常务委员会组成人员三人以上联名，可以向常务委员会书面提出对本级人民政府及其部门和监察委员会、人民法院、人民检察院的"
          + "质询案。质询案应当写明质询对象、质询的问题和内容。");

  /** The least number of sponsors of an interpellation at county level: 3 (三人以上). */
  public static final Parameter<Integer> MIN_INTERPELLATION_SPONSORS = Parameter.of(
      "committee.minInterpellationSponsors", Integer.class, "质询案联名人数下限", "Least sponsors of an interpellation",
      DatedSeries.of(Laws.SUPERVISION_LAW_2006.getEffective(), 3, SUPERVISION_2006_INTERPELLATION)
          .then(Laws.SUPERVISION_LAW_2024.getEffective(), 3, SUPERVISION_2024_INTERPELLATION));

  /** 监督法（2006）第四十条 (wording as 2024 第五十六条, statutes.md §2.6). */
  public static final Citation SUPERVISION_2006_INVESTIGATION = Citation.of(Laws.SUPERVISION_LAW_2006, 40,
      "主任会议……五分之一以上常务委员会组成人员书面联名");

  /** 监督法（2024）第五十六条. */
  public static final Citation SUPERVISION_2024_INVESTIGATION = Citation.of(Laws.SUPERVISION_LAW_2024, 56,
      "主任会议……五分之一以上常务委员会组成人员书面联名");

  /** 监督法（2006）第四十五条 (wording as 2024 第六十一条). */
  public static final Citation SUPERVISION_2006_REMOVAL = Citation.of(Laws.SUPERVISION_LAW_2006, 45,
      "县级以上地方各级人民代表大会常务委员会五分之一以上的组成人员书面联名");

  /** 监督法（2024）第六十一条. */
  public static final Citation SUPERVISION_2024_REMOVAL = Citation.of(Laws.SUPERVISION_LAW_2024, 61,
      "县级以上地方各级人民代表大会常务委员会五分之一以上的组成人员书面联名");

  /** 监督法（2006）第四十六条 (wording as 2024 第六十二条). */
  public static final Citation SUPERVISION_2006_REMOVAL_VOTE = Citation.of(Laws.SUPERVISION_LAW_2006, 46,
      "撤职案的表决采用无记名投票的方式，由常务委员会全体组成人员的过半数通过。");

  /** 监督法（2024）第六十二条. */
  public static final Citation SUPERVISION_2024_REMOVAL_VOTE = Citation.of(Laws.SUPERVISION_LAW_2024, 62,
      "撤职案的表决采用无记名投票的方式，由常务委员会全体组成人员的过半数通过。");

  /** The fraction of all members that may propose an investigation or a removal: 1/5, given as its denominator. */
  public static final Parameter<Integer> PROPOSAL_FRACTION_DENOMINATOR = Parameter.of(
      "committee.proposalFractionDenominator", Integer.class, "联名提议所需组成人员比例（N分之一）",
      "Fraction of all members needed to propose (one N-th)",
      DatedSeries.of(Laws.SUPERVISION_LAW_2006.getEffective(), 5, SUPERVISION_2006_INVESTIGATION)
          .then(Laws.SUPERVISION_LAW_2024.getEffective(), 5, SUPERVISION_2024_INVESTIGATION));
}

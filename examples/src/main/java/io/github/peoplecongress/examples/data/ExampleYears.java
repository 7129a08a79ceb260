package io.github.peoplecongress.examples.data;

import io.github.peoplecongress.model.records.CommitteeRecords;

/**
 * The bundled example data, built with the model's builders: the complete 2019 year of the fictional 云川区 16th
 * standing committee, whose records produce every number of the seed work report (see docs/metrics.md), and a small 2019
 * problem year of the fictional 云岭区 (Beijing) with four planted statutory problems.
 *
 * <p>Every person, district and organisation is fictional; identity numbers are computed for the fictional division
 * codes. The builders are deterministic (seeded {@link java.util.Random}), so the committed JSON files under
 * {@code examples/data/} can be compared byte for byte with what they build.
 *
 * <pre>
 * CommitteeRecords year = ExampleYears.committeeYear2019();
 * </pre>
 */
public final class ExampleYears {
  private ExampleYears() {}

  /**
   * Builds the complete 2019 example year of 云川区 (division code 539901, fictional), the last full year of its 16th
   * congress term: 8 committee meetings, 18 work reports, 8 + 12 laws inspected, 12 resolutions and decisions, 46 + 62
   * personnel actions, 9 appraisals, 231 deputies in 12 groups, the November 2019 constituency elections of the 17th
   * congress, and the rest of the records the seed report counts.
   *
   * @return the year, consistent and lawful, not null
   */
  public static CommitteeRecords committeeYear2019() {
    return new Year2019().build();
  }

  /**
   * Builds the small 2019 problem year of 云岭区 (division code 119901, fictional, in Beijing): lawful except for
   * four planted problems — an oath 45 days after the appointment (Beijing: within 30 days), a collective oath
   * without a leader (领誓人), a deputy who took part in nothing, and a work appraisal without the step
   * 实地察看工作台账.
   *
   * @return the year, consistent, not null
   */
  public static CommitteeRecords problemYear2019() {
    return new ProblemYear2019().build();
  }
}

package io.github.peoplecongress.examples.data;

import io.github.peoplecongress.model.records.CommitteeRecords;

/**
 * The bundled example data, built with the model's builders: the complete 2019 year of the fictional 云川区 16th
 * standing committee, whose records produce every number of the seed work report (see docs/metrics.md), the first half
 * of 2020 of the same district (its 17th term begins), read together with the 2019 year, and a small 2019 problem year
 * of the fictional 云岭区 (Beijing) with four planted statutory problems.
 *
 * <p>Every person, district and organisation is fictional; identity numbers are computed for the fictional division
 * codes. The builders are deterministic (seeded {@link java.util.Random}), so the committed JSON files under
 * {@code examples/data/} can be compared byte for byte with what they build.
 *
 * <pre>
 * CommitteeRecords year = ExampleYears.committeeYear2019();
 * CommitteeRecords firstHalf2020 = ExampleYears.committeeYear2020(); // refers to the 2019 standing data
 * </pre>
 */
public final class ExampleYears {
  private ExampleYears() {}

  /**
   * Builds the complete 2019 example year of 云川区 (division code 539901, fictional), the last full year of its 16th
   * congress term: 8 committee meetings, 18 work reports, 8 + 12 laws inspected, 12 resolutions and decisions, 46 + 62
   * personnel actions, 9 appraisals, 231 deputies in 12 groups, the November 2019 constituency elections of the 17th
   * congress, and the rest of the records the seed report counts. The 16th term's end (the 17th congress's first
   * session, 2020-01-07) is recorded with the term, and suggestion SG-2019-136 keeps its answer of 2020-02-18: facts
   * after the span, kept as evidence (see {@link #committeeYear2020()}).
   *
   * @return the year, consistent and lawful, not null
   */
  public static CommitteeRecords committeeYear2019() {
    return new Year2019().build();
  }

  /**
   * Builds the first half of 2020 of 云川区 (records complete from 2020-01-01 to 2020-06-30), to be read together with
   * {@link #committeeYear2019()}: the first session of the 17th congress (2020-01-07 … 10), which elects the 17th
   * committee and the heads of the state organs (35 elections), the committee's 3 meetings (2020-02-20, 04-16, 06-11)
   * with 8 work reports, 3 resolutions and decisions and 33 personnel actions (27 of state functionaries, 6 of its
   * working bodies' heads), the session's suggestions and the half-year's petitions. It repeats none of the 2019
   * standing data (only the district, which every file names), so it is read with the 2019 records, not alone. Three
   * cases cross the year: the oath of 2020-01-03 of the appointee of 2019-12-26, the answer of 2020-02-18 to a
   * suggestion assigned on 2019-11-21 (in the 2019 records), and the rectification report of 2020-02-20 on the special
   * audit of 2019-08-29.
   *
   * @return the half-year, consistent and lawful when read with the 2019 year, not null
   */
  public static CommitteeRecords committeeYear2020() {
    return new Year2020(committeeYear2019()).build();
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

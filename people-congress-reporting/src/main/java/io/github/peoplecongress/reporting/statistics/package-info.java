/**
 * The yearly statistics (年度统计) of a standing committee, computed in one pass over a
 * {@link io.github.peoplecongress.model.records.CommitteeRecords} and mergeable across parts, districts and years.
 *
 * <pre>
 * YearlyStatistics stats = YearlyStatistics.of(year2019);
 * long meetings = stats.count(Metric.SC_MEETINGS);                      // 8
 * YearlyStatistics city = years.stream().collect(YearlyStatistics.collector());
 * </pre>
 *
 * <p>Every accumulator is a commutative monoid: counts are sums of longs, distinct counts are sets of keys prefixed
 * by the district's division code, amounts are exact sums in yuan, and rates are derived at the end from the merged
 * numerators and denominators. Splitting a year's records into parts, computing each and merging gives the same
 * value as computing the whole.
 */
@ReportingStyle
package io.github.peoplecongress.reporting.statistics;

import io.github.peoplecongress.reporting.internal.ReportingStyle;

/**
 * Per-deputy records (代表履职档案): for each deputy, over a year or a term, attendance at standing-committee
 * meetings (列席), activities by kind, suggestions proposed and co-sponsored, and reports to voters (述职).
 *
 * <pre>
 * Map&lt;DeputyId, DeputyRecord&gt; term = DeputyRecords.overYears(List.of(year2017, year2018, year2019));
 * String table = DeputyRecords.toMarkdown(term.values(), Language.ZH);
 * </pre>
 */
@ReportingStyle
package io.github.peoplecongress.reporting.deputy;

import io.github.peoplecongress.reporting.internal.ReportingStyle;

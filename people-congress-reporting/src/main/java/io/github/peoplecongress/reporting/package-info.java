/**
 * The yearly counts of the standing committee's annual work report (常委会工作报告), each exactly defined, and the
 * report text.
 *
 * <pre>
 * YearlyStatistics stats = AnnualReports.statistics(committeeYear);            // one pass, mergeable
 * String text = WorkReportRenderer.text(stats, RenderOptions.defaults());       // "一年来，共召开常委会会议8次，…"
 * String annex = MetricCatalogue.toMarkdown(Language.ZH);                       // the definitions
 * </pre>
 *
 * <ul>
 *   <li>{@link io.github.peoplecongress.reporting.metric}: the metric catalogue (ids, labels, units, definitions);</li>
 *   <li>{@link io.github.peoplecongress.reporting.statistics}: computing and merging yearly statistics;</li>
 *   <li>{@link io.github.peoplecongress.reporting.deputy}: per-deputy records of duty (履职档案);</li>
 *   <li>{@link io.github.peoplecongress.reporting.render}: report sentences, tables and year-over-year comparison.</li>
 * </ul>
 */
package io.github.peoplecongress.reporting;

/**
 * Rendering of yearly statistics: the work report's statistical sentences with the numbers filled in (in Chinese,
 * as the seed report writes them, or in English), optional "x余" rounding, Markdown, CSV and JSON tables, and a
 * year-over-year comparison.
 *
 * <pre>
 * String text = WorkReportRenderer.text(stats, RenderOptions.defaults());
 * String table = StatisticsTables.toMarkdown(stats, Language.ZH);
 * String trend = YearOverYear.of(List.of(stats2019, stats2020)).toMarkdown(Language.ZH);
 * </pre>
 */
@ReportingStyle
package io.github.peoplecongress.reporting.render;

import io.github.peoplecongress.reporting.internal.ReportingStyle;

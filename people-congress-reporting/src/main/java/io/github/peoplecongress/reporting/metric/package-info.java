/**
 * The metric catalogue (指标目录): every count of the standing committee's annual work report, such as 召开常委会会议
 * x 次 or 办复率, with a stable id, labels, a unit (次, 项, 部, 件, 人次, …) and a definition that says which date
 * puts a record in a year and how joint, merged and repeated records count. Exportable as JSON and Markdown through
 * {@link io.github.peoplecongress.reporting.metric.MetricCatalogue}.
 */
@ReportingStyle
package io.github.peoplecongress.reporting.metric;

import io.github.peoplecongress.reporting.internal.ReportingStyle;

/**
 * The aggregate: {@link io.github.peoplecongress.model.records.CommitteeRecords}, one committee's standing data
 * (district, congress terms and their standing committees, people, organisations, deputies, groups, constituencies,
 * mailboxes) plus its dated records over any span — a year, a term, several terms — and the span over which the set
 * is complete; and {@link io.github.peoplecongress.model.records.WorkPeriod}, the year, term or date range that a
 * check or a report covers.
 *
 * <p>References between records are by id; the aggregate resolves them once
 * ({@link io.github.peoplecongress.model.records.RecordIndex}) and reports every dangling reference and duplicate id
 * together.
 */
@ModelStyle
package io.github.peoplecongress.model.records;

import io.github.peoplecongress.model.internal.ModelStyle;

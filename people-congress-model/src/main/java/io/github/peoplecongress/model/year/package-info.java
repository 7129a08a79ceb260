/**
 * The aggregate: {@link io.github.peoplecongress.model.year.CommitteeYear}, one committee's standing data (district,
 * congress term and standing committee, people, organisations, deputies, groups, constituencies, mailboxes) plus all
 * its records of one calendar year — the unit that rules check and reports count.
 *
 * <p>References between records are by id; the aggregate resolves them once
 * ({@link io.github.peoplecongress.model.year.CommitteeYearIndex}) and reports every dangling reference, duplicate id
 * and out-of-year date together.
 */
@ModelStyle
package io.github.peoplecongress.model.year;

import io.github.peoplecongress.model.internal.ModelStyle;

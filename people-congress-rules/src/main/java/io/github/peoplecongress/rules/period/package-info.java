/**
 * Computing statutory periods (期间计算) for the deadlines of a district/county standing committee: 民法典
 * 第二百条至第二百零四条 (in force 2021-01-01; the same rules stood in 民法总则 2017 Arts. 200–204 and, before, in
 * 民法通则 Art. 154), plus the "N日前" deadlines counted backwards from an event and the "N个工作日" periods that need
 * an official holiday calendar.
 *
 * <ul>
 *   <li>{@link io.github.peoplecongress.rules.period.PeriodCalculator} computes the last day of a period and answers
 *       "was this act in time?".</li>
 *   <li>{@link io.github.peoplecongress.rules.period.HolidayCalendar} says which days are statutory holidays
 *       (法定休假日) and which weekend days are make-up working days (调休上班);
 *       {@link io.github.peoplecongress.rules.period.HolidayCalendar#china()} ships the State Council's arrangements
 *       for 2015–2026.</li>
 *   <li>Two readings the statutes leave open are parameters:
 *       {@link io.github.peoplecongress.rules.period.LastDayRule} (do ordinary weekends move a last day?) and
 *       {@link io.github.peoplecongress.rules.period.BeforeReading} ("N日前": event − N, or N clear days?).</li>
 *   <li>A calendar that does not know a year makes the computation fail with
 *       {@link io.github.peoplecongress.rules.period.UncoveredDateException}, which a rule turns into a
 *       "cannot tell" finding.</li>
 * </ul>
 *
 * <p>Everything in this package is immutable and thread-safe, and depends on the JDK only.
 */
package io.github.peoplecongress.rules.period;

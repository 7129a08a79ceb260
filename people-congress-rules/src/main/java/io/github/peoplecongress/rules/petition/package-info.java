/**
 * Letters and visits (信访) received by the standing committee: written acknowledgement within 15 days (书面告知),
 * forwarding or assigning to the organ with authority within 15 days of receipt (转送、交办),
 * handling within 60 days of acceptance with at most 30 days' extension (办理期限、延期), review (复查) and re-review
 * (复核) requested and decided within 30 days each, the hearing time not counted, and no re-acceptance after a
 * re-review (不再受理).
 *
 * <p><b>Versions.</b> 信访工作条例 (in force 2022-05-01) covers 人大机关 expressly (第二条). Before it, 信访条例
 * (国务院令第431号, in force 2005-05-01) bound 行政机关 only; whether a district standing committee's petitions of
 * that time are covered is a reading (DOMAIN.md §4), the parameter {@code petition.congressCoverageBefore2022}
 * ({@link io.github.peoplecongress.rules.petition.CongressCoverage}): by default the 2005 periods apply by analogy
 * and a breach is reported as a warning, not a violation. The 2005 articles are quoted from LawRefBook
 * (行政法规/信访条例(2005-01-10).md).
 *
 * <p>Open cases are judged as of the context's {@code asOf}: overdue is a breach, not yet due is nothing. The
 * rules are linear in the petitions (hundreds a year).
 */
package io.github.peoplecongress.rules.petition;

/**
 * Statutory checks of a committee's records (区/县人大常委会): the rule API, findings and the compliance report.
 *
 * <p>Every {@link io.github.peoplecongress.rules.Rule} has a stable id, Chinese and English titles, the law versions
 * it applies with their citations down to 条/款/项, and its parameters. It is evaluated with the law in force on the
 * <em>date of the fact</em> (meeting date, 交办 date, oath date), never the clock. A check never throws for a broken
 * rule: it returns {@link io.github.peoplecongress.rules.Finding}s, each a violation, a warning or "cannot tell"
 * with the missing facts named, collected in a {@link io.github.peoplecongress.rules.ComplianceReport}.
 *
 * <p>Rule families live in their own packages: {@code oath}, {@code appraisal}, {@code participation} first, then
 * {@code meeting}, {@code committee}, {@code supervision}, {@code budget}, {@code suggestion}, {@code election},
 * {@code assessor}, {@code petition}, {@code exam}. Local rules are parameters of
 * {@link io.github.peoplecongress.rules.parameter.JurisdictionProfile}s.
 */
@RulesStyle
package io.github.peoplecongress.rules;

import io.github.peoplecongress.rules.internal.RulesStyle;

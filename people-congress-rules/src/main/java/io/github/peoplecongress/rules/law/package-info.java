/**
 * The law the rules cite: each statute version with its adoption and effective dates
 * ({@link io.github.peoplecongress.rules.law.LawVersion}, all listed in {@link io.github.peoplecongress.rules.law.Laws}),
 * and typed citations down to 条/款/项 ({@link io.github.peoplecongress.rules.law.Citation}).
 *
 * <p>Where an effective date could not be verified from the official text, the version says so
 * ({@link io.github.peoplecongress.rules.law.LawVersion#isEffectiveDateVerified()}) and a jurisdiction profile can
 * override the date.
 */
@RulesStyle
package io.github.peoplecongress.rules.law;

import io.github.peoplecongress.rules.internal.RulesStyle;

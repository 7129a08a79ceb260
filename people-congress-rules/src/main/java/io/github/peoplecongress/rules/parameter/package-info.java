/**
 * Rule parameters as dated series, in the manner of OpenFisca's parameters: each value holds from a date until the
 * next entry, with the reference it comes from, and "the law sets no value" is an entry too.
 *
 * <p>A {@link io.github.peoplecongress.rules.parameter.Parameter} carries its national default series; a
 * {@link io.github.peoplecongress.rules.parameter.JurisdictionProfile} overrides some series for a province, city or
 * county and falls back to its parent, so a host defines its own profile without forking the library.
 */
package io.github.peoplecongress.rules.parameter;

/**
 * The named jurisdiction profiles the library ships ({@link io.github.peoplecongress.rules.jurisdiction.Profiles}):
 * the national default and the provinces, cities and counties whose local rules the catalogue knows, each composed
 * from the local rules of every rule family.
 */
package io.github.peoplecongress.rules.jurisdiction;

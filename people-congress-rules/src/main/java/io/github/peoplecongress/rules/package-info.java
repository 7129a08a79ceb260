/**
 * Statutory checks of a committee year (区/县人大常委会), each citing its article and applying the law in force on the
 * date of the fact. The rule catalogue is built in the next stage of the project; this module already depends on the
 * model so that hosts can align versions.
 */
package io.github.peoplecongress.rules;

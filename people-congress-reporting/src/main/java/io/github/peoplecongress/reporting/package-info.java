/**
 * The yearly counts of the standing committee's annual work report, each exactly defined, and the report text. The
 * metric catalogue is built in the next stage of the project; this module already depends on the model so that hosts
 * can align versions.
 */
package io.github.peoplecongress.reporting;

/** The command-line tool (picocli): validate, check and report on committee-year files. */
package io.github.peoplecongress.examples.cli;

/**
 * Startup measurements in fresh JVMs: the cost of the first verdict (read, validate and check the small problem year)
 * and of the bare bootstraps it is made of (the JVM up to {@code main}, a Jackson mapper's first read, a Hibernate
 * Validator factory's first validation, a picocli command line), each probe a {@code main} run by {@link
 * io.github.peoplecongress.benchmarks.startup.StartupHarness} in fresh JVMs, medians printed.
 */
package io.github.peoplecongress.benchmarks.startup;

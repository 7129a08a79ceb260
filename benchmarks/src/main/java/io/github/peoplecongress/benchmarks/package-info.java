/** JMH benchmarks on scaled copies of the bundled example year. */
package io.github.peoplecongress.benchmarks;

/**
 * Runnable examples of embedding the library in a host system; the README's code is taken from here, and the
 * examples' tests run them in every build.
 */
package io.github.peoplecongress.examples.embedding;

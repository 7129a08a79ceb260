/** Generators of the project's reference documents (JSON format, rule catalogue, metric definitions). */
package io.github.peoplecongress.examples.docs;

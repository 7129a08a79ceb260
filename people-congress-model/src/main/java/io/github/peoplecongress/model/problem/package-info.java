/**
 * Problems found in input: malformed JSON, values of the wrong type or format, constraint violations and broken
 * references, each naming the record, the JSON path, what was expected and what was found.
 *
 * <p>Readers and validators collect <em>every</em> problem they can find and report them together in one
 * {@link io.github.peoplecongress.model.problem.InvalidInputException}.
 */
@ModelStyle
package io.github.peoplecongress.model.problem;

import io.github.peoplecongress.model.internal.ModelStyle;

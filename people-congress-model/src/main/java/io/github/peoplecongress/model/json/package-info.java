/**
 * JSON: the ready-made Jackson configuration ({@link io.github.peoplecongress.model.json.CongressJson}) and the
 * records reader that reports every problem with its JSON path.
 */
package io.github.peoplecongress.model.json;

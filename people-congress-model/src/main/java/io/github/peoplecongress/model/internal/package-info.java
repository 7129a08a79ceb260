/**
 * Implementation details of the model module; not part of the API and may change without notice.
 */
package io.github.peoplecongress.model.internal;

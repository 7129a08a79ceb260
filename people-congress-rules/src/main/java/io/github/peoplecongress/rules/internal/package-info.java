/** Implementation details of the rules module; not part of the API and may change without notice. */
package io.github.peoplecongress.rules.internal;

/** Implementation details of the reporting module; not part of the API and may change without notice. */
package io.github.peoplecongress.reporting.internal;

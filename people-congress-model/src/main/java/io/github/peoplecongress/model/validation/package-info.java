/**
 * Validation: a small facade ({@link io.github.peoplecongress.model.validation.ModelValidator}) over one shared
 * Hibernate Validator factory, turning constraint violations into the same
 * {@link io.github.peoplecongress.model.problem.Problem}s that JSON reading reports.
 *
 * <p>Messages come from the library's {@code ContributorValidationMessages} bundles (root, {@code _en},
 * {@code _zh_CN}), so a host's own {@code ValidationMessages.properties} stays the host's.
 */
package io.github.peoplecongress.model.validation;

/**
 * Jakarta Validation constraints for a host's own {@code String} fields that hold Chinese national codes, in the
 * shape of Hibernate Validator's {@code @CheckCase} example: {@link
 * io.github.peoplecongress.model.code.constraint.ValidResidentIdNumber} (居民身份证号码, GB 11643-1999), {@link
 * io.github.peoplecongress.model.code.constraint.ValidUnifiedSocialCreditCode} (统一社会信用代码, GB 32100-2015) and
 * {@link io.github.peoplecongress.model.code.constraint.ValidDivisionCode} (行政区划代码, GB/T 2260).
 *
 * <p>Each validator reuses the {@code invalidReason} of the value type in {@link io.github.peoplecongress.model.code},
 * so a field and a value type never disagree. {@code null} is valid (add {@code @NotNull} where a value is required).
 * The default messages are {@code {<annotation class name>.message}}, defined in the
 * {@code ContributorValidationMessages} bundles of this jar (root and {@code en} in English, {@code zh_CN} in
 * Chinese), which Hibernate Validator finds on the class path by itself; a host's own
 * {@code ValidationMessages} bundle can override them. Under Hibernate Validator the reason is also offered to a
 * host's own message as the parameter {@code {reason}} (English text).
 */
@ModelStyle
package io.github.peoplecongress.model.code.constraint;

import io.github.peoplecongress.model.internal.ModelStyle;

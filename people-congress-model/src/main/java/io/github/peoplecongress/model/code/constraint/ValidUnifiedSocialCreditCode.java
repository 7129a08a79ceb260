package io.github.peoplecongress.model.code.constraint;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} must be a valid unified social credit code (统一社会信用代码, GB 32100-2015), as
 * {@link io.github.peoplecongress.model.code.UnifiedSocialCreditCode#invalidReason(CharSequence)} decides. {@code null} is valid.
 *
 * <p>Example: {@code private @ValidUnifiedSocialCreditCode String creditCode;}
 */
@Documented
@Constraint(validatedBy = UnifiedSocialCreditCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidUnifiedSocialCreditCode {

  /**
   * Returns the message template.
   *
   * @return the message key {@code {io.github.peoplecongress.model.code.constraint.ValidUnifiedSocialCreditCode.message}} by default
   */
  String message() default "{io.github.peoplecongress.model.code.constraint.ValidUnifiedSocialCreditCode.message}";

  /**
   * Returns the validation groups.
   *
   * @return the groups, empty by default
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload, empty by default
   */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @ValidUnifiedSocialCreditCode} constraints on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints, not null
     */
    ValidUnifiedSocialCreditCode[] value();
  }
}

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
 * The annotated {@code CharSequence} must be a valid administrative division code (行政区划代码, GB/T 2260; structure only, not existence in the current table), as
 * {@link io.github.peoplecongress.model.code.DivisionCode#invalidReason(CharSequence)} decides. {@code null} is valid.
 *
 * <p>Example: {@code private @ValidDivisionCode String divisionCode;}
 */
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidDivisionCode {

  /**
   * Returns the message template.
   *
   * @return the message key {@code {io.github.peoplecongress.model.code.constraint.ValidDivisionCode.message}} by default
   */
  String message() default "{io.github.peoplecongress.model.code.constraint.ValidDivisionCode.message}";

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

  /** Several {@code @ValidDivisionCode} constraints on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints, not null
     */
    ValidDivisionCode[] value();
  }
}

package io.github.peoplecongress.model.validation;

import io.github.peoplecongress.model.validation.NotBlankWhenPresent;
import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text, when present, must contain a character other than white space: {@code Optional<@NotBlankWhenPresent
 * String>}. Unlike {@code @NotBlank}, an absent value ({@code null}, or an empty {@code Optional}) is valid — Hibernate
 * Validator passes an empty {@code Optional}'s value to container-element constraints as {@code null}.
 */
@Documented
@Constraint(validatedBy = NotBlankWhenPresent.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NotBlankWhenPresent {
  /** @return the message template */
  String message() default "{io.github.peoplecongress.model.validation.NotBlankWhenPresent.message}";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Accepts null and any text with a non-white-space character. */
  final class Validator implements ConstraintValidator<NotBlankWhenPresent, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || !value.toString().isBlank();
    }
  }
}

package io.github.peoplecongress.model.code.constraint;

import io.github.peoplecongress.model.code.DivisionCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Validates {@link ValidDivisionCode} with {@link DivisionCode#invalidReason(CharSequence)}; {@code null} is valid.
 *
 * <p>Implementation Requirements: this class is stateless and thread-safe.
 */
public final class DivisionCodeValidator implements ConstraintValidator<ValidDivisionCode, CharSequence> {

  /** Creates a validator; called by the validation provider. */
  public DivisionCodeValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<String> reason = DivisionCode.invalidReason(value);
    reason.ifPresent(text -> Reasons.offer(context, text));
    return reason.isEmpty();
  }
}

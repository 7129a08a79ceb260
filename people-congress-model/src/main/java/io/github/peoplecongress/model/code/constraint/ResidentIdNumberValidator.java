package io.github.peoplecongress.model.code.constraint;

import io.github.peoplecongress.model.code.ResidentIdNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Validates {@link ValidResidentIdNumber} with {@link ResidentIdNumber#invalidReason(CharSequence)}; {@code null} is valid.
 *
 * <p>Implementation Requirements: this class is stateless and thread-safe.
 */
public final class ResidentIdNumberValidator implements ConstraintValidator<ValidResidentIdNumber, CharSequence> {

  /** Creates a validator; called by the validation provider. */
  public ResidentIdNumberValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<String> reason = ResidentIdNumber.invalidReason(value);
    reason.ifPresent(text -> Reasons.offer(context, text));
    return reason.isEmpty();
  }
}

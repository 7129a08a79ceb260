package io.github.peoplecongress.model.code.constraint;

import io.github.peoplecongress.model.code.UnifiedSocialCreditCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Validates {@link ValidUnifiedSocialCreditCode} with {@link UnifiedSocialCreditCode#invalidReason(CharSequence)}; {@code null} is valid.
 *
 * <p>Implementation Requirements: this class is stateless and thread-safe.
 */
public final class UnifiedSocialCreditCodeValidator implements ConstraintValidator<ValidUnifiedSocialCreditCode, CharSequence> {

  /** Creates a validator; called by the validation provider. */
  public UnifiedSocialCreditCodeValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<String> reason = UnifiedSocialCreditCode.invalidReason(value);
    reason.ifPresent(text -> Reasons.offer(context, text));
    return reason.isEmpty();
  }
}

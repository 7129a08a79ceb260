package io.github.peoplecongress.model.code.constraint;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Offers a reason to a host's message as {@code {reason}} when the provider is Hibernate Validator. */
final class Reasons {
  private Reasons() {}

  static void offer(ConstraintValidatorContext context, String reason) {
    if (context == null) {
      return;
    }
    try {
      context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("reason", reason);
    } catch (RuntimeException notHibernate) {
      // Another provider: the default messages do not use {reason}, so there is nothing to offer.
    }
  }
}

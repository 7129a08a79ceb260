package io.github.peoplecongress.benchmarks.startup;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator bare, nothing of the library: {@code factory} (the default factory, as
 * {@code Validation.buildDefaultValidatorFactory()}, or with {@code parameter} as the first argument configured with
 * the {@link ParameterMessageInterpolator} instead of the Expression Language one) and {@code first-validation} (the
 * first validation of one small bean with two constraints, one of them violated, so that one message is
 * interpolated).
 */
public final class ValidatorProbe {
  private ValidatorProbe() {}

  /** A small bean: one violated constraint, one met. */
  public static final class Sample {
    private final String name;
    private final String note;

    Sample(String name, String note) {
      this.name = name;
      this.note = note;
    }

    /** @return the name, blank in the probe */
    @NotBlank
    public String getName() {
      return name;
    }

    /** @return the note, short in the probe */
    @Size(max = 10)
    public String getNote() {
      return note;
    }
  }

  /**
   * Builds the factory and validates one bean.
   *
   * @param args  {@code parameter} for the parameter message interpolator, nothing for the default
   */
  public static void main(String[] args) {
    ProbeClock clock = ProbeClock.start(System.currentTimeMillis(), System.nanoTime());
    boolean parameter = args.length > 0 && args[0].equals("parameter");
    ValidatorFactory factory = parameter
        ? Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
        : Validation.buildDefaultValidatorFactory();
    Validator validator = factory.getValidator();
    clock.phase("factory");

    Set<ConstraintViolation<Sample>> violations = validator.validate(new Sample(" ", "short"));
    clock.phase("first-validation");
    clock.total("library");
    if (violations.size() != 1 || violations.iterator().next().getMessage().isEmpty()) {
      throw new IllegalStateException("expected one violation with a message, got " + violations);
    }
    clock.report();
  }
}

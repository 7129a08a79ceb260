package io.github.peoplecongress.model.validation;

import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.internal.RecordLabels;
import io.github.peoplecongress.model.problem.InvalidInputException;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.problem.ProblemKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Validates model values against their Jakarta constraints and reports every violation as a {@link Problem}, for
 * example {@code $.people[4].name (Person P-005): expected must not be blank, found ""}.
 *
 * <p>One {@link ValidatorFactory} is built lazily on first use and shared; building one per call would cost
 * milliseconds each time.
 *
 * <p>Implementation Requirements: this class is stateless and thread-safe.
 */
public final class ModelValidator {
  private ModelValidator() {}

  private static final class Holder {
    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  }

  /**
   * Returns the shared validator, for hosts that want the raw Jakarta API.
   *
   * @return the validator, not null
   */
  public static Validator validator() {
    return Holder.FACTORY.getValidator();
  }

  /**
   * Validates a value, with messages in English.
   *
   * @param value  the value, not null
   * @return the problems, sorted by path, empty if valid, not null
   */
  public static List<Problem> validate(Object value) {
    return validate(value, Locale.ENGLISH);
  }

  /**
   * Validates a value, with messages in the given locale ({@link Locale#SIMPLIFIED_CHINESE} for Chinese).
   *
   * @param value  the value, not null
   * @param locale  the message locale, not null
   * @return the problems, sorted by path, empty if valid, not null
   */
  public static List<Problem> validate(Object value, Locale locale) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(locale, "locale");
    MessageInterpolator shared = Holder.FACTORY.getMessageInterpolator();
    Validator validator = Holder.FACTORY.usingContext().messageInterpolator(new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return shared.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return shared.interpolate(template, context, locale);
      }
    }).getValidator();
    List<Problem> problems = new ArrayList<>();
    for (ConstraintViolation<Object> violation : validator.validate(value)) {
      problems.add(toProblem(violation));
    }
    problems.sort(Comparator.comparing(Problem::getPath).thenComparing(Problem::getExpected));
    return problems;
  }

  /**
   * Validates a value and throws if it has any problem.
   *
   * @param value  the value, not null
   * @param source  what the value is, for the message, such as {@code "CommitteeRecords 2019"}, not null
   * @throws InvalidInputException listing every violation
   */
  public static void requireValid(Object value, String source) {
    List<Problem> problems = validate(value);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(source, problems);
    }
  }

  /**
   * Converts one violation: the path in JSON form, the record that holds the value, the message as what was
   * expected and the invalid value as what was found.
   *
   * @param violation  the violation, not null
   * @return the problem, not null
   */
  public static Problem toProblem(ConstraintViolation<?> violation) {
    Object leaf = violation.getLeafBean();
    String record = leaf instanceof Identified ? RecordLabels.of(leaf) : "";
    Object invalid = violation.getInvalidValue();
    String found = invalid == null ? "null" : invalid instanceof CharSequence ? "\"" + invalid + "\"" : invalid.toString();
    if (invalid != null && leaf != null) {
      String shown = invalid.toString();
      found = PersonalDataFields.maskOfProperty(leaf.getClass(), leafName(violation.getPropertyPath()))
          .map(mask -> invalid instanceof CharSequence ? "\"" + mask.mask(shown) + "\"" : mask.mask(shown))
          .orElse(found);
    }
    return Problem.of(ProblemKind.CONSTRAINT, jsonPath(violation.getPropertyPath()), record, violation.getMessage(),
        found);
  }

  /** The last named node of a property path: the attribute that holds the value. */
  private static String leafName(Path path) {
    String name = "";
    for (Path.Node node : path) {
      if (node.getName() != null && !node.getName().startsWith("<")) {
        name = node.getName();
      }
    }
    return name;
  }

  private static String jsonPath(Path path) {
    StringBuilder json = new StringBuilder("$");
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        json.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        json.append('[').append(node.getKey()).append(']');
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        json.append('.').append(node.getName());
      }
    }
    return json.toString();
  }
}

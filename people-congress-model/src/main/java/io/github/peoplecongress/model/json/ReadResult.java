package io.github.peoplecongress.model.json;

import io.github.peoplecongress.model.problem.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A value read from JSON together with the notices about input that was accepted but not used, such as unknown
 * fields skipped by a lenient reader. Nothing the user gave is dropped without a notice here.
 *
 * @param <T>  the value type
 */
public final class ReadResult<T> {
  private final T value;
  private final List<Problem> notices;

  ReadResult(T value, List<Problem> notices) {
    this.value = Objects.requireNonNull(value, "value");
    this.notices = List.copyOf(notices);
  }

  /**
   * Returns the value read.
   *
   * @return the value, not null
   */
  public T getValue() {
    return value;
  }

  /**
   * Returns the notices, in document order.
   *
   * @return the notices, empty when everything in the input was used, not null
   */
  public List<Problem> getNotices() {
    return notices;
  }
}

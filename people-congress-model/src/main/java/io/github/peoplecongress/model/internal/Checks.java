package io.github.peoplecongress.model.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Structural checks for {@code @Value.Check} methods. Each throws {@link IllegalArgumentException} naming the
 * record, the attributes and both values. Statutory limits never belong here: they are the rules module's.
 */
public final class Checks {
  private Checks() {}

  /**
   * Requires {@code later} not to be before {@code earlier}; either may be absent.
   *
   * @param record  the record, such as {@code "Petition L-2019-0001"}
   * @param laterName  the later attribute, such as {@code "resolvedDate"}
   * @param later  its value, or null
   * @param earlierName  the earlier attribute, such as {@code "receivedDate"}
   * @param earlier  its value, or null
   * @throws IllegalArgumentException if both are present and {@code later} is before {@code earlier}
   */
  public static void notBefore(String record, String laterName, LocalDate later, String earlierName,
      LocalDate earlier) {
    if (later != null && earlier != null && later.isBefore(earlier)) {
      throw new IllegalArgumentException(record + ": " + laterName + " " + later + " must not be before "
          + earlierName + " " + earlier);
    }
  }

  /** As {@link #notBefore(String, String, LocalDate, String, LocalDate)}, for optional dates. */
  public static void notBefore(String record, String laterName, Optional<LocalDate> later, String earlierName,
      Optional<LocalDate> earlier) {
    notBefore(record, laterName, later.orElse(null), earlierName, earlier.orElse(null));
  }

  /** As {@link #notBefore(String, String, LocalDate, String, LocalDate)}, with an optional later date. */
  public static void notBefore(String record, String laterName, Optional<LocalDate> later, String earlierName,
      LocalDate earlier) {
    notBefore(record, laterName, later.orElse(null), earlierName, earlier);
  }

  /**
   * Requires a count not to be negative.
   *
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static void notNegative(String record, String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(record + ": " + name + " must not be negative, but was " + value);
    }
  }

  /**
   * Requires an amount not to be negative.
   *
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static void notNegative(String record, String name, BigDecimal value) {
    if (value != null && value.signum() < 0) {
      throw new IllegalArgumentException(record + ": " + name + " must not be negative, but was "
          + value.toPlainString());
    }
  }

  /**
   * Requires a part not to exceed its whole, such as valid ballots not exceeding ballots cast.
   *
   * @throws IllegalArgumentException if {@code part > whole}
   */
  public static void notMore(String record, String partName, long part, String wholeName, long whole) {
    if (part > whole) {
      throw new IllegalArgumentException(record + ": " + partName + " " + part + " must not exceed " + wholeName
          + " " + whole);
    }
  }

  /**
   * Requires the elements of a collection to be distinct, such as the members in an attendance list.
   *
   * @throws IllegalArgumentException naming the first repeated element
   */
  public static void distinct(String record, String name, Collection<?> values) {
    Set<Object> seen = new HashSet<>();
    for (Object value : values) {
      if (!seen.add(value)) {
        throw new IllegalArgumentException(record + ": " + name + " lists " + value + " more than once");
      }
    }
  }

  /**
   * Requires a condition, with a message that names the attributes and values.
   *
   * @throws IllegalArgumentException with {@code record + ": " + message} if the condition is false
   */
  public static void require(boolean condition, String record, String message) {
    if (!condition) {
      throw new IllegalArgumentException(record + ": " + message);
    }
  }
}

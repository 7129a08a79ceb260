package io.github.peoplecongress.model.deputy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period in which a deputy's duties were suspended (暂停执行代表职务) — Deputies Law 2025 Art. 61 (2015 Art. 48).
 * Dates are half-open: suspended from {@link #getFromDate()} until the day before {@link #getUntilDate()}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSuspension.class)
public abstract class Suspension {

  /** @return the first day suspended, not null */
  public abstract LocalDate getFromDate();

  /** @return the day duties resumed; absent while suspended */
  public abstract Optional<LocalDate> getUntilDate();

  /** @return the ground, not null */
  public abstract SuspensionGround getGround();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableSuspension.Builder builder() {
    return ImmutableSuspension.builder();
  }

  /**
   * Returns whether the suspension covers a day.
   *
   * @param date  the day, not null
   * @return true if suspended that day
   */
  public boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getFromDate()) && getUntilDate().map(date::isBefore).orElse(true);
  }

  @Value.Check
  protected void check() {
    Checks.notBefore("Suspension from " + getFromDate(), "untilDate", getUntilDate(), "fromDate", getFromDate());
  }
}

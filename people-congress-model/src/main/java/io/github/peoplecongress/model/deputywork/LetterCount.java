package io.github.peoplecongress.model.deputywork;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.internal.Checks;
import java.time.Year;
import org.immutables.value.Value;

/**
 * The number of letters a mailbox received in one year, for example {@code LetterCount.of(Year.of(2019), 23)}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableLetterCount.class)
public abstract class LetterCount {

  /** @return the year, not null */
  public abstract Year getYear();

  /** @return the letters received (件), not negative */
  public abstract int getLetters();

  /**
   * Obtains a count.
   *
   * @param year  the year, not null
   * @param letters  the letters received, not negative
   * @return the count, not null
   * @throws IllegalArgumentException if {@code letters} is negative
   */
  public static LetterCount of(Year year, int letters) {
    return ImmutableLetterCount.builder().year(year).letters(letters).build();
  }

  @Value.Check
  protected void check() {
    Checks.notNegative("LetterCount " + getYear(), "letters", getLetters());
  }
}

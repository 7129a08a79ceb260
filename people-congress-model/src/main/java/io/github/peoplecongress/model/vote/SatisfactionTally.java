package io.github.peoplecongress.model.vote;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The counted ballots of a satisfaction vote (满意度测评), for example 15 满意, 5 基本满意, 1 不满意 and 1 invalid:
 * {@code SatisfactionTally.of(15, 5, 1, 1)}.
 *
 * <p>A ballot that marks no grade or several grades is invalid and not counted (Shenzhen rules Art. 7); it is kept
 * here as {@code invalid} so that nothing the tellers recorded is lost.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSatisfactionTally.class)
public abstract class SatisfactionTally {

  /** @return ballots marked 满意, not negative */
  public abstract int getSatisfied();

  /** @return ballots marked 基本满意, not negative */
  public abstract int getBasicallySatisfied();

  /** @return ballots marked 不满意, not negative */
  public abstract int getDissatisfied();

  /** @return invalid ballots (无效票: none or several grades marked), not negative */
  @Value.Default
  public int getInvalid() {
    return 0;
  }

  /**
   * Returns the valid ballots: satisfied + basically satisfied + dissatisfied.
   *
   * @return the count, not negative
   */
  public int valid() {
    return getSatisfied() + getBasicallySatisfied() + getDissatisfied();
  }

  /**
   * Returns the ballots of one grade.
   *
   * @param grade  the grade, not null
   * @return the count, not negative
   */
  public int count(SatisfactionGrade grade) {
    switch (grade) {
      case SATISFIED:
        return getSatisfied();
      case BASICALLY_SATISFIED:
        return getBasicallySatisfied();
      default:
        return getDissatisfied();
    }
  }

  /**
   * Obtains a tally.
   *
   * @return the tally, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static SatisfactionTally of(int satisfied, int basicallySatisfied, int dissatisfied, int invalid) {
    return ImmutableSatisfactionTally.builder().satisfied(satisfied).basicallySatisfied(basicallySatisfied)
        .dissatisfied(dissatisfied).invalid(invalid).build();
  }

  @Value.Check
  protected void check() {
    Checks.notNegative("SatisfactionTally", "satisfied", getSatisfied());
    Checks.notNegative("SatisfactionTally", "basicallySatisfied", getBasicallySatisfied());
    Checks.notNegative("SatisfactionTally", "dissatisfied", getDissatisfied());
    Checks.notNegative("SatisfactionTally", "invalid", getInvalid());
  }
}

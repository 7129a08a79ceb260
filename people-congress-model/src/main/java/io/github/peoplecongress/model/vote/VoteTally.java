package io.github.peoplecongress.model.vote;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The counted result of one vote (表决结果), for example 21 for, 0 against, 1 abstaining, 0 not voting:
 * {@code VoteTally.of(21, 0, 1, 0)}.
 *
 * <p>{@code notVoted} counts members present who did not press the voting device (未按表决器). Members absent are
 * not in the tally; the meeting's attendance says who they were.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableVoteTally.class)
public abstract class VoteTally {

  /** @return votes for (赞成), not negative */
  public abstract int getInFavor();

  /** @return votes against (反对), not negative */
  public abstract int getAgainst();

  /** @return abstentions (弃权), not negative */
  public abstract int getAbstain();

  /** @return members present who did not vote (未按表决器), not negative */
  @Value.Default
  public int getNotVoted() {
    return 0;
  }

  /**
   * Returns the number of members who took part: for + against + abstain + not voted.
   *
   * @return the total, not negative
   */
  public int total() {
    return getInFavor() + getAgainst() + getAbstain() + getNotVoted();
  }

  /**
   * Obtains a tally.
   *
   * @param inFavor  votes for, not negative
   * @param against  votes against, not negative
   * @param abstain  abstentions, not negative
   * @param notVoted  present but not voting, not negative
   * @return the tally, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static VoteTally of(int inFavor, int against, int abstain, int notVoted) {
    return ImmutableVoteTally.builder().inFavor(inFavor).against(against).abstain(abstain).notVoted(notVoted).build();
  }

  @Value.Check
  protected void check() {
    Checks.notNegative("VoteTally", "inFavor", getInFavor());
    Checks.notNegative("VoteTally", "against", getAgainst());
    Checks.notNegative("VoteTally", "abstain", getAbstain());
    Checks.notNegative("VoteTally", "notVoted", getNotVoted());
  }
}

package io.github.peoplecongress.model.appraisal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The satisfaction vote of a work appraisal (满意度表决 / 满意度测评), for example 22 members voting by secret ballot
 * at the 6th meeting on 2019-10-29: 15 满意, 5 基本满意, 1 不满意 and 1 invalid, declared 满意.
 *
 * <p>Local rules: three grades (深圳市 Art. 6), secret ballot, one grade per ballot, invalid ballots not counted
 * (Art. 7), the vote cast by the committee members. The record keeps who voted ({@link #getVoterGroups()}, and the
 * voters by id when the office recorded them), the ballot form and the declared result; the rules module decides
 * whether the result follows from the tally and what it requires.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAppraisalVote.class)
public abstract class AppraisalVote implements HasReferences {

  /** @return the meeting at which the vote was held, not null */
  public abstract MeetingId getMeetingId();

  /** @return the date of the vote, not null */
  public abstract LocalDate getDate();

  /** @return the number of persons who took part in the vote (ballots issued), not negative */
  @PositiveOrZero
  public abstract int getVoterCount();

  /** @return the groups whose members cast ballots; empty if not recorded */
  public abstract Set<VoterGroup> getVoterGroups();

  /** @return the voters by id, when the office recorded them; then exactly {@link #getVoterCount()} entries */
  public abstract List<PersonId> getVoterIds();

  /** @return whether the ballot was secret (无记名投票), or empty if not recorded */
  public abstract Optional<Boolean> getSecretBallot();

  /** @return the counted ballots, not null */
  public abstract @Valid SatisfactionTally getTally();

  /** @return the result as declared at the meeting, when recorded */
  public abstract Optional<SatisfactionGrade> getDeclaredResult();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableAppraisalVote.Builder builder() {
    return ImmutableAppraisalVote.builder();
  }

  /**
   * Returns the ballots returned: valid plus invalid.
   *
   * @return the count, not negative
   */
  public int ballotsCast() {
    return getTally().valid() + getTally().getInvalid();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("meetingId", getMeetingId())
        .addAll("voterIds", getVoterIds())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "AppraisalVote at " + getMeetingId() + " on " + getDate();
    Checks.notNegative(record, "voterCount", getVoterCount());
    Checks.notMore(record, "ballots cast (tally valid + invalid)", ballotsCast(), "voterCount", getVoterCount());
    Checks.distinct(record, "voterIds", getVoterIds());
    Checks.require(getVoterIds().isEmpty() || getVoterIds().size() == getVoterCount(), record,
        "voterIds lists " + getVoterIds().size() + " voters but voterCount is " + getVoterCount());
  }
}

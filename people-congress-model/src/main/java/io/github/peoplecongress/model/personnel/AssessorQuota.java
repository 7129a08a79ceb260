package io.github.peoplecongress.model.personnel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import io.github.peoplecongress.model.vote.VoteTally;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The standing committee's decision fixing the number of people's assessors (人民陪审员名额) of the district court,
 * for example 150 assessors for a court of 48 judges, decided at the 5th meeting on 2019-08-28.
 *
 * <p>Legal basis: People's Assessors Law 2018 Art. 8: 「人民陪审员的名额，由基层人民法院根据审判案件的需要，提请同级
 * 人民代表大会常务委员会确定。」「人民陪审员的名额数不低于本院法官数的三倍。」 Whether the quota reaches three times
 * the judges, and whether appointments stay within it, is the rules module's.
 *
 * <p>This is a dated value without an id of its own: nothing else refers to a quota decision, and the formal act,
 * if the committee adopted one, is referenced by {@link #getDecisionId()}. A committee's records hold its quota decisions
 * as a list; {@link #references()} lists the ids for the referential check.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAssessorQuota.class)
public abstract class AssessorQuota implements HasReferences, Dated {

  /** @return the basic-level court whose quota this is, not null */
  public abstract OrganizationId getCourtId();

  /** @return the number of judges (法官数) the court reported in its request, when recorded; not negative */
  public abstract Optional<@PositiveOrZero Integer> getJudgeCount();

  /** @return the quota decided (名额), positive */
  @Positive
  public abstract int getQuota();

  /** @return the date the court requested the decision (提请日期), when recorded */
  public abstract Optional<LocalDate> getRequestDate();

  /** @return the date the committee decided, not null */
  public abstract LocalDate getDecisionDate();

  /** @return the committee meeting that decided, not null */
  public abstract MeetingId getMeetingId();

  /** @return the formal decision (决定), when one was adopted and recorded */
  public abstract Optional<DecisionId> getDecisionId();

  /** @return the vote, when counted */
  public abstract Optional<@Valid VoteTally> getVoteTally();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableAssessorQuota.Builder builder() {
    return ImmutableAssessorQuota.builder();
  }

  /**
   * Returns the decision date: a quota counts in the year it was decided.
   *
   * @return the decision date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getDecisionDate();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("courtId", getCourtId())
        .add("meetingId", getMeetingId())
        .add("decisionId", getDecisionId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "AssessorQuota of " + getCourtId() + " on " + getDecisionDate();
    Checks.notBefore(record, "decisionDate", getDecisionDate(), "requestDate", getRequestDate().orElse(null));
    getJudgeCount().ifPresent(count -> Checks.notNegative(record, "judgeCount", count));
  }
}

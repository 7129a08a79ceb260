package io.github.peoplecongress.model.body;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One term of the district people's congress (第N届人民代表大会) and its standing committee, for example the 17th
 * congress from its first session on 2017-01-10 to the first session of the 18th.
 *
 * <p>A term lasts five years (Constitution Art. 98; Local Organic Law 2022 Art. 9), from the first session of the
 * congress to the first session of the next (Deputies Law 2025 Art. 2(3)); the standing committee's term is the same and
 * it serves until the next congress elects a new committee (Local Organic Law 2022 Art. 48). Dates are half-open:
 * the end date, the first session of the next congress, belongs to the next term. Whether a term lasted five years is
 * for the rules module.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCongressTerm.class)
public abstract class CongressTerm implements HasReferences {

  /** @return the term number (第N届), positive */
  @Positive
  public abstract int getNumber();

  /** @return the day of the first session of this congress (第一次会议), not null */
  public abstract LocalDate getStartDate();

  /** @return the day of the first session of the next congress; absent while the term runs */
  public abstract Optional<LocalDate> getEndDate();

  /**
   * Returns the number of deputies of the congress (代表名额) fixed by the provincial standing committee (Election Law
   * 2020 Arts. 12, 13), when recorded.
   *
   * @return the number of seats, positive
   */
  public abstract Optional<@Positive Integer> getDeputySeats();

  /** @return the standing committee of this term, not null */
  @Valid
  public abstract StandingCommittee getStandingCommittee();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableCongressTerm.Builder builder() {
    return ImmutableCongressTerm.builder();
  }

  /**
   * Returns whether a day falls in this term: on or after the first session and before the first session of the next
   * congress.
   *
   * @param date  the day, not null
   * @return true if the day belongs to this term
   */
  public boolean includes(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getStartDate()) && getEndDate().map(date::isBefore).orElse(true);
  }

  /**
   * Returns the standing-committee memberships in office on a day, or none if the day is outside the term. Prefer
   * this to {@link StandingCommittee#membersOn(LocalDate)} when memberships of an ended term were left open.
   *
   * @param date  the day, not null
   * @return the memberships in office, not null
   */
  public List<CommitteeMembership> membersOn(LocalDate date) {
    return includes(date) ? getStandingCommittee().membersOn(date) : List.of();
  }

  /**
   * Returns the director's meeting (主任会议) on a day, or nobody if the day is outside the term.
   *
   * @param date  the day, not null
   * @return the memberships of the director and the deputy directors, not null
   */
  public List<CommitteeMembership> directorsMeetingOn(LocalDate date) {
    return includes(date) ? getStandingCommittee().directorsMeetingOn(date) : List.of();
  }

  @Override
  public List<Reference> references() {
    return getStandingCommittee().references();
  }

  @Value.Check
  protected void check() {
    String record = "CongressTerm " + getNumber();
    Checks.notBefore(record, "endDate", getEndDate(), "startDate", getStartDate());
    getDeputySeats().ifPresent(seats -> Checks.notNegative(record, "deputySeats", seats));
    for (CommitteeMembership m : getStandingCommittee().getMemberships()) {
      String field = "membership " + m.getId();
      Checks.notBefore(record, field + " startDate", m.getStartDate(), "startDate", getStartDate());
      Checks.notBefore(record, "endDate", getEndDate(), field + " endDate", m.getEndDate());
      Checks.notBefore(record, "endDate", getEndDate(), field + " startDate", Optional.of(m.getStartDate()));
    }
  }
}

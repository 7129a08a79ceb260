package io.github.peoplecongress.model.body;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's tenure in one post on the standing committee (常务委员会组成人员任职), for example P-007 as 副主任 from
 * 2017-01-10, elected at the first session of the 17th congress. A member elected to another post of the same
 * committee gets a new membership; the old one ends with {@link MembershipEndReason#ROLE_CHANGED}.
 *
 * <p>Dates are half-open: the member is in office from {@link #getStartDate()} (inclusive) until
 * {@link #getEndDate()} (exclusive). The end date is the day the post ended — the day a resignation was accepted, the
 * day the next committee was elected (Local Organic Law 2022 Art. 48), the day of death — and the member no longer
 * counts on that day, so that on the first session of the next congress only the new committee is in office.
 *
 * <p>Members are elected by the congress from among its deputies (Art. 47(2)); {@link #getDeputyId()} links the
 * deputy record, whose termination also ends this post (Election Law 2020 Art. 54). An acting director (代理主任,
 * Art. 55) keeps the role {@link CommitteeRole#DEPUTY_DIRECTOR}, with the acting period on this record.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCommitteeMembership.class)
public abstract class CommitteeMembership implements Identified<MembershipId> {

  /** @return the id, not null */
  @Override
  public abstract MembershipId getId();

  /** @return the member, by person id, not null */
  public abstract PersonId getPersonId();

  /** @return the member's deputy record, by id, when recorded */
  public abstract Optional<DeputyId> getDeputyId();

  /** @return the post held (主任, 副主任, 委员), not null */
  public abstract CommitteeRole getRole();

  /** @return the first day in office, usually the day of the election, not null */
  public abstract LocalDate getStartDate();

  /** @return the day the post ended, on which the member is no longer in office; absent while in office */
  public abstract Optional<LocalDate> getEndDate();

  /** @return why the post ended; present only with an end date */
  public abstract Optional<MembershipEndReason> getEndReason();

  /**
   * Returns the first day this deputy director acted as director (代理主任, Local Organic Law 2022 Art. 55), chosen
   * by the committee when the director was ill or the post vacant.
   *
   * @return the first day acting, when this member acted as director
   */
  public abstract Optional<LocalDate> getActingDirectorFrom();

  /**
   * Returns the day the acting ended (the director recovered or a new director was elected), exclusive.
   *
   * @return the day acting ended; absent while acting or if the member never acted
   */
  public abstract Optional<LocalDate> getActingDirectorUntil();

  /** @return the personnel action that elected the member (选举), when recorded */
  public abstract Optional<PersonnelActionId> getStartActionId();

  /** @return the personnel action that ended the post (接受辞职, 罢免, 撤职 …), when recorded */
  public abstract Optional<PersonnelActionId> getEndActionId();

  /** @return a note, up to 2000 characters */
  @Value.Default
  public @Size(max = 2000) String getNote() {
    return "";
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableCommitteeMembership.Builder builder() {
    return ImmutableCommitteeMembership.builder();
  }

  /**
   * Returns whether the member held this post on a day: on or after the start date and before the end date.
   *
   * @param date  the day, not null
   * @return true if in office that day
   */
  public boolean inOfficeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getStartDate()) && getEndDate().map(date::isBefore).orElse(true);
  }

  /**
   * Returns whether the member held this post at some time between two days, both inclusive.
   *
   * @param from  the first day, not null
   * @param to  the last day, not before {@code from}
   * @return true if in office on at least one day of the period
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public boolean inOfficeDuring(LocalDate from, LocalDate to) {
    Checks.notBefore("inOfficeDuring", "to", to, "from", Objects.requireNonNull(from, "from"));
    return !getStartDate().isAfter(to) && getEndDate().map(end -> end.isAfter(from)).orElse(true);
  }

  /**
   * Returns whether the member was acting director (代理主任) on a day, while in office.
   *
   * @param date  the day, not null
   * @return true if acting that day
   */
  public boolean actingDirectorOn(LocalDate date) {
    return inOfficeOn(date)
        && getActingDirectorFrom().map(from -> !date.isBefore(from)).orElse(false)
        && getActingDirectorUntil().map(date::isBefore).orElse(true);
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("personId", getPersonId())
        .add("deputyId", getDeputyId())
        .add("startActionId", getStartActionId())
        .add("endActionId", getEndActionId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "CommitteeMembership " + getId();
    Checks.notBefore(record, "endDate", getEndDate(), "startDate", getStartDate());
    Checks.require(getEndReason().isEmpty() || getEndDate().isPresent(), record,
        "endReason " + getEndReason().orElse(null) + " needs an endDate, but endDate is absent");
    Checks.require(getActingDirectorUntil().isEmpty() || getActingDirectorFrom().isPresent(), record,
        "actingDirectorUntil " + getActingDirectorUntil().orElse(null)
            + " needs an actingDirectorFrom, but actingDirectorFrom is absent");
    Checks.notBefore(record, "actingDirectorFrom", getActingDirectorFrom(), "startDate", getStartDate());
    Checks.notBefore(record, "actingDirectorUntil", getActingDirectorUntil(), "actingDirectorFrom",
        getActingDirectorFrom());
    Checks.notBefore(record, "endDate", getEndDate(), "actingDirectorUntil", getActingDirectorUntil());
    Checks.notBefore(record, "endDate", getEndDate(), "actingDirectorFrom", getActingDirectorFrom());
  }
}

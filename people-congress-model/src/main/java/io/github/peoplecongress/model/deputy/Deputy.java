package io.github.peoplecongress.model.deputy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.DeputyGroupId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A deputy (人大代表) for one congress term, for example P-042 elected on 2016-11-15 in constituency 第12选区 as a
 * deputy of the 17th district congress, serving from its first session on 2017-01-10. Personal data (name, ID number)
 * lives in the person record, referred to by {@link #getPersonId()}.
 *
 * <p><b>Period served.</b> A deputy serves from {@link #getServiceStartDate()} — the first session of the congress for
 * a deputy of the general election (Deputies Law 2025 Art. 2(3)), the day the credentials were confirmed for a
 * by-elected deputy (补选, Election Law 2020 Arts. 47, 57) — until {@link #getTerminationDate()} (exclusive), or the
 * end of the term, which the {@code CongressTerm} records: {@link #holdsOfficeOn(LocalDate)} and the other day-based
 * verbs read only this record's dates. Suspensions (Deputies Law 2025 Art. 61) do not end the office but make the
 * status {@link DeputyStatus#SUSPENDED}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDeputy.class)
public abstract class Deputy implements Identified<DeputyId> {

  /** @return the id, not null */
  @Override
  public abstract DeputyId getId();

  /** @return the person, by id, not null */
  public abstract PersonId getPersonId();

  /** @return the congress the deputy belongs to (区, 市, 省, 全国), not null */
  public abstract DeputyLevel getLevel();

  /** @return the term number of that congress (第N届), positive */
  @Positive
  public abstract int getTermNumber();

  /** @return the constituency (选区) that elected a district deputy; absent for deputies elected by a congress */
  public abstract Optional<ConstituencyId> getConstituencyId();

  /** @return the deputy group (代表组) the committee placed the deputy in, when placed */
  public abstract Optional<DeputyGroupId> getGroupId();

  /** @return the deputy's work unit (工作单位), when recorded */
  public abstract Optional<OrganizationId> getWorkUnitId();

  /** @return the election day (当选日期); for a by-elected deputy, the day of the by-election; not null */
  public abstract LocalDate getElectedDate();

  /** @return whether the deputy was elected in a by-election (补选) during the term */
  @Value.Default
  public boolean isByElected() {
    return false;
  }

  /**
   * Returns the first day of service: the first session of the congress for a deputy of the general election, the day
   * the credentials were confirmed (代表资格确认) for a by-elected deputy. Defaults to the election day.
   *
   * @return the first day of service, not before the election day
   */
  @Value.Default
  public LocalDate getServiceStartDate() {
    return getElectedDate();
  }

  /** @return the periods the deputy's duties were suspended (暂停执行代表职务), in order, not overlapping */
  public abstract List<@Valid Suspension> getSuspensions();

  /** @return the day the deputy's status ended (代表资格终止), on which the deputy no longer serves; absent while serving */
  public abstract Optional<LocalDate> getTerminationDate();

  /** @return why the status ended; present exactly when a termination date is */
  public abstract Optional<TerminationGround> getTerminationGround();

  /** @return the day the committee announced the termination (予以公告, Deputies Law 2025 Art. 63), when it did */
  public abstract Optional<LocalDate> getTerminationAnnouncedDate();

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
  public static ImmutableDeputy.Builder builder() {
    return ImmutableDeputy.builder();
  }

  /**
   * Returns whether the deputy held office on a day, suspended or not: on or after the service start and before the
   * termination date.
   *
   * @param date  the day, not null
   * @return true if a deputy that day
   */
  public boolean holdsOfficeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getServiceStartDate()) && getTerminationDate().map(date::isBefore).orElse(true);
  }

  /**
   * Returns whether the deputy was serving on a day: holding office and not suspended.
   *
   * @param date  the day, not null
   * @return true if {@link #statusOn(LocalDate)} is {@link DeputyStatus#SERVING}
   */
  public boolean servingOn(LocalDate date) {
    return statusOn(date).filter(status -> status == DeputyStatus.SERVING).isPresent();
  }

  /**
   * Returns the deputy's status on a day.
   *
   * @param date  the day, not null
   * @return {@link DeputyStatus#TERMINATED} on and after the termination date, {@link DeputyStatus#SUSPENDED} in a
   *     suspension, {@link DeputyStatus#SERVING} otherwise in office, and empty before the service start
   */
  public Optional<DeputyStatus> statusOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (getTerminationDate().map(end -> !date.isBefore(end)).orElse(false)) {
      return Optional.of(DeputyStatus.TERMINATED);
    }
    if (date.isBefore(getServiceStartDate())) {
      return Optional.empty();
    }
    boolean suspended = getSuspensions().stream().anyMatch(s -> s.covers(date));
    return Optional.of(suspended ? DeputyStatus.SUSPENDED : DeputyStatus.SERVING);
  }

  /**
   * Returns whether the deputy held office on at least one day of a period, both ends inclusive — for judging a
   * deputy who served part of a term (by-elected late, or terminated) over the period served.
   *
   * @param from  the first day, not null
   * @param to  the last day, not before {@code from}
   * @return true if in office on some day of the period
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public boolean servedDuring(LocalDate from, LocalDate to) {
    return daysInOfficeDuring(from, to) > 0;
  }

  /**
   * Returns the number of days the deputy held office in a period, both ends inclusive, suspensions included.
   *
   * @param from  the first day, not null
   * @param to  the last day, not before {@code from}
   * @return the days in office, from 0 to the length of the period
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public long daysInOfficeDuring(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Checks.notBefore("daysInOfficeDuring", "to", to, "from", from);
    LocalDate start = from.isAfter(getServiceStartDate()) ? from : getServiceStartDate();
    LocalDate endExclusive = to.plusDays(1);
    if (getTerminationDate().isPresent() && getTerminationDate().get().isBefore(endExclusive)) {
      endExclusive = getTerminationDate().get();
    }
    return Math.max(0, ChronoUnit.DAYS.between(start, endExclusive));
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("personId", getPersonId())
        .add("constituencyId", getConstituencyId())
        .add("groupId", getGroupId())
        .add("workUnitId", getWorkUnitId())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "Deputy " + getId();
    Checks.notBefore(record, "serviceStartDate", getServiceStartDate(), "electedDate", getElectedDate());
    Checks.notBefore(record, "terminationDate", getTerminationDate(), "electedDate", getElectedDate());
    Checks.require(getTerminationDate().isPresent() == getTerminationGround().isPresent(), record,
        "terminationDate " + getTerminationDate().orElse(null) + " and terminationGround "
            + getTerminationGround().orElse(null) + " must be present together");
    Checks.require(getTerminationAnnouncedDate().isEmpty() || getTerminationDate().isPresent(), record,
        "terminationAnnouncedDate " + getTerminationAnnouncedDate().orElse(null)
            + " needs a terminationDate, but terminationDate is absent");
    Checks.notBefore(record, "terminationAnnouncedDate", getTerminationAnnouncedDate(), "terminationDate",
        getTerminationDate());
    List<Suspension> sorted = getSuspensions().stream()
        .sorted(Comparator.comparing(Suspension::getFromDate)).collect(Collectors.toList());
    for (int i = 0; i < sorted.size(); i++) {
      Suspension s = sorted.get(i);
      Checks.notBefore(record, "suspension fromDate", s.getFromDate(), "electedDate", getElectedDate());
      Checks.notBefore(record, "terminationDate", getTerminationDate(), "suspension fromDate",
          Optional.of(s.getFromDate()));
      if (i + 1 < sorted.size()) {
        Suspension next = sorted.get(i + 1);
        Checks.require(s.getUntilDate().map(until -> !until.isAfter(next.getFromDate())).orElse(false), record,
            "suspension from " + s.getFromDate() + " until " + s.getUntilDate().map(LocalDate::toString).orElse("open")
                + " overlaps suspension from " + next.getFromDate());
      }
    }
  }
}

package io.github.peoplecongress.model.body;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The standing committee (常务委员会) of one congress term: its size for the term and every membership it had, for
 * example a committee of 27 seats with 25 memberships in office on 2020-06-30.
 *
 * <p>The size (名额) is fixed by the provincial standing committee for the whole term and does not change during it
 * (Local Organic Law 2022 Art. 47(5)); whether it lies within 15–35 (45 above one million inhabitants, Art. 47(4)) is
 * for the rules module. The committee serves until the next congress elects a new one (Art. 48); its memberships
 * therefore run to the start of the next term at the latest, which {@link CongressTerm} checks.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableStandingCommittee.class)
public abstract class StandingCommittee implements HasReferences {

  /** @return the number of seats for the term (组成人员名额), positive */
  @Positive
  public abstract int getSize();

  /**
   * Returns every membership of the term, past and present, in the order recorded.
   *
   * @return the memberships, not null
   */
  public abstract List<@Valid CommitteeMembership> getMemberships();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableStandingCommittee.Builder builder() {
    return ImmutableStandingCommittee.builder();
  }

  /**
   * Returns the memberships in office on a day (组成人员), in the order recorded. A member whose end date is that day
   * or earlier is not included.
   *
   * @param date  the day, not null
   * @return the memberships in office, not null
   */
  public List<CommitteeMembership> membersOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getMemberships().stream().filter(m -> m.inOfficeOn(date)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the director's meeting (主任会议) on a day: the director and the deputy directors in office — Local Organic
   * Law 2022 Art. 54.
   *
   * @param date  the day, not null
   * @return the memberships of the director and the deputy directors, not null
   */
  public List<CommitteeMembership> directorsMeetingOn(LocalDate date) {
    return membersOn(date).stream().filter(m -> m.getRole().sitsOnDirectorsMeeting())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the director (主任) in office on a day.
   *
   * @param date  the day, not null
   * @return the director's membership, or empty if the post was vacant
   */
  public Optional<CommitteeMembership> directorOn(LocalDate date) {
    return membersOn(date).stream().filter(m -> m.getRole() == CommitteeRole.DIRECTOR).findFirst();
  }

  /**
   * Returns the member acting as director (代理主任, Local Organic Law 2022 Art. 55) on a day.
   *
   * @param date  the day, not null
   * @return the acting director's membership, or empty if nobody was acting
   */
  public Optional<CommitteeMembership> actingDirectorOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getMemberships().stream().filter(m -> m.actingDirectorOn(date)).findFirst();
  }

  /**
   * Returns the number of seats not filled on a day: the size for the term less the members in office, never
   * negative.
   *
   * @param date  the day, not null
   * @return the vacant seats, not negative
   */
  public int vacanciesOn(LocalDate date) {
    return Math.max(0, getSize() - membersOn(date).size());
  }

  /**
   * Returns the memberships of one person in this term, in the order recorded.
   *
   * @param personId  the person, not null
   * @return the person's memberships, not null
   */
  public List<CommitteeMembership> membershipsOf(PersonId personId) {
    Objects.requireNonNull(personId, "personId");
    return getMemberships().stream().filter(m -> m.getPersonId().equals(personId))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Finds a membership by id.
   *
   * @param id  the membership id, not null
   * @return the membership, or empty if this committee has none with that id
   */
  public Optional<CommitteeMembership> membership(MembershipId id) {
    Objects.requireNonNull(id, "id");
    return getMemberships().stream().filter(m -> m.getId().equals(id)).findFirst();
  }

  @Override
  public List<Reference> references() {
    return References.builder().addNested("memberships", getMemberships()).build();
  }

  @Value.Check
  protected void check() {
    String record = "StandingCommittee";
    Checks.distinct(record, "membership ids",
        getMemberships().stream().map(CommitteeMembership::getId).collect(Collectors.toList()));
    List<CommitteeMembership> all = getMemberships();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        CommitteeMembership a = all.get(i);
        CommitteeMembership b = all.get(j);
        Checks.require(!a.getPersonId().equals(b.getPersonId()) || !overlap(a, b), record,
            "memberships " + a.getId() + " (" + period(a) + ") and " + b.getId() + " (" + period(b)
                + ") of person " + a.getPersonId() + " overlap");
      }
    }
  }

  private static boolean overlap(CommitteeMembership a, CommitteeMembership b) {
    boolean aEndsAfterBStarts = a.getEndDate().map(end -> end.isAfter(b.getStartDate())).orElse(true);
    boolean bEndsAfterAStarts = b.getEndDate().map(end -> end.isAfter(a.getStartDate())).orElse(true);
    boolean aEmpty = a.getEndDate().map(end -> end.equals(a.getStartDate())).orElse(false);
    boolean bEmpty = b.getEndDate().map(end -> end.equals(b.getStartDate())).orElse(false);
    return aEndsAfterBStarts && bEndsAfterAStarts && !aEmpty && !bEmpty;
  }

  private static String period(CommitteeMembership m) {
    return m.getStartDate() + " to " + m.getEndDate().map(LocalDate::toString).orElse("open");
  }
}

package io.github.peoplecongress.model.petition;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PetitionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import io.github.peoplecongress.model.validation.PersonalData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One petition (信访事项) received by the standing committee: a letter (one 件), a visit (one batch, 批次, of
 * {@link #getPersons()} persons, 人次), or an online, telephone or fax petition; for example a letter received
 * on 2019-03-02, acknowledged in writing on 2019-03-10, transferred to the housing bureau on 2019-03-12 and
 * resolved on 2019-04-30.
 *
 * <p>Which date places it in a year: {@link #getReceivedDate()} (受理/接待 counts: "受理群众来信 x 件, 接待来访 x
 * 人次"). The facts the rules read: received → acknowledged (15 days, 信访工作条例 Art. 23, unless the petitioner's
 * name or address is unclear, {@link #isContactUnclear()}); accepted → resolved (60 days plus an approved
 * {@link #getExtension()} of at most 30, Art. 34, for {@link PetitionRoute#HANDLING_OPINION}); reply delivered →
 * review requested → decided, and again for re-review (30/30 days, Arts. 35–36). The 2005 信访条例 (Arts. 21, 33–35)
 * has the same numbers.
 *
 * <p>Personal data: {@link #getPetitionerNames()} is not printed by {@link #toString()}, which shows only how many
 * names there are; the subject is not printed either.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePetition.class)
public abstract class Petition implements Identified<PetitionId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract PetitionId getId();

  /** @return how it arrived, not null */
  public abstract PetitionChannel getChannel();

  /** @return where it came from, not null */
  public abstract PetitionSource getSource();

  /** @return the higher body that forwarded or assigned it; absent for {@link PetitionSource#DIRECT} */
  public abstract Optional<OrganizationId> getReferredById();

  /**
   * Returns the number of persons in the visit (来访人数), for {@link PetitionChannel#VISIT} only: one record is one
   * batch (批次), and its persons are its person-times (人次).
   *
   * @return the number of persons, positive, or empty if not a visit or not recorded
   */
  public abstract Optional<@Positive Integer> getPersons();

  /** @return what the petition is about, 1 to 500 characters */
  @NotBlank
  @Size(max = 500)
  public abstract String getSubject();

  /** @return the category under 信访工作条例 Arts. 29–31 */
  public abstract Optional<PetitionCategory> getCategory();

  /** @return for a 申诉求决类 petition, how it is handled under Art. 31 */
  public abstract Optional<PetitionRoute> getRoute();

  /** @return the petitioners' names (personal data, not printed by {@code toString}); empty if not recorded */
  @PersonalData
  public abstract List<@NotBlank @Size(max = 100) String> getPetitionerNames();

  /**
   * Returns whether the petitioner's name or address is unclear (姓名（名称）、住址不清), which exempts the written
   * acknowledgement (信访工作条例 Art. 23(2)).
   *
   * @return the flag, false by default
   */
  @Value.Default
  public boolean isContactUnclear() {
    return false;
  }

  /** @return the date it was received (收到日期), not null */
  public abstract LocalDate getReceivedDate();

  /** @return the date the petitioner was told in writing (书面告知) whether and how it is handled */
  public abstract Optional<LocalDate> getAcknowledgedDate();

  /** @return the date it was accepted for handling (受理), from which the handling period runs */
  public abstract Optional<LocalDate> getAcceptedDate();

  /** @return the passing of the petition to the organ with authority, if it was passed on */
  public abstract Optional<@Valid Forwarding> getForwarding();

  /** @return an extension of the handling period, if one was approved */
  public abstract Optional<@Valid Extension> getExtension();

  /** @return the date it was resolved (办结: the handling opinion issued, or the matter otherwise closed) */
  public abstract Optional<LocalDate> getResolvedDate();

  /** @return the date the petitioner received the written answer (收到书面答复), from which a review request runs */
  public abstract Optional<LocalDate> getReplyDeliveredDate();

  /** @return the outcome */
  public abstract Optional<PetitionOutcome> getOutcome();

  /** @return the review (复查), if one was requested */
  public abstract Optional<@Valid Review> getReview();

  /** @return the re-review (复核), if one was requested; requires a review */
  public abstract Optional<@Valid Review> getReReview();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutablePetition.Builder builder() {
    return ImmutablePetition.builder();
  }

  /**
   * Returns the date it was received ({@link #getReceivedDate()}).
   *
   * @return the date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getReceivedDate();
  }

  /**
   * Returns the person-times (人次) this petition counts for among visits: the recorded persons of a visit, 1 for a
   * visit without a recorded number, 0 for any other channel.
   *
   * @return the person-times, not negative
   */
  public int visitPersonTimes() {
    return getChannel() == PetitionChannel.VISIT ? getPersons().orElse(1) : 0;
  }

  @Override
  public List<Reference> references() {
    References references = References.builder().add("referredById", getReferredById());
    nested(references, "forwarding", getForwarding());
    nested(references, "extension", getExtension());
    nested(references, "review", getReview());
    nested(references, "reReview", getReReview());
    return references.build();
  }

  private static void nested(References references, String field,
      Optional<? extends io.github.peoplecongress.model.id.HasReferences> value) {
    value.ifPresent(present -> present.references()
        .forEach(reference -> references.add(reference.under(field))));
  }

  /** Prints the id, channel, source, dates and the number of petitioner names; never the names or the subject. */
  @Override
  public String toString() {
    return "Petition{id=" + getId() + ", channel=" + getChannel() + ", source=" + getSource()
        + getPersons().map(persons -> ", persons=" + persons).orElse("")
        + ", petitioners=" + getPetitionerNames().size() + ", receivedDate=" + getReceivedDate()
        + getAcknowledgedDate().map(date -> ", acknowledgedDate=" + date).orElse("")
        + getAcceptedDate().map(date -> ", acceptedDate=" + date).orElse("")
        + getResolvedDate().map(date -> ", resolvedDate=" + date).orElse("")
        + getOutcome().map(outcome -> ", outcome=" + outcome).orElse("") + "}";
  }

  @Value.Check
  protected void check() {
    String record = "Petition " + getId();
    LocalDate received = getReceivedDate();
    Checks.require(getSource() != PetitionSource.DIRECT || getReferredById().isEmpty(), record,
        "referredById " + getReferredById().map(Object::toString).orElse("") + " must be absent for source "
            + getSource());
    Checks.require(getChannel() == PetitionChannel.VISIT || getPersons().isEmpty(), record,
        "persons " + getPersons().map(Object::toString).orElse("") + " is only for channel VISIT, but channel was "
            + getChannel());
    getPersons().ifPresent(persons -> Checks.require(persons > 0, record,
        "persons must be positive, but was " + persons));
    Checks.notBefore(record, "acknowledgedDate", getAcknowledgedDate(), "receivedDate", received);
    Checks.notBefore(record, "acceptedDate", getAcceptedDate(), "receivedDate", received);
    getForwarding().ifPresent(forwarding -> Checks.notBefore(record, "forwarding.date", forwarding.getDate(),
        "receivedDate", received));
    getExtension().ifPresent(extension -> Checks.notBefore(record, "extension.approvedDate",
        extension.getApprovedDate(), "receivedDate", received));
    Checks.notBefore(record, "resolvedDate", getResolvedDate(), "receivedDate", received);
    Checks.notBefore(record, "resolvedDate", getResolvedDate(), "acceptedDate", getAcceptedDate());
    Checks.notBefore(record, "replyDeliveredDate", getReplyDeliveredDate(), "receivedDate", received);
    Checks.notBefore(record, "replyDeliveredDate", getReplyDeliveredDate(), "resolvedDate", getResolvedDate());
    getReview().ifPresent(review -> {
      Checks.notBefore(record, "review.requestedDate", review.getRequestedDate(), "receivedDate", received);
      Checks.notBefore(record, "review.requestedDate", Optional.of(review.getRequestedDate()), "resolvedDate",
          getResolvedDate());
    });
    getReReview().ifPresent(reReview -> {
      Checks.require(getReview().isPresent(), record, "reReview requested on " + reReview.getRequestedDate()
          + " requires a review, but review was absent");
      getReview().ifPresent(review -> {
        Checks.notBefore(record, "reReview.requestedDate", reReview.getRequestedDate(), "review.requestedDate",
            review.getRequestedDate());
        Checks.notBefore(record, "reReview.requestedDate", Optional.of(reReview.getRequestedDate()),
            "review.decidedDate", review.getDecidedDate());
      });
    });
  }
}

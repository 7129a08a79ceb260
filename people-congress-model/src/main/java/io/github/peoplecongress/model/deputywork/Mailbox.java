package io.github.peoplecongress.model.deputywork;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.DeputyGroupId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.MailboxId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deputies' mailbox (代表信箱) set up for voters to write to their deputies, for example the mailbox at the XX
 * street liaison station, looked after by deputy group 3. Reports count "设立代表信箱 x 个": the mailboxes in place
 * in the year (set up on or before its end, not removed before its start).
 *
 * <p>A mailbox is standing data, not dated: it exists over a period, given by {@link #getSetUpDate()} and
 * {@link #getRemovedDate()}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableMailbox.class)
public abstract class Mailbox implements Identified<MailboxId> {

  /** @return the id, not null */
  @Override
  public abstract MailboxId getId();

  /** @return where the mailbox is, such as {@code "XX街道办事处一楼大厅"}, 1 to 200 characters */
  @NotBlank
  @Size(max = 200)
  public abstract String getLocation();

  /** @return the deputy group responsible for it */
  public abstract Optional<DeputyGroupId> getDeputyGroupId();

  /** @return the deputies responsible for answering its letters, each once */
  public abstract List<DeputyId> getDeputyIds();

  /** @return the date it was set up, if known */
  public abstract Optional<LocalDate> getSetUpDate();

  /** @return the date it was removed, if it was */
  public abstract Optional<LocalDate> getRemovedDate();

  /** @return the letters received per year, each year once */
  public abstract List<@Valid LetterCount> getLettersReceived();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableMailbox.Builder builder() {
    return ImmutableMailbox.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("deputyGroupId", getDeputyGroupId()).addAll("deputyIds", getDeputyIds()).build();
  }

  @Value.Check
  protected void check() {
    String record = "Mailbox " + getId();
    Checks.notBefore(record, "removedDate", getRemovedDate(), "setUpDate", getSetUpDate());
    Checks.distinct(record, "deputyIds", getDeputyIds());
    Checks.distinct(record, "lettersReceived years", getLettersReceived().stream().map(LetterCount::getYear).toList());
  }
}

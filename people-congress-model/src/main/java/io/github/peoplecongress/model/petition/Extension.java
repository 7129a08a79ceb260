package io.github.peoplecongress.model.petition;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An extension of a petition's handling period (延长办理期限), for example 30 days approved on 2019-05-20 because the
 * facts are complicated, with the petitioner told why. 信访工作条例 Art. 34: for complicated matters, with the
 * approval of the organ's head, by at most 30 days, and the petitioner is told the reason. The 30-day limit is
 * the rules module's: an extension of 45 days can be recorded.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableExtension.class)
public abstract class Extension implements HasReferences {

  /** @return the days added to the handling period, positive */
  public abstract int getDays();

  /** @return the date the extension was approved, not null */
  public abstract LocalDate getApprovedDate();

  /** @return the head who approved it (本机关、单位负责人) */
  public abstract Optional<PersonId> getApprovedById();

  /** @return the reason, such as {@code "情况复杂"}, up to 500 characters */
  @Value.Default
  public @Size(max = 500) String getReason() {
    return "";
  }

  /** @return whether the petitioner was told the reason (告知信访人延期理由), or empty if not recorded */
  public abstract Optional<Boolean> getPetitionerNotified();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableExtension.Builder builder() {
    return ImmutableExtension.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("approvedById", getApprovedById()).build();
  }

  @Value.Check
  protected void check() {
    Checks.require(getDays() > 0, "Extension", "days must be positive, but was " + getDays());
  }
}

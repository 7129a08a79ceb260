package io.github.peoplecongress.model.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An objection to the voter list (对选民名单的申诉) and what became of it (选举法 Art. 29: filed within five days
 * of publication, decided by the election committee within three days; a court action at least five days before
 * election day, judged before it). The objector's identity is not recorded.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableVoterListObjection.class)
public abstract class VoterListObjection {

  /** @return the date the objection was filed, not null */
  public abstract LocalDate getFiledDate();

  /** @return the date the election committee decided it */
  public abstract Optional<LocalDate> getDecidedDate();

  /** @return whether the objection was upheld (the list corrected) */
  public abstract Optional<Boolean> getUpheld();

  /** @return the date the objector went to court (向人民法院起诉) */
  public abstract Optional<LocalDate> getCourtFiledDate();

  /** @return the date of the court's judgment */
  public abstract Optional<LocalDate> getJudgmentDate();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableVoterListObjection.Builder builder() {
    return ImmutableVoterListObjection.builder();
  }

  @Value.Check
  protected void check() {
    String record = "VoterListObjection filed " + getFiledDate();
    Checks.notBefore(record, "decidedDate", getDecidedDate(), "filedDate", getFiledDate());
    Checks.notBefore(record, "courtFiledDate", getCourtFiledDate(), "decidedDate", getDecidedDate());
    Checks.notBefore(record, "courtFiledDate", getCourtFiledDate(), "filedDate", getFiledDate());
    Checks.notBefore(record, "judgmentDate", getJudgmentDate(), "courtFiledDate", getCourtFiledDate());
    Checks.require(getJudgmentDate().isEmpty() || getCourtFiledDate().isPresent(), record,
        "judgmentDate " + getJudgmentDate().map(Object::toString).orElse("") + " requires courtFiledDate");
  }
}

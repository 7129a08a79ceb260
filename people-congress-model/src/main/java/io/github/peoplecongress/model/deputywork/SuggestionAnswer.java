package io.github.peoplecongress.model.deputywork;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One written answer (书面答复) of a handling unit to a suggestion, for example the education bureau's answer of
 * 2019-06-10, class A. The answer deadline (three months from 交办, six for broad or difficult suggestions;
 * 代表法 2025 Art. 51(2), 2015 Art. 42) is read from {@link #getDate()}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSuggestionAnswer.class)
public abstract class SuggestionAnswer implements HasReferences {

  /** @return the date of the written answer (答复日期), not null */
  public abstract LocalDate getDate();

  /** @return the unit that answered, not null */
  public abstract OrganizationId getOrganizationId();

  /** @return the outcome category, not null */
  public abstract SuggestionOutcome getOutcome();

  /** @return the class letter as printed on the answer, where the local scheme differs, such as {@code "甲"} */
  public abstract Optional<@Size(min = 1, max = 16) String> getLocalClass();

  /** @return the answer's document number (答复文号), such as {@code "X教函〔2019〕12号"} */
  public abstract Optional<@Size(min = 1, max = 64) String> getDocumentNumber();

  /** @return whether the unit contacted the deputy before answering (与代表联系沟通, 代表法 2025 Art. 51(2)) */
  public abstract Optional<Boolean> getDeputyContacted();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableSuggestionAnswer.Builder builder() {
    return ImmutableSuggestionAnswer.builder();
  }

  @Override
  public List<Reference> references() {
    return References.builder().add("organizationId", getOrganizationId()).build();
  }
}

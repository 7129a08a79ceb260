package io.github.peoplecongress.model.personnel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person who swore at an oath ceremony (宣誓人), with the personnel action that made the oath due, for example
 * {@code OathTaker.of(PersonId.of("P-017"), PersonnelActionId.of("A-2019-031"))}.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOathTaker.class)
public abstract class OathTaker implements HasReferences {

  /** @return the person who swore, not null */
  public abstract PersonId getPersonId();

  /** @return the appointment (election, appointment …) after which the person swore, when known */
  public abstract Optional<PersonnelActionId> getPersonnelActionId();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableOathTaker.Builder builder() {
    return ImmutableOathTaker.builder();
  }

  /**
   * Obtains a swearer with the action that made the oath due.
   *
   * @param personId  the person, not null
   * @param personnelActionId  the action, not null
   * @return the swearer, not null
   */
  public static OathTaker of(PersonId personId, PersonnelActionId personnelActionId) {
    return builder().personId(personId).personnelActionId(personnelActionId).build();
  }

  /**
   * Obtains a swearer whose personnel action is not recorded.
   *
   * @param personId  the person, not null
   * @return the swearer, not null
   */
  public static OathTaker of(PersonId personId) {
    return builder().personId(personId).build();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("personId", getPersonId())
        .add("personnelActionId", getPersonnelActionId())
        .build();
  }
}

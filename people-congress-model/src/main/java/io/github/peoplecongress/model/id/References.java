package io.github.peoplecongress.model.id;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects a record's {@link Reference}s in field order, for {@link Identified#references()}:
 * <pre>
 * return References.builder()
 *     .add("meetingId", getMeetingId())
 *     .add("chairId", getChairId())          // an Optional: added only when present
 *     .addAll("memberIds", getMemberIds())   // fields memberIds[0], memberIds[1], …
 *     .build();
 * </pre>
 */
public final class References {
  private final List<Reference> references = new ArrayList<>();

  private References() {}

  /**
   * Starts an empty collection.
   *
   * @return a new builder, not null
   */
  public static References builder() {
    return new References();
  }

  /**
   * Adds a reference made elsewhere, such as one of a nested value {@linkplain Reference#under(String) seen from here}.
   *
   * @param reference  the reference, not null
   * @return this builder
   */
  public References add(Reference reference) {
    references.add(Objects.requireNonNull(reference, "reference"));
    return this;
  }

  /**
   * Adds a reference by field name.
   *
   * @param field  the JSON field, not null
   * @param id  the referenced id, not null
   * @return this builder
   */
  public References add(String field, RecordId id) {
    references.add(Reference.of(field, id));
    return this;
  }

  /**
   * Adds a reference if the id is present.
   *
   * @param field  the JSON field, not null
   * @param id  the optional id, not null
   * @return this builder
   */
  public References add(String field, Optional<? extends RecordId> id) {
    id.ifPresent(present -> add(field, present));
    return this;
  }

  /**
   * Adds one reference per id, with fields {@code field[0]}, {@code field[1]}, ….
   *
   * @param field  the JSON field of the array, not null
   * @param ids  the ids, not null
   * @return this builder
   */
  public References addAll(String field, Collection<? extends RecordId> ids) {
    int index = 0;
    for (RecordId id : ids) {
      references.add(Reference.of(field, index++, id));
    }
    return this;
  }

  /**
   * Adds the references of nested values, with fields {@code field[i].nested}.
   *
   * @param field  the JSON field of the array, not null
   * @param values  the nested values, not null
   * @return this builder
   */
  public References addNested(String field, Collection<? extends HasReferences> values) {
    int index = 0;
    for (HasReferences value : values) {
      for (Reference reference : value.references()) {
        references.add(reference.under(field, index));
      }
      index++;
    }
    return this;
  }

  /**
   * Returns the collected references.
   *
   * @return an immutable list, not null
   */
  public List<Reference> build() {
    return List.copyOf(references);
  }
}

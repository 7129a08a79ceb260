package io.github.peoplecongress.model.id;

import java.util.Objects;

/**
 * One reference from a record to another record by id, with the JSON field it sits in, for example
 * {@code Reference.of("chairId", PersonId.of("P-001"))}.
 *
 * <p>References are what {@code CommitteeRecords} resolves once when it checks referential integrity.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class Reference {
  private final String field;
  private final RecordId target;

  private Reference(String field, RecordId target) {
    this.field = Objects.requireNonNull(field, "field");
    this.target = Objects.requireNonNull(target, "target");
  }

  /**
   * Obtains a reference.
   *
   * @param field  the JSON field of the referring record, such as {@code "meetingId"} or {@code "memberIds[2]"}, not null
   * @param target  the referenced id, not null
   * @return the reference, not null
   */
  public static Reference of(String field, RecordId target) {
    return new Reference(field, target);
  }

  /**
   * Returns the JSON field of the referring record.
   *
   * @return the field, such as {@code "meetingId"}, not null
   */
  public String getField() {
    return field;
  }

  /**
   * Returns the referenced id.
   *
   * @return the id, not null
   */
  public RecordId getTarget() {
    return target;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Reference && ((Reference) other).field.equals(field)
        && ((Reference) other).target.equals(target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, target);
  }

  @Override
  public String toString() {
    return field + "=" + target;
  }
}

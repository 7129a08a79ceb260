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
  /** The path's first field; then an index when {@code index >= 0}; then the nested reference's path. */
  private final String head;
  private final int index;
  private final Reference nested;
  private final RecordId target;
  /** The whole path, written on first use: most references are resolved and never shown. */
  private String field;

  private Reference(String head, int index, Reference nested, RecordId target) {
    this.head = Objects.requireNonNull(head, "field");
    this.index = index;
    this.nested = nested;
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
    return new Reference(field, -1, null, target);
  }

  /**
   * Obtains a reference from an element of a list of ids, such as {@code memberIds[2]}.
   *
   * @param field  the JSON field of the list, not null
   * @param index  the element's index, not negative
   * @param target  the referenced id, not null
   * @return the reference, not null
   */
  public static Reference of(String field, int index, RecordId target) {
    if (index < 0) {
      throw new IllegalArgumentException("index " + index + " is negative");
    }
    return new Reference(field, index, null, target);
  }

  /**
   * Returns this reference as seen from the record that holds the value it was made in, such as
   * {@code vote.chairId} for {@code chairId} under {@code vote}.
   *
   * @param field  the JSON field holding the value, not null
   * @return the reference, not null
   */
  public Reference under(String field) {
    return new Reference(field, -1, this, target);
  }

  /**
   * Returns this reference as seen from the record that holds the value it was made in as an element of a list, such
   * as {@code attendance[3].memberId} for {@code memberId} in the fourth attendance.
   *
   * @param field  the JSON field of the list, not null
   * @param index  the element's index, not negative
   * @return the reference, not null
   */
  public Reference under(String field, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index " + index + " is negative");
    }
    return new Reference(field, index, this, target);
  }

  /**
   * Returns the JSON field of the referring record.
   *
   * @return the field, such as {@code "meetingId"}, not null
   */
  public String getField() {
    String path = field;
    if (path == null) {
      StringBuilder text = new StringBuilder(head);
      if (index >= 0) {
        text.append('[').append(index).append(']');
      }
      if (nested != null) {
        text.append('.').append(nested.getField());
      }
      path = text.toString();
      field = path; // a race only writes an equal string twice
    }
    return path;
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
    return other instanceof Reference && ((Reference) other).getField().equals(getField())
        && ((Reference) other).target.equals(target);
  }

  @Override
  public int hashCode() {
    return 31 * getField().hashCode() + target.hashCode();
  }

  @Override
  public String toString() {
    return getField() + "=" + target;
  }
}

package io.github.peoplecongress.model.id;

import java.util.List;

/**
 * A record with its own typed id, which may refer to other records by id.
 *
 * @param <I>  the id type
 */
public interface Identified<I extends RecordId> extends HasReferences {

  /**
   * Returns this record's id, unique across one committee's set of records.
   *
   * @return the id, not null
   */
  I getId();

  /**
   * Returns every id this record refers to, with the field it sits in, so that the aggregate can check that each
   * one exists. Not a JSON property.
   *
   * @return the references, in field order, not null
   */
  @Override
  default List<Reference> references() {
    return List.of();
  }
}

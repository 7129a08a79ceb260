package io.github.peoplecongress.model.id;

import java.util.List;

/**
 * A value that refers to records by id, such as one member's attendance at a meeting; records that hold such
 * values list their references with {@link References#addNested}.
 */
public interface HasReferences {

  /**
   * Returns every id this value refers to, with its field. Not a JSON property.
   *
   * @return the references, not null
   */
  List<Reference> references();
}

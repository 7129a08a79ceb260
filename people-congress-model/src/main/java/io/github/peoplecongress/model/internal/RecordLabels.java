package io.github.peoplecongress.model.internal;

import io.github.peoplecongress.model.id.Identified;

/** How problems name a record: its model type and its id, such as {@code "Meeting SC-2019-03"}. */
public final class RecordLabels {
  private RecordLabels() {}

  /**
   * Returns the model type's name of a record, without the generated {@code Immutable} prefix.
   *
   * @param record  the record, not null
   * @return the name, such as {@code "Meeting"}, not null
   */
  public static String typeName(Object record) {
    return record.getClass().getSimpleName().replaceFirst("^Immutable", "");
  }

  /**
   * Returns a record's label: its type and, for an identified record, its id.
   *
   * @param record  the record, not null
   * @return the label, such as {@code "Meeting SC-2019-03"} or {@code "Honour"}, not null
   */
  public static String of(Object record) {
    return record instanceof Identified<?> identified ? typeName(record) + " " + identified.getId()
        : typeName(record);
  }
}

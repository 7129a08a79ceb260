package io.github.peoplecongress.model.id;

import java.time.LocalDate;

/**
 * A record whose date places it in a period, for example the date of a meeting or the date a suggestion was
 * assigned (交办日期). Reporting counts a record in the period that holds this date, and a check over a period reports
 * on the records whose date lies in it.
 */
public interface Dated {

  /**
   * Returns the date that places this record in a period. Not a JSON property.
   *
   * @return the date, not null
   */
  LocalDate recordDate();
}

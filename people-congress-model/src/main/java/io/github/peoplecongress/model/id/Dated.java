package io.github.peoplecongress.model.id;

import java.time.LocalDate;

/**
 * A record whose date places it in a calendar year, for example the date of a meeting or the date a suggestion was
 * assigned (交办日期). Reporting counts a record in the year of this date, and loading a committee year checks that
 * the date lies inside that year.
 */
public interface Dated {

  /**
   * Returns the date that places this record in a year. Not a JSON property.
   *
   * @return the date, not null
   */
  LocalDate recordDate();
}

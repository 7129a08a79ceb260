package io.github.peoplecongress.reporting.statistics;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.records.DateRange;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * Part of the mergeable state of {@link YearlyStatistics}: one work report heard, waiting to be placed in its period by
 * its meeting's date, which may be in another part of a split year. Hosts rarely need it; it is public so that
 * statistics round-trip through JSON.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableHeardReport.class)
public abstract class HeardReport {

  static final Comparator<HeardReport> ORDER = Comparator.comparing(HeardReport::getMeetingKey)
      .thenComparing(HeardReport::getHeardDate)
      .thenComparing(report -> report.getPeriod().toString())
      .thenComparing(HeardReport::isOrganReport)
      .thenComparing(HeardReport::isFiscalReport);

  /** @return the key of the meeting at which the report was heard (district code, year, meeting id), not null */
  public abstract String getMeetingKey();

  /** @return the date the report was heard, used when the meeting is not among the records, not null */
  public abstract LocalDate getHeardDate();

  /** @return the period of the statistics the report came from: it counts when its meeting lies in it, not null */
  public abstract DateRange getPeriod();

  /** @return whether the reporting organ is the government, court or procuratorate ("一府两院") */
  public abstract boolean isOrganReport();

  /** @return whether it is a plan, budget, final-accounts or audit report */
  public abstract boolean isFiscalReport();

  /**
   * Returns the one of two states of the same report that a merge keeps: the same in any order.
   *
   * @param a  one state, not null
   * @param b  the other, not null
   * @return the smaller in a fixed order, not null
   */
  static HeardReport pick(HeardReport a, HeardReport b) {
    return ORDER.compare(a, b) <= 0 ? a : b;
  }
}

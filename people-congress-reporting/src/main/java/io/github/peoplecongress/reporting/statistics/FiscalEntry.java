package io.github.peoplecongress.reporting.statistics;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * Part of the mergeable state of {@link YearlyStatistics}: one district-year's fiscal summary (民生支出 and 财政支出,
 * in yuan), kept once per district and year so that merging parts never counts it twice.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableFiscalEntry.class)
public abstract class FiscalEntry {

  private static final Comparator<FiscalEntry> ORDER = Comparator.comparing(FiscalEntry::getTotalExpenditure)
      .thenComparing(FiscalEntry::getLivelihoodExpenditure);

  /** @return the livelihood expenditure (民生支出) in yuan, not null */
  public abstract BigDecimal getLivelihoodExpenditure();

  /** @return the total expenditure (财政支出) in yuan, not null */
  public abstract BigDecimal getTotalExpenditure();

  /**
   * Obtains an entry.
   *
   * @param livelihood  the livelihood expenditure in yuan, not null
   * @param total  the total expenditure in yuan, not null
   * @return the entry, not null
   */
  public static FiscalEntry of(BigDecimal livelihood, BigDecimal total) {
    return ImmutableFiscalEntry.builder().livelihoodExpenditure(livelihood).totalExpenditure(total).build();
  }

  /**
   * Returns the entry a merge keeps when two parts disagree about the same district-year: the larger, so that the
   * result does not depend on order.
   *
   * @param a  one entry, not null
   * @param b  the other, not null
   * @return the larger in a fixed order, not null
   */
  static FiscalEntry pick(FiscalEntry a, FiscalEntry b) {
    return ORDER.compare(a, b) >= 0 ? a : b;
  }
}

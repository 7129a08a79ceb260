package io.github.peoplecongress.rules.parameter;

import io.github.peoplecongress.rules.law.Citation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parameter's values over time, for example the oath text: the 2015 text from 2016-01-01, the 2018 text from
 * 2018-03-12. Each entry holds from its date until the next entry; before the first entry there is no value.
 *
 * <pre>
 * DatedSeries&lt;Integer&gt; days = DatedSeries.of(LocalDate.of(2016, 1, 1), 30, "北京市宪法宣誓组织办法 第十三条");
 * days.valueOn(LocalDate.of(2019, 3, 2));   // Optional[30]
 * </pre>
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 *
 * @param <T>  the value type
 */
public final class DatedSeries<T> {
  private final List<Entry<T>> entries;

  private DatedSeries(List<Entry<T>> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * One value and the date from which it holds.
   *
   * @param <T>  the value type
   */
  public static final class Entry<T> {
    private final LocalDate from;
    private final T value;
    private final String reference;
    private final Citation citation;

    Entry(LocalDate from, T value, String reference, Citation citation) {
      this.from = Objects.requireNonNull(from, "from");
      this.value = value;
      this.reference = Objects.requireNonNull(reference, "reference");
      this.citation = citation;
    }

    /** @return the first day this entry holds, not null */
    public LocalDate getFrom() {
      return from;
    }

    /** @return the value, empty where the law sets none */
    public Optional<T> getValue() {
      return Optional.ofNullable(value);
    }

    /** @return the provision or decision the value comes from, not null */
    public String getReference() {
      return reference;
    }

    /** @return the typed citation of the provision, when the value comes from a cited provision */
    public Optional<Citation> getCitation() {
      return Optional.ofNullable(citation);
    }

    @Override
    public String toString() {
      return "from " + from + ": " + (value == null ? "none" : value) + " (" + reference + ")";
    }
  }

  /**
   * Starts a series with one value.
   *
   * @param <T>  the value type
   * @param from  the first day the value holds, not null
   * @param value  the value, not null
   * @param reference  the provision the value comes from, not null
   * @return the series, not null
   */
  public static <T> DatedSeries<T> of(LocalDate from, T value, String reference) {
    return new DatedSeries<>(List.of(new Entry<>(from, Objects.requireNonNull(value, "value"), reference, null)));
  }

  /**
   * Starts a series with one value from a cited provision.
   *
   * @param <T>  the value type
   * @param from  the first day the value holds, not null
   * @param value  the value, not null
   * @param citation  the provision the value comes from, not null
   * @return the series, not null
   */
  public static <T> DatedSeries<T> of(LocalDate from, T value, Citation citation) {
    return new DatedSeries<>(List.of(new Entry<>(from, Objects.requireNonNull(value, "value"),
        citation.referenceZh(), citation)));
  }

  /**
   * Starts a series in which the law sets no value from the given date, such as the national oath timing.
   *
   * @param <T>  the value type
   * @param from  the first day, not null
   * @param reference  why there is no value, not null
   * @return the series, not null
   */
  public static <T> DatedSeries<T> none(LocalDate from, String reference) {
    return new DatedSeries<>(List.of(new Entry<>(from, null, reference, null)));
  }

  /**
   * Returns a series with one more value from a later date.
   *
   * @param from  the first day, after every existing entry, not null
   * @param value  the value, not null
   * @param reference  the provision, not null
   * @return the longer series, not null
   * @throws IllegalArgumentException if {@code from} is not after the last entry
   */
  public DatedSeries<T> then(LocalDate from, T value, String reference) {
    return append(new Entry<>(from, Objects.requireNonNull(value, "value"), reference, null));
  }

  /**
   * Returns a series with one more value, from a cited provision, from a later date.
   *
   * @param from  the first day, after every existing entry, not null
   * @param value  the value, not null
   * @param citation  the provision, not null
   * @return the longer series, not null
   * @throws IllegalArgumentException if {@code from} is not after the last entry
   */
  public DatedSeries<T> then(LocalDate from, T value, Citation citation) {
    return append(new Entry<>(from, Objects.requireNonNull(value, "value"), citation.referenceZh(), citation));
  }

  /**
   * Returns a series in which the law sets no value from a later date.
   *
   * @param from  the first day, after every existing entry, not null
   * @param reference  why there is no value, not null
   * @return the longer series, not null
   * @throws IllegalArgumentException if {@code from} is not after the last entry
   */
  public DatedSeries<T> thenNone(LocalDate from, String reference) {
    return append(new Entry<>(from, null, reference, null));
  }

  private DatedSeries<T> append(Entry<T> entry) {
    LocalDate last = entries.get(entries.size() - 1).from;
    if (!entry.from.isAfter(last)) {
      throw new IllegalArgumentException("a dated series entry from " + entry.from + " must come after " + last);
    }
    List<Entry<T>> longer = new ArrayList<>(entries);
    longer.add(entry);
    return new DatedSeries<>(longer);
  }

  /**
   * Returns the entry in force on a date.
   *
   * @param date  the date of the fact, not null
   * @return the entry, empty before the first entry
   */
  public Optional<Entry<T>> entryOn(LocalDate date) {
    Entry<T> found = null;
    for (Entry<T> entry : entries) {
      if (entry.from.isAfter(date)) {
        break;
      }
      found = entry;
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns the value in force on a date.
   *
   * @param date  the date of the fact, not null
   * @return the value, empty before the first entry or where the law sets none
   */
  public Optional<T> valueOn(LocalDate date) {
    return entryOn(date).flatMap(Entry::getValue);
  }

  /** @return the entries in date order, not null */
  public List<Entry<T>> getEntries() {
    return entries;
  }

  @Override
  public String toString() {
    return entries.toString();
  }
}

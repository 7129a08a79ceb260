package io.github.peoplecongress.reporting.deputy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.id.DeputyId;
import java.time.Year;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One deputy's record of duty (代表履职档案) over one or more years — for example deputy {@code D-017} in 2019:
 * attended 2 committee meetings, 5 activities (2 视察, 1 向选民述职 …), proposed 3 suggestions and co-sponsored 4.
 *
 * <p>Attendance and suggestions are kept as sets of keys (year and record id), so a meeting recorded both as a
 * meeting's 列席 entry and as a deputy activity counts once, and records of several years merge without double
 * counting ({@link #merge(DeputyRecord)}).
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDeputyRecord.class)
public abstract class DeputyRecord {

  /** @return the deputy, not null */
  public abstract DeputyId getDeputyId();

  /** @return the deputy's name, when the person is among the records */
  public abstract Optional<String> getName();

  /** @return the years covered, not null */
  public abstract Set<Year> getYears();

  /** @return the standing-committee meetings attended without a vote (列席), as year/meeting-id keys, not null */
  public abstract Set<String> getMeetingsAttended();

  /** @return the number of activities taken part in, by kind; kinds without activities are absent, not null */
  public abstract Map<ActivityKind, Long> getActivities();

  /** @return the suggestions proposed as the leading deputy (领衔), as year/suggestion-id keys, not null */
  public abstract Set<String> getSuggestionsProposed();

  /** @return the suggestions co-sponsored (联名, not leading), as year/suggestion-id keys, not null */
  public abstract Set<String> getSuggestionsCoSponsored();

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static ImmutableDeputyRecord.Builder builder() {
    return ImmutableDeputyRecord.builder();
  }

  /**
   * Returns the number of standing-committee meetings attended (列席, 次).
   *
   * @return the count, not negative
   */
  public int meetingAttendances() {
    return getMeetingsAttended().size();
  }

  /**
   * Returns the number of activities of a kind.
   *
   * @param kind  the kind, not null
   * @return the count, not negative
   */
  public long activities(ActivityKind kind) {
    return getActivities().getOrDefault(kind, 0L);
  }

  /**
   * Returns the number of activities of all kinds.
   *
   * @return the count, not negative
   */
  public long totalActivities() {
    return getActivities().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the number of reports to voters (回选区向选民述职, 次).
   *
   * @return the count, not negative
   */
  public long reportsToVoters() {
    return activities(ActivityKind.REPORT_TO_VOTERS);
  }

  /**
   * Returns the number of suggestions proposed as leading deputy.
   *
   * @return the count, not negative
   */
  public int suggestionsProposed() {
    return getSuggestionsProposed().size();
  }

  /**
   * Returns the number of suggestions co-sponsored.
   *
   * @return the count, not negative
   */
  public int suggestionsCoSponsored() {
    return getSuggestionsCoSponsored().size();
  }

  /**
   * Merges this record with another record of the same deputy, such as the next year's: sets unite, counts add.
   *
   * @param other  the other record, not null
   * @return the merged record, not null
   * @throws IllegalArgumentException if the other record is of another deputy
   */
  public DeputyRecord merge(DeputyRecord other) {
    if (!other.getDeputyId().equals(getDeputyId())) {
      throw new IllegalArgumentException("Cannot merge the record of deputy " + getDeputyId()
          + " with the record of deputy " + other.getDeputyId());
    }
    Map<ActivityKind, Long> activities = new EnumMap<>(ActivityKind.class);
    activities.putAll(getActivities());
    other.getActivities().forEach((kind, count) -> activities.merge(kind, count, Long::sum));
    Optional<String> name = getName().isPresent() ? getName() : other.getName();
    if (getName().isPresent() && other.getName().isPresent() && other.getName().get().compareTo(getName().get()) < 0) {
      name = other.getName();
    }
    return builder().deputyId(getDeputyId()).name(name)
        .addAllYears(union(getYears(), other.getYears()))
        .addAllMeetingsAttended(union(getMeetingsAttended(), other.getMeetingsAttended()))
        .putAllActivities(activities)
        .addAllSuggestionsProposed(union(getSuggestionsProposed(), other.getSuggestionsProposed()))
        .addAllSuggestionsCoSponsored(union(getSuggestionsCoSponsored(), other.getSuggestionsCoSponsored()))
        .build();
  }

  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    Set<T> union = new HashSet<>(a);
    union.addAll(b);
    return union;
  }
}

package io.github.peoplecongress.reporting.deputy;

import io.github.peoplecongress.model.deputy.Deputy;
import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.person.Person;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.WorkPeriod;
import io.github.peoplecongress.reporting.internal.Tables;
import io.github.peoplecongress.reporting.metric.Language;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes per-deputy records (代表履职档案) over any period of a committee's records, such as a year or a term, in one pass over
 * the records, and renders them as tables.
 *
 * <pre>
 * Map&lt;DeputyId, DeputyRecord&gt; records = DeputyRecords.of(year2019);
 * records.get(DeputyId.of("D-017")).meetingAttendances();   // 2
 * </pre>
 *
 * <p>Definitions. 列席: a standing-committee meeting dated in the year whose non-voting attendees list the deputy,
 * or a deputy activity of kind {@code ATTEND_COMMITTEE_MEETING} naming the meeting; each meeting once. Activities:
 * deputy activities dated in the year that list the deputy, by kind. Suggestions: those whose record date (the
 * assigned date, else the submitted date) is in the year, merged ones included, as leading deputy or co-sponsor.
 *
 * <p>Implementation Requirements: this class is stateless and thread-safe.
 */
public final class DeputyRecords {

  private DeputyRecords() {}

  /**
   * Computes the record of every deputy over the latest calendar year of a set of records.
   *
   * @param records  the records, not null
   * @return the records by deputy id, sorted by id, not null
   */
  public static Map<DeputyId, DeputyRecord> of(CommitteeRecords records) {
    return of(records, WorkPeriod.latestYear(records));
  }

  /**
   * Computes the record of every deputy over a period, such as a term (届内履职档案): each deputy listed, and anyone
   * the records name, with what is dated in the period.
   *
   * @param year  the records, not null
   * @param period  the period, not null
   * @return the records by deputy id, sorted by id, not null
   */
  public static Map<DeputyId, DeputyRecord> of(CommitteeRecords year, WorkPeriod period) {
    DateRange days = period.resolve(year);
    Map<PersonId, String> names = new HashMap<>();
    for (Person person : year.getPeople()) {
      names.put(person.getId(), person.getName());
    }
    Map<DeputyId, Builder> builders = new TreeMap<>();
    String prefix = "";
    for (Deputy deputy : year.getDeputies()) {
      builders.computeIfAbsent(deputy.getId(), Builder::new).name = Optional.ofNullable(names.get(deputy.getPersonId()));
    }
    for (Meeting meeting : year.getMeetings()) {
      if (meeting.getKind() == MeetingKind.STANDING_COMMITTEE && days.contains(meeting.getDate())) {
        for (DeputyId id : meeting.nonVotingDeputies()) {
          builders.computeIfAbsent(id, Builder::new).meetings.add(prefix + meeting.getId().getValue());
        }
      }
    }
    for (DeputyActivity activity : year.getDeputyActivities()) {
      if (!days.contains(activity.getDate())) {
        continue;
      }
      for (DeputyId id : activity.getDeputyIds()) {
        Builder builder = builders.computeIfAbsent(id, Builder::new);
        builder.activities.merge(activity.getKind(), 1L, Long::sum);
        if (activity.getKind() == ActivityKind.ATTEND_COMMITTEE_MEETING) {
          builder.meetings.add(prefix + activity.getMeetingId().map(meeting -> meeting.getValue())
              .orElse("activity:" + activity.getId().getValue()));
        }
      }
    }
    for (Suggestion suggestion : year.getSuggestions()) {
      if (!days.contains(suggestion.recordDate())) {
        continue;
      }
      String key = prefix + suggestion.getId().getValue();
      builders.computeIfAbsent(suggestion.getProposerId(), Builder::new).proposed.add(key);
      for (DeputyId id : suggestion.getCoSponsorIds()) {
        builders.computeIfAbsent(id, Builder::new).coSponsored.add(key);
      }
    }
    Map<DeputyId, DeputyRecord> records = new TreeMap<>();
    builders.forEach((id, builder) -> records.put(id, builder.build(days)));
    return Collections.unmodifiableMap(records);
  }

  /**
   * Renders records as a Markdown table: deputy, name, 列席, activities, 视察/调研/执法检查, 述职, suggestions.
   *
   * @param records  the records, in the order to show, not null
   * @param language  the language of the header, not null
   * @return the table, ending with a newline, not null
   */
  public static String toMarkdown(Collection<DeputyRecord> records, Language language) {
    return Tables.markdown(List.of(header(language)), records.stream().map(r -> List.of(row(r))).toList());
  }

  /**
   * Renders records as CSV (RFC 4180, comma-separated, CRLF line ends), with a header row.
   *
   * @param records  the records, in the order to show, not null
   * @param language  the language of the header, not null
   * @return the CSV text, not null
   */
  public static String toCsv(Collection<DeputyRecord> records, Language language) {
    return Tables.csv(List.of(header(language)), records.stream().map(r -> List.of(row(r))).toList());
  }

  private static String[] header(Language language) {
    return language == Language.ZH
        ? new String[] {"代表", "姓名", "列席常委会会议(次)", "参加活动(次)", "执法检查、视察、调研(次)", "向选民述职(次)",
            "领衔建议(件)", "联名建议(件)"}
        : new String[] {"Deputy", "Name", "Committee meetings attended", "Activities",
            "Inspections, visits and surveys", "Reports to voters", "Suggestions proposed",
            "Suggestions co-sponsored"};
  }

  private static String[] row(DeputyRecord record) {
    long oversight = record.activities(ActivityKind.LAW_ENFORCEMENT_INSPECTION)
        + record.activities(ActivityKind.VISIT) + record.activities(ActivityKind.SURVEY);
    return new String[] {record.getDeputyId().getValue(), record.getName().orElse(""),
        Integer.toString(record.meetingAttendances()), Long.toString(record.totalActivities()),
        Long.toString(oversight), Long.toString(record.reportsToVoters()),
        Integer.toString(record.suggestionsProposed()), Integer.toString(record.suggestionsCoSponsored())};
  }

  /** Collects one deputy's record during the pass. */
  private static final class Builder {
    private final DeputyId id;
    private Optional<String> name = Optional.empty();
    private final Set<String> meetings = new HashSet<>();
    private final Map<ActivityKind, Long> activities = new EnumMap<>(ActivityKind.class);
    private final Set<String> proposed = new HashSet<>();
    private final Set<String> coSponsored = new HashSet<>();

    Builder(DeputyId id) {
      this.id = id;
    }

    DeputyRecord build(DateRange days) {
      return DeputyRecord.builder().deputyId(id).name(name).addAllYears(days.years().toList())
          .addAllMeetingsAttended(meetings).putAllActivities(activities)
          .addAllSuggestionsProposed(proposed).addAllSuggestionsCoSponsored(coSponsored).build();
    }
  }
}

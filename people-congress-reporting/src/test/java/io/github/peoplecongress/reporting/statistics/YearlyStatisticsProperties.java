package io.github.peoplecongress.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.deputywork.DeputyFeedback;
import io.github.peoplecongress.model.deputywork.SubmissionPeriod;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.deputywork.SuggestionAnswer;
import io.github.peoplecongress.model.deputywork.SuggestionOutcome;
import io.github.peoplecongress.model.id.ActivityId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.InspectionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.SuggestionId;
import io.github.peoplecongress.model.id.WorkReportId;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.meeting.NonVotingAttendance;
import io.github.peoplecongress.model.outreach.FiscalSummary;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.model.supervision.InspectedLaw;
import io.github.peoplecongress.model.supervision.InspectionMode;
import io.github.peoplecongress.model.supervision.LawEnforcementInspection;
import io.github.peoplecongress.model.supervision.LawLevel;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.reporting.Fixtures;
import io.github.peoplecongress.reporting.metric.Measure;
import io.github.peoplecongress.reporting.metric.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the statistics: splitting a year's records in any way and merging gives the same statistics; the
 * order of records does not matter; merging is a commutative monoid; rates stay within 0–100%.
 */
class YearlyStatisticsProperties {

  private static final int PARTS = 4;
  private static final String[] LAWS = {"《安全生产法》", "《中华人民共和国安全生产法》", "《食品安全法》", "《物业管理条例》"};

  @Test
  void splitting_the_fixture_year_and_merging_gives_the_whole() {
    List<Object> records = Fixtures.records();
    YearlyStatistics whole = YearlyStatistics.of(Fixtures.year2019());
    qt().withExamples(200).forAll(lists().of(integers().between(0, PARTS - 1)).ofSize(records.size()))
        .checkAssert(assignment -> {
          List<CommitteeRecords> parts = split(Fixtures::standing, records, assignment);
          YearlyStatistics merged = parts.stream().map(YearlyStatistics::of).collect(YearlyStatistics.merging());
          assertThat(merged).isEqualTo(whole);
          assertThat(merged.values()).isEqualTo(whole.values());
        });
  }

  @Test
  void splitting_a_random_year_and_merging_gives_the_whole() {
    qt().withExamples(200).forAll(longs().all(), lists().of(integers().between(0, PARTS - 1)).ofSize(120))
        .checkAssert((seed, assignment) -> {
          Random random = new Random(seed);
          List<Object> records = randomRecords(random);
          YearlyStatistics whole = YearlyStatistics.of(build(Fixtures::standing, records));
          // each part in its own arbitrary record order
          List<CommitteeRecords> parts = split(Fixtures::standing, records, assignment, random);
          YearlyStatistics merged = parts.stream().map(YearlyStatistics::of).collect(YearlyStatistics.merging());
          assertThat(merged.values()).isEqualTo(whole.values());
          assertThat(merged).isEqualTo(whole);
          // the parallel merge goes through Accumulator.combine
          assertThat(parts.parallelStream().map(YearlyStatistics::of).collect(YearlyStatistics.merging()))
              .isEqualTo(whole);
          // counting records, parts of one district's year are refused: they belong in one set of records
          assertThatThrownBy(() -> parts.parallelStream().collect(YearlyStatistics.collector()))
              .hasMessageContaining("overlap those already counted");
          // the property can tell: counting any non-empty part twice changes the result
          parts.stream().map(YearlyStatistics::of)
              .filter(part -> part.getCounts().values().stream().anyMatch(count -> count > 0)).findFirst()
              .ifPresent(part -> assertThat(merged.merge(part)).as("a part counted twice").isNotEqualTo(whole));
        });
  }

  @Test
  void record_order_does_not_matter() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<Object> records = new ArrayList<>(Fixtures.records());
      records.addAll(randomRecords(random));
      YearlyStatistics before = YearlyStatistics.of(build(Fixtures::standing, records));
      Collections.shuffle(records, random);
      assertThat(YearlyStatistics.of(build(Fixtures::standing, records))).isEqualTo(before);
    });
  }

  @Test
  void merging_is_commutative_and_associative_with_empty_as_identity() {
    qt().withExamples(100).forAll(longs().all(), lists().of(integers().between(0, 2)).ofSize(120))
        .checkAssert((seed, assignment) -> {
          List<CommitteeRecords> parts = split(Fixtures::standing, randomRecords(new Random(seed)), assignment);
          YearlyStatistics a = YearlyStatistics.of(parts.get(0));
          YearlyStatistics b = YearlyStatistics.of(parts.get(1));
          YearlyStatistics c = YearlyStatistics.of(parts.get(2));
          assertThat(a.merge(b)).isEqualTo(b.merge(a));
          assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
          assertThat(a.merge(YearlyStatistics.empty())).isEqualTo(a);
          YearlyStatistics twice = a.merge(a);
          for (Metric metric : Metric.values()) {
            Measure measure = metric.getMeasure();
            if (measure == Measure.DISTINCT || measure == Measure.TERM || measure == Measure.REPORTS) {
              assertThat(twice.value(metric)).as("%s: keyed state merged with itself counts once", metric)
                  .isEqualTo(a.value(metric));
            }
          }
        });
  }

  @Test
  void rates_stay_within_0_and_100_percent() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      YearlyStatistics stats = YearlyStatistics.of(build(Fixtures::standing, randomRecords(new Random(seed))));
      for (Metric metric : Metric.values()) {
        if (metric.getMeasure() == Measure.RATE) {
          stats.ratio(metric).ifPresent(ratio -> assertThat(ratio.getNumerator())
              .as("%s numerator %s within denominator", metric, ratio).isLessThanOrEqualTo(ratio.getDenominator()));
          stats.value(metric).getValue().ifPresent(percent -> assertThat(percent).as("%s", metric)
              .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
        }
      }
    });
  }

  @Test
  void a_district_year_counted_in_two_parts_keeps_its_fiscal_summary_once() {
    qt().withExamples(50).forAll(longs().between(1, 1_000_000_000L), longs().between(1, 1_000_000_000L))
        .checkAssert((livelihood, extra) -> {
          FiscalSummary summary = FiscalSummary.builder().year(Fixtures.YEAR)
              .livelihoodExpenditure(BigDecimal.valueOf(livelihood))
              .totalExpenditure(BigDecimal.valueOf(livelihood + extra)).build();
          CommitteeRecords part = ImmutableCommitteeRecords.copyOf(Fixtures.standing().build()).withFiscalSummaries(summary);
          YearlyStatistics once = YearlyStatistics.of(part);
          assertThat(once.merge(once).ratio(Metric.LIVELIHOOD_SHARE)).isEqualTo(once.ratio(Metric.LIVELIHOOD_SHARE));
        });
  }

  // ------------------------------------------------------------------------------------------------ helpers

  interface Standing {
    ImmutableCommitteeRecords.Builder get();
  }

  static List<CommitteeRecords> split(Standing standing, List<Object> records, List<Integer> assignment) {
    return split(standing, records, assignment, null);
  }

  /** Splits records into parts by assignment; with a random source, shuffles each part's records too. */
  static List<CommitteeRecords> split(Standing standing, List<Object> records, List<Integer> assignment,
      Random shuffle) {
    if (assignment.size() < records.size()) {
      throw new IllegalArgumentException("assignment of " + assignment.size() + " for " + records.size() + " records");
    }
    List<List<Object>> parts = new ArrayList<>();
    for (int i = 0; i < PARTS; i++) {
      parts.add(new ArrayList<>());
    }
    for (int i = 0; i < records.size(); i++) {
      parts.get(assignment.get(i)).add(records.get(i));
    }
    if (shuffle != null) {
      parts.forEach(part -> Collections.shuffle(part, shuffle));
    }
    return parts.stream().map(part -> build(standing, part)).toList();
  }

  static CommitteeRecords build(Standing standing, List<Object> records) {
    ImmutableCommitteeRecords.Builder builder = standing.get();
    Fixtures.addRecords(builder, records);
    return builder.build();
  }

  /**
   * Random meetings with deputies attending, reports, inspections of overlapping laws, deputy activities and
   * suggestions, some outside the year.
   */
  static List<Object> randomRecords(Random random) {
    List<Object> records = new ArrayList<>();
    int inspections = random.nextInt(5);
    for (int i = 0; i < inspections; i++) {
      var inspection = LawEnforcementInspection.builder().id(InspectionId.of("RI-" + i)).title("执法检查" + i)
          .mode(InspectionMode.values()[random.nextInt(InspectionMode.values().length)]).startDate(date(random));
      random.ints(1 + random.nextInt(3), 0, LAWS.length).distinct()
          .forEach(n -> inspection.addLaws(InspectedLaw.of(LAWS[n], LawLevel.LAW)));
      records.add(inspection.build());
    }
    int meetings = 1 + random.nextInt(5);
    for (int m = 0; m < meetings; m++) {
      var meeting = Meeting.builder().id(MeetingId.of("RM-" + m))
          .kind(random.nextInt(4) == 0 ? MeetingKind.DIRECTORS : MeetingKind.STANDING_COMMITTEE)
          .termNumber(16).number(100 + m).date(date(random));
      random.ints(random.nextInt(4), 1, 12).distinct()
          .forEach(n -> meeting.addNonVotingAttendance(NonVotingAttendance.deputy(DeputyId.of("D-" + n))));
      records.add(meeting.build());
    }
    int reports = random.nextInt(6);
    for (int r = 0; r < reports; r++) {
      records.add(WorkReport.builder().id(WorkReportId.of("RWR-" + r))
          .kind(WorkReportKind.values()[random.nextInt(WorkReportKind.values().length)])
          .organ(StateOrgan.values()[random.nextInt(StateOrgan.values().length)]).title("报告")
          .meetingId(MeetingId.of("RM-" + random.nextInt(meetings + 1))).date(date(random)).build());
    }
    int activities = random.nextInt(8);
    for (int a = 0; a < activities; a++) {
      var activity = DeputyActivity.builder().id(ActivityId.of("RA-" + a))
          .kind(ActivityKind.values()[random.nextInt(ActivityKind.values().length)]).date(date(random)).title("活动");
      random.ints(random.nextInt(5), 1, 12).distinct().forEach(n -> activity.addDeputyIds(DeputyId.of("D-" + n)));
      records.add(activity.build());
    }
    int suggestions = random.nextInt(10);
    for (int s = 0; s < suggestions; s++) {
      LocalDate assigned = date(random);
      var suggestion = Suggestion.builder().id(SuggestionId.of("RS-" + s)).number("R" + s).title("建议")
          .proposerId(DeputyId.of("D-" + (1 + random.nextInt(10)))).submittedDate(assigned.minusDays(5))
          .period(SubmissionPeriod.RECESS).assignedDate(assigned);
      if (s > 0 && random.nextInt(5) == 0) {
        suggestion.mergedIntoId(SuggestionId.of("RS-0"));
      }
      if (random.nextBoolean()) {
        suggestion.addAnswers(SuggestionAnswer.builder().date(assigned.plusDays(30))
            .organizationId(OrganizationId.of("ORG-A")).outcome(SuggestionOutcome.PLANNED).build());
      }
      if (random.nextBoolean()) {
        suggestion.closedDate(assigned.plusDays(60));
      }
      int feedback = random.nextInt(3);
      for (int f = 0; f < feedback; f++) {
        suggestion.addFeedback(DeputyFeedback.builder().date(assigned.plusDays(40 + f))
            .grade(SatisfactionGrade.values()[random.nextInt(3)]).build());
      }
      records.add(suggestion.build());
    }
    return records;
  }

  private static LocalDate date(Random random) {
    return random.nextInt(8) == 0 ? Fixtures.NEW_YEARS_EVE_2018 : LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365));
  }
}

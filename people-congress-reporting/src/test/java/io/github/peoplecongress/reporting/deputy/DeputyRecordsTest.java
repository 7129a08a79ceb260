package io.github.peoplecongress.reporting.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import io.github.peoplecongress.model.records.WorkPeriod;
import io.github.peoplecongress.reporting.Fixtures;
import io.github.peoplecongress.reporting.metric.Language;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeputyRecordsTest {

  private static final CommitteeRecords YEAR = Fixtures.year2019();
  private static final Map<DeputyId, DeputyRecord> RECORDS = DeputyRecords.of(YEAR);

  @Test
  void a_deputy_at_two_meetings_has_two_attendances() {
    DeputyRecord d1 = RECORDS.get(DeputyId.of("D-1"));
    assertThat(d1.meetingAttendances()).isEqualTo(2);
    assertThat(d1.activities(ActivityKind.VISIT)).isEqualTo(1);
    assertThat(d1.activities(ActivityKind.SURVEY)).isEqualTo(1);
    assertThat(d1.reportsToVoters()).isEqualTo(1);
    assertThat(d1.totalActivities()).isEqualTo(3);
    assertThat(d1.suggestionsProposed()).as("S-1; S-5 is of 2018").isEqualTo(1);
  }

  @Test
  void counts_proposals_and_co_sponsorships_apart() {
    DeputyRecord d3 = RECORDS.get(DeputyId.of("D-3"));
    assertThat(d3.suggestionsProposed()).as("S-3, merged but proposed").isEqualTo(1);
    assertThat(d3.suggestionsCoSponsored()).as("S-1").isEqualTo(1);
    assertThat(d3.meetingAttendances()).as("M-0 is of 2018-12-31").isZero();
  }

  @Test
  void covers_any_period_of_the_records() {
    CommitteeRecords twoYears = ImmutableCommitteeRecords.copyOf(YEAR)
        .withSpan(DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)));
    assertThat(DeputyRecords.of(twoYears).get(DeputyId.of("D-1")).meetingAttendances())
        .as("the latest year, 2020, has no meetings").isZero();
    DeputyRecord both = DeputyRecords.of(twoYears, WorkPeriod.parse("2019-01-01..2020-12-31")).get(DeputyId.of("D-1"));
    assertThat(both.getYears()).containsExactlyInAnyOrder(Year.of(2019), Year.of(2020));
    assertThat(both.meetingAttendances()).as("each 2019 meeting once").isEqualTo(2);
    assertThat(DeputyRecords.of(twoYears, WorkPeriod.year(2019)).get(DeputyId.of("D-1")).meetingAttendances())
        .isEqualTo(2);
  }

  @Test
  void refuses_to_merge_two_deputies() {
    assertThatThrownBy(() -> RECORDS.get(DeputyId.of("D-1")).merge(RECORDS.get(DeputyId.of("D-2"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("D-1").hasMessageContaining("D-2");
  }

  @Test
  void renders_tables() {
    String markdown = DeputyRecords.toMarkdown(RECORDS.values(), Language.ZH);
    assertThat(markdown).startsWith("| 代表 | 姓名 | 列席常委会会议(次) |").contains("| D-1 |  | 2 | 3 | 2 | 1 | 1 | 0 |");
    assertThat(DeputyRecords.toCsv(RECORDS.values(), Language.EN)).contains("\r\nD-1,,2,3,2,1,1,0\r\n");
  }
}

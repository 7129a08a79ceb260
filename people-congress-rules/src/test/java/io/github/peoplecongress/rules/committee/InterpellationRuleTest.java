package io.github.peoplecongress.rules.committee;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.meeting;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.InterpellationId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.supervision.Interpellation;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InterpellationRuleTest {
  private final InterpellationRule rule = new InterpellationRule();

  private static CommitteeRecords year(LocalDate meetingDay, LocalDate filed, boolean written, String meetingId,
      int... sponsors) {
    var b = Interpellation.builder().id(InterpellationId.of("IP-1")).targetOrgan(StateOrgan.GOVERNMENT)
        .written(written).questions("关于某事项的质询").meetingId(MeetingId.of(meetingId)).filedDate(filed);
    for (int s : sponsors) {
      b.addSponsorIds(Fixtures.member(s));
    }
    return yearOf(filed.getYear()).withMeetings(meeting("M-1", meetingDay).build()).withInterpellations(b.build());
  }

  @Test
  void three_members_in_writing_during_the_meeting() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 4, 26), true, "M-1", 7, 8, 9)))
        .isEmpty();
  }

  @Test
  void boundary_two_sponsors_and_a_non_member() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 4, 26), true, "M-1", 7, 8)))
        .singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
    var withOutsider = year(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 4, 26), true, "M-1", 7, 8, 99);
    assertThat(run(rule, withOutsider)).singleElement()
        .satisfies(f -> assertThat(f.getFoundZh()).isEqualTo("当日在任的组成人员联名2人（署名3人）"));
  }

  @Test
  void oral_or_outside_the_meeting_is_a_violation() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 4, 26), false, "M-1", 7, 8, 9)))
        .singleElement().satisfies(f -> assertThat(f.getFoundEn()).isEqualTo("not filed in writing"));
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 4, 27), true, "M-1", 7, 8, 9)))
        .singleElement().satisfies(f -> assertThat(f.getFoundZh()).isEqualTo("于2019-04-27提出"));
  }

  @Test
  void no_sponsors_recorded_is_cannot_tell_not_a_violation() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 4, 26), true, "M-1")))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("sponsorIds");
          assertThat(f.getFoundZh()).isEqualTo("未记录联名人");
        });
  }

  @Test
  void meeting_not_found_is_cannot_tell() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 4, 26), true, "M-9", 7, 8, 9)))
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("meetingId");
        });
  }

  @Test
  void effective_date_switch_2006_to_2024() {
    assertThat(run(rule, year(LocalDate.of(2024, 11, 7), LocalDate.of(2024, 11, 7), true, "M-1", 7, 8)))
        .singleElement().satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2006));
    assertThat(run(rule, year(LocalDate.of(2024, 11, 8), LocalDate.of(2024, 11, 8), true, "M-1", 7, 8)))
        .singleElement().satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2024));
  }

  @Test
  void golden_message() {
    var f = run(rule, year(LocalDate.of(2019, 4, 26), LocalDate.of(2019, 4, 26), true, "M-1", 7, 8)).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[COMM-003] 违反规定：质询案的提出（监督法（2006）第三十五条）Interpellation IP-1：应当由常委会组成人员3人以上联名提出，"
            + "实际当日在任的组成人员联名2人（署名2人）");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[COMM-003] violation: Filing an interpellation (Supervision Law (2006) Art. 35) at Interpellation IP-1: "
            + "expected at least 3 committee members jointly but found 2 members in office among 2 sponsors");
  }
}

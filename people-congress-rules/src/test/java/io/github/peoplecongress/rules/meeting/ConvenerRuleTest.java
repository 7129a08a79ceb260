package io.github.peoplecongress.rules.meeting;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.meeting;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConvenerRuleTest {
  private final ConvenerRule rule = new ConvenerRule();

  private static Meeting m(LocalDate date, int convener, int chair) {
    var b = meeting("M-1", date);
    if (convener > 0) {
      b.raw().convenerId(Fixtures.member(convener));
    }
    if (chair > 0) {
      b.raw().chairId(Fixtures.member(chair));
    }
    return b.build();
  }

  @Test
  void director_convenes_and_deputy_chairs() {
    assertThat(run(rule, yearOf(2023).withMeetings(m(LocalDate.of(2023, 4, 26), 1, 2)))).isEmpty();
  }

  @Test
  void member_convening_or_chairing_is_a_violation() {
    assertThat(run(rule, yearOf(2023).withMeetings(m(LocalDate.of(2023, 4, 26), 2, 1)))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
    assertThat(run(rule, yearOf(2023).withMeetings(m(LocalDate.of(2023, 4, 26), 1, 7)))).singleElement()
        .satisfies(f -> assertThat(f.getFoundZh()).isEqualTo("由委员P-007主持"));
  }

  @Test
  void chair_checked_from_2022_03_12_only() {
    assertThat(run(rule, yearOf(2022).withMeetings(m(LocalDate.of(2022, 3, 11), 1, 7)))).isEmpty();
    assertThat(run(rule, yearOf(2022).withMeetings(m(LocalDate.of(2022, 3, 12), 1, 7)))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.LOCAL_ORGANIC_LAW_2022));
  }

  @Test
  void missing_convener_and_chair_is_cannot_tell() {
    assertThat(run(rule, yearOf(2023).withMeetings(m(LocalDate.of(2023, 4, 26), 0, 0)))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("convenerId", "chairId");
        });
    assertThat(run(rule, yearOf(2019).withMeetings(m(LocalDate.of(2019, 4, 26), 0, 0)))).singleElement()
        .satisfies(f -> assertThat(f.getMissingFacts()).containsExactly("convenerId"));
  }

  @Test
  void golden_message() {
    var f = run(rule, yearOf(2023).withMeetings(m(LocalDate.of(2023, 4, 26), 2, 1))).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[MEET-005] 违反规定：常委会会议由主任召集并主持（地方组织法（2022）第五十一条第一款）Meeting M-1：应当由主任（或代理主任）召集，"
            + "实际由副主任P-002召集");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[MEET-005] violation: Committee meetings convened and chaired by the director (Local Organic Law (2022) "
            + "Art. 51(1)) at Meeting M-1: expected convened by the director (or the acting director) but found "
            + "convened by deputy director P-002");
  }
}

package io.github.peoplecongress.rules.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.deputywork.ActivityKind;
import io.github.peoplecongress.model.deputywork.DeputyActivity;
import io.github.peoplecongress.model.id.ActivityId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShortfallsTest {
  @Test
  void lists_every_deputy_with_progress_and_shortfalls() {
    CommitteeRecords year = ParticipationFixtures.year()
        .addDeputies(ParticipationFixtures.deputy("D-001").build(), ParticipationFixtures.deputy("D-002").build())
        .addMeetings(ParticipationFixtures.meetingWith("M-16-05", LocalDate.of(2019, 6, 27), "D-001"))
        .addDeputyActivities(DeputyActivity.builder().id(ActivityId.of("A-1"))
            .kind(ActivityKind.ATTEND_COMMITTEE_MEETING).date(LocalDate.of(2019, 6, 27)).title("列席第五次会议")
            .meetingId(MeetingId.of("M-16-05")).addDeputyIds(DeputyId.of("D-001")).build())
        .build();
    List<DeputyShortfall> list = ParticipationRules.shortfalls(
        Fixtures.context(year, JurisdictionProfile.national(), LocalDate.of(2019, 7, 1)));
    assertThat(list).hasSize(2);
    DeputyShortfall first = list.get(0);
    assertThat(first.deputyId()).isEqualTo(DeputyId.of("D-001"));
    assertThat(first.activities()).isEqualTo(1);  // the meeting and the activity recording it count once
    assertThat(first.periodEnded()).isFalse();
    assertThat(first.votersContacted()).isEqualTo(Optional.empty());
    assertThat(first.shortfalls()).containsExactly(DeputyShortfall.Target.REPORT_TO_VOTERS);
    assertThat(list.get(1).shortfalls()).containsExactly(DeputyShortfall.Target.TERM_PARTICIPATION,
        DeputyShortfall.Target.YEARLY_ACTIVITIES, DeputyShortfall.Target.REPORT_TO_VOTERS);
  }
}

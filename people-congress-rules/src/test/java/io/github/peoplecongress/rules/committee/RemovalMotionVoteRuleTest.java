package io.github.peoplecongress.rules.committee;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.meeting;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.RemovalMotionId;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.supervision.ProposerKind;
import io.github.peoplecongress.model.supervision.RemovalMotion;
import io.github.peoplecongress.model.vote.VoteTally;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RemovalMotionVoteRuleTest {
  private final RemovalMotionVoteRule rule = new RemovalMotionVoteRule();

  static CommitteeRecords year(LocalDate date, boolean secret, VoteTally vote) {
    var b = RemovalMotion.builder().id(RemovalMotionId.of("RM-1")).targetId(PersonId.of("P-900"))
        .proposer(ProposerKind.DIRECTORS).reasons("严重失职").filedDate(date).meetingId(MeetingId.of("M-1"))
        .secretBallot(secret).adopted(true);
    if (vote != null) {
      b.vote(vote);
    }
    return yearOf(date.getYear()).withMeetings(meeting("M-1", date).build()).withRemovalMotions(b.build());
  }

  @Test
  void secret_ballot_with_majority_of_all() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), true, VoteTally.of(20, 2, 0, 0)))).isEmpty();
  }

  @Test
  void boundary_14_and_13_votes() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), true, VoteTally.of(14, 0, 0, 0)))).isEmpty();
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), true, VoteTally.of(13, 0, 0, 0)))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void open_ballot_is_a_violation() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), false, VoteTally.of(20, 0, 0, 0)))).singleElement()
        .satisfies(f -> assertThat(f.getFoundEn()).isEqualTo("no secret ballot"));
  }

  @Test
  void adopted_without_tally_is_cannot_tell() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), true, null))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("vote");
    });
  }

  @Test
  void effective_date_switch() {
    assertThat(run(rule, year(LocalDate.of(2024, 11, 7), false, VoteTally.of(20, 0, 0, 0)))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2006));
    assertThat(run(rule, year(LocalDate.of(2024, 11, 8), false, VoteTally.of(20, 0, 0, 0)))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2024));
  }

  @Test
  void golden_message() {
    var f = run(rule, year(LocalDate.of(2019, 4, 26), false, VoteTally.of(20, 0, 0, 0))).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[COMM-006] 违反规定：撤职案无记名投票并以全体组成人员过半数通过（监督法（2006）第四十六条）RemovalMotion RM-1："
            + "应当采用无记名投票的方式表决，实际未采用无记名投票");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[COMM-006] violation: Removal motion: secret ballot, majority of all members (Supervision Law (2006) "
            + "Art. 46) at RemovalMotion RM-1: expected a vote by secret ballot but found no secret ballot");
  }
}

package io.github.peoplecongress.rules.committee;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.RemovalMotionId;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.supervision.ProposerKind;
import io.github.peoplecongress.model.supervision.RemovalMotion;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RemovalMotionProposalRuleTest {
  private final RemovalMotionProposalRule rule = new RemovalMotionProposalRule();

  static CommitteeRecords year(LocalDate date, ProposerKind proposer, StateOrgan organ, int signatories) {
    var b = RemovalMotion.builder().id(RemovalMotionId.of("RM-1")).targetId(PersonId.of("P-900"))
        .proposer(proposer).reasons("严重失职").filedDate(date).secretBallot(true).adopted(false);
    if (organ != null) {
      b.proposingOrgan(organ);
    }
    for (int n = 1; n <= signatories; n++) {
      b.addSponsorIds(Fixtures.member(6 + n));
    }
    return yearOf(date.getYear()).withRemovalMotions(b.build());
  }

  @Test
  void state_organ_or_directors_may_propose() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), ProposerKind.STATE_ORGAN, StateOrgan.GOVERNMENT, 0)))
        .isEmpty();
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), ProposerKind.DIRECTORS, null, 0))).isEmpty();
  }

  @Test
  void boundary_one_fifth() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), ProposerKind.MEMBERS, null, 6))).isEmpty();
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), ProposerKind.MEMBERS, null, 5))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void state_organ_not_named_is_cannot_tell() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), ProposerKind.STATE_ORGAN, null, 0))).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
          assertThat(f.getMissingFacts()).containsExactly("proposingOrgan");
        });
  }

  @Test
  void effective_date_switch() {
    assertThat(run(rule, year(LocalDate.of(2024, 11, 7), ProposerKind.MEMBERS, null, 5))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2006));
    assertThat(run(rule, year(LocalDate.of(2024, 11, 8), ProposerKind.MEMBERS, null, 5))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2024));
  }

  @Test
  void golden_message() {
    var f = run(rule, year(LocalDate.of(2025, 4, 25), ProposerKind.MEMBERS, null, 5)).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[COMM-005] 违反规定：撤职案的提出（监督法（2024）第六十一条）RemovalMotion RM-1：应当由一府一委两院、主任会议或者全体组成人员"
            + "（当日在任的组成人员27人）五分之一以上即至少6人书面联名提出，实际当日在任的组成人员联名5人");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[COMM-005] violation: Proposing a removal motion (Supervision Law (2024) Art. 61) at RemovalMotion RM-1: "
            + "expected by a state organ, the directors' meeting or at least one fifth of all 27 members "
            + "(MEMBERS_IN_OFFICE), i.e. 6, jointly in writing but found 5 members in office signed");
  }
}

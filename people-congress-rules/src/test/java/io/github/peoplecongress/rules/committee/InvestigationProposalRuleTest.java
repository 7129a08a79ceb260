package io.github.peoplecongress.rules.committee;

import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.run;
import static io.github.peoplecongress.rules.meeting.MeetingTestSupport.yearOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peoplecongress.model.id.InvestigationId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.supervision.ProposerKind;
import io.github.peoplecongress.model.supervision.SpecialInvestigation;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InvestigationProposalRuleTest {
  private final InvestigationProposalRule rule = new InvestigationProposalRule();

  static CommitteeRecords year(LocalDate date, ProposerKind proposer, int signatories) {
    var b = SpecialInvestigation.builder().id(InvestigationId.of("INV-1")).subject("某问题").proposer(proposer)
        .proposedDate(date).meetingId(MeetingId.of("M-1")).decidedDate(date).established(true);
    for (int n = 1; n <= signatories; n++) {
      b.addProposerIds(Fixtures.member(6 + n));
    }
    return yearOf(date.getYear()).withInvestigations(b.build());
  }

  @Test
  void directors_meeting_may_propose() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), ProposerKind.DIRECTORS, 0))).isEmpty();
  }

  @Test
  void boundary_one_fifth_of_27_is_6() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), ProposerKind.MEMBERS, 6))).isEmpty();
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), ProposerKind.MEMBERS, 5))).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.VIOLATION));
  }

  @Test
  void a_state_organ_may_not_propose() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), ProposerKind.STATE_ORGAN, 0))).hasSize(1);
  }

  @Test
  void members_without_signatories_is_cannot_tell() {
    assertThat(run(rule, year(LocalDate.of(2019, 4, 26), ProposerKind.MEMBERS, 0))).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(f.getMissingFacts()).containsExactly("proposerIds");
    });
  }

  @Test
  void effective_date_switch() {
    assertThat(run(rule, year(LocalDate.of(2024, 11, 7), ProposerKind.MEMBERS, 5))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2006));
    assertThat(run(rule, year(LocalDate.of(2024, 11, 8), ProposerKind.MEMBERS, 5))).singleElement()
        .satisfies(f -> assertThat(f.getCitation().getLaw()).isEqualTo(Laws.SUPERVISION_LAW_2024));
  }

  @Test
  void golden_message() {
    var f = run(rule, year(LocalDate.of(2019, 4, 26), ProposerKind.MEMBERS, 5)).get(0);
    assertThat(f.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "[COMM-004] 违反规定：特定问题调查的提议（监督法（2006）第四十条）SpecialInvestigation INV-1：应当由主任会议或者全体组成人员"
            + "（当日在任的组成人员27人）五分之一以上即至少6人书面联名提出，实际当日在任的组成人员联名5人");
    assertThat(f.describe(Locale.ENGLISH)).isEqualTo(
        "[COMM-004] violation: Proposing a special-question investigation (Supervision Law (2006) Art. 40) at "
            + "SpecialInvestigation INV-1: expected by the directors' meeting or at least one fifth of all 27 members "
            + "(MEMBERS_IN_OFFICE), i.e. 6, jointly in writing but found 5 members in office signed");
  }
}

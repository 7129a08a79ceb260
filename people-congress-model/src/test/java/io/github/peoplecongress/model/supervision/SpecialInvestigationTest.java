package io.github.peoplecongress.model.supervision;

import io.github.peoplecongress.model.testing.Json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.peoplecongress.model.id.DecisionId;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.InvestigationId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.vote.VoteTally;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpecialInvestigationTest {

  static SpecialInvestigation sample() {
    return SpecialInvestigation.builder()
        .id(InvestigationId.of("INV-2019-01"))
        .subject("城中村改造补偿资金使用问题")
        .proposer(ProposerKind.MEMBERS)
        .addProposerIds(PersonId.of("P-003"), PersonId.of("P-004"), PersonId.of("P-005"), PersonId.of("P-006"),
            PersonId.of("P-007"))
        .proposedDate(LocalDate.of(2019, 10, 20))
        .meetingId(MeetingId.of("M-16-06"))
        .decidedDate(LocalDate.of(2019, 10, 30))
        .vote(VoteTally.of(19, 2, 1, 0))
        .established(true)
        .chairId(PersonId.of("P-002"))
        .addCommitteeMemberIds(PersonId.of("P-002"), PersonId.of("P-008"))
        .addCommitteeDeputyIds(DeputyId.of("D-017"))
        .reportDate(LocalDate.of(2019, 12, 15))
        .reportMeetingId(MeetingId.of("M-16-08"))
        .decisionId(DecisionId.of("DEC-2019-12"))
        .build();
  }

  @Test
  void round_trips_through_json() {
    SpecialInvestigation investigation = sample();
    assertThat(Json.roundTrip(investigation, SpecialInvestigation.class)).isEqualTo(investigation);
  }

  @Test
  void lists_every_reference() {
    assertThat(sample().references()).hasSize(12).contains(
        Reference.of("proposerIds[4]", PersonId.of("P-007")),
        Reference.of("meetingId", MeetingId.of("M-16-06")),
        Reference.of("chairId", PersonId.of("P-002")),
        Reference.of("committeeMemberIds[1]", PersonId.of("P-008")),
        Reference.of("committeeDeputyIds[0]", DeputyId.of("D-017")),
        Reference.of("reportMeetingId", MeetingId.of("M-16-08")),
        Reference.of("decisionId", DecisionId.of("DEC-2019-12")));
    assertThat(sample().recordDate()).isEqualTo(LocalDate.of(2019, 10, 30));
  }

  @Test
  void rejects_a_decision_before_the_proposal() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableSpecialInvestigation.copyOf(sample()).withProposedDate(LocalDate.of(2019, 11, 1)))
        .withMessage("SpecialInvestigation INV-2019-01: decidedDate 2019-10-30 must not be before proposedDate"
            + " 2019-11-01");
  }

  @Test
  void rejects_a_report_before_the_decision() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableSpecialInvestigation.copyOf(sample()).withReportDate(LocalDate.of(2019, 10, 29)))
        .withMessage("SpecialInvestigation INV-2019-01: reportDate 2019-10-29 must not be before decidedDate"
            + " 2019-10-30");
  }

  @Test
  void rejects_duplicates() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableSpecialInvestigation.copyOf(sample()).withProposerIds(PersonId.of("P-1"),
            PersonId.of("P-1")))
        .withMessage("SpecialInvestigation INV-2019-01: proposerIds lists P-1 more than once");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableSpecialInvestigation.copyOf(sample()).withCommitteeMemberIds(PersonId.of("P-1"),
            PersonId.of("P-1")))
        .withMessage("SpecialInvestigation INV-2019-01: committeeMemberIds lists P-1 more than once");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImmutableSpecialInvestigation.copyOf(sample()).withCommitteeDeputyIds(DeputyId.of("D-1"),
            DeputyId.of("D-1")))
        .withMessage("SpecialInvestigation INV-2019-01: committeeDeputyIds lists D-1 more than once");
  }
}

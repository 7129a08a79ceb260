package io.github.peoplecongress.model.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.ElectionId;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.json.CongressJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ElectionTest {
  private static final ObjectMapper MAPPER = CongressJson.objectMapper();
  private static final PersonId A = PersonId.of("P-101");
  private static final PersonId B = PersonId.of("P-102");
  private static final PersonId C = PersonId.of("P-103");

  static ImmutableElection election() {
    return Election.builder()
        .id(ElectionId.of("E-2021-07"))
        .constituencyId(ConstituencyId.of("C-07"))
        .electionCommitteeId(OrganizationId.of("O-XJW"))
        .seats(2)
        .electionDay(LocalDate.of(2021, 11, 15))
        .voterListPublishedDate(LocalDate.of(2021, 10, 22))
        .registeredVoters(3200)
        .addObjections(VoterListObjection.builder().filedDate(LocalDate.of(2021, 10, 25))
            .decidedDate(LocalDate.of(2021, 10, 27)).upheld(true).build())
        .addNominations(Nomination.builder().candidateId(A).nominatedBy(NominatorType.PARTY_OR_ORGANIZATION)
                .organizationId(OrganizationId.of("O-PARTY")).date(LocalDate.of(2021, 10, 20)).build(),
            Nomination.builder().candidateId(C).nominatedBy(NominatorType.VOTERS).nominatorCount(12).build())
        .preliminaryListDate(LocalDate.of(2021, 10, 30))
        .formalListDate(LocalDate.of(2021, 11, 7))
        .addCandidates(CandidateResult.of(A, 1900, ElectionResult.ELECTED),
            CandidateResult.of(B, 1600, ElectionResult.ELECTED),
            CandidateResult.of(C, 1400, ElectionResult.NOT_ELECTED))
        .voted(3011)
        .ballotsIssued(3011)
        .ballotsReturned(3011)
        .validBallots(2987)
        .invalidBallots(24)
        .proxyVotes(120)
        .declaredValid(true)
        .resultAnnouncedDate(LocalDate.of(2021, 11, 16))
        .build();
  }

  @Test
  void round_trips_through_json() throws Exception {
    Election election = election();
    String json = MAPPER.writeValueAsString(election);
    assertThat(MAPPER.readValue(json, Election.class)).isEqualTo(election);
  }

  @Test
  void a_runoff_round_trips_and_names_its_first_round() throws Exception {
    Election runoff = Election.builder().id(ElectionId.of("E-2021-07-R")).kind(ElectionKind.RUNOFF)
        .runoffOf(ElectionId.of("E-2021-07")).constituencyId(ConstituencyId.of("C-07")).seats(1)
        .electionDay(LocalDate.of(2021, 11, 20)).registeredVoters(3200).voted(2600).ballotsIssued(2600)
        .ballotsReturned(2600).validBallots(2580).invalidBallots(20)
        .addCandidates(CandidateResult.of(B, 1300, ElectionResult.ELECTED),
            CandidateResult.of(C, 1200, ElectionResult.NOT_ELECTED))
        .build();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(runoff), Election.class)).isEqualTo(runoff);
    assertThat(runoff.references()).startsWith(Reference.of("runoffOf", ElectionId.of("E-2021-07")));
  }

  @Test
  void nested_values_round_trip_through_json() throws Exception {
    Election election = election();
    ElectionCommittee committee = ElectionCommittee.builder().organizationId(OrganizationId.of("O-XJW"))
        .appointedDate(LocalDate.of(2021, 8, 30)).meetingId(MeetingId.of("M-16-25")).chairId(PersonId.of("P-1"))
        .addMemberIds(PersonId.of("P-1"), PersonId.of("P-2")).build();
    CandidateResult writeIn = CandidateResult.builder().candidateId(PersonId.of("P-999")).formalCandidate(false)
        .votes(3).build();
    for (Object value : List.of(election.getObjections().get(0), election.getNominations().get(0),
        election.getNominations().get(1), election.getCandidates().get(0), writeIn, committee)) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(value), value.getClass())).isEqualTo(value);
    }
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(committee), ElectionCommittee.class)).isEqualTo(committee);
    assertThat(committee.recordDate()).isEqualTo(LocalDate.of(2021, 8, 30));
    assertThat(committee.references()).hasSize(5);
  }

  @Test
  void derives_elected_and_formal_candidates() {
    ImmutableElection election = election();
    assertThat(election.electedIds()).containsExactly(A, B);
    assertThat(election.formalCandidateCount()).isEqualTo(3);
    assertThat(election.withCandidates(CandidateResult.builder().candidateId(PersonId.of("P-999"))
        .formalCandidate(false).votes(3).build()).formalCandidateCount()).isZero();
    assertThat(election.recordDate()).isEqualTo(LocalDate.of(2021, 11, 15));
    assertThat(election.references()).contains(Reference.of("nominations[0].organizationId",
        OrganizationId.of("O-PARTY")), Reference.of("candidates[2].candidateId", C));
  }

  @Test
  void keeps_statutory_defects_representable() {
    // more ballots returned than voters (void, Art. 44), low turnout, too few candidates, a late voter list
    Election defective = election().withBallotsReturned(3100).withVoted(1500).withBallotsIssued(1500)
        .withCandidates(CandidateResult.of(A, 1400, ElectionResult.ELECTED))
        .withObjections(List.of()).withVoterListPublishedDate(LocalDate.of(2021, 11, 10));
    assertThat(defective.getBallotsReturned()).isGreaterThan(defective.getVoted());
  }

  @Test
  void rejects_no_seats() {
    assertThatThrownBy(() -> election().withSeats(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seats must be positive, but was 0");
  }

  @Test
  void rejects_a_runoff_without_its_first_round() {
    assertThatThrownBy(() -> election().withKind(ElectionKind.RUNOFF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("runoffOf is required for kind RUNOFF, but was absent");
  }

  @Test
  void rejects_a_general_election_following_another() {
    assertThatThrownBy(() -> election().withRunoffOf(ElectionId.of("E-X")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("runoffOf E-X must be absent for kind GENERAL");
  }

  @Test
  void rejects_a_runoff_of_itself() {
    assertThatThrownBy(() -> election().withKind(ElectionKind.RE_ELECTION).withRunoffOf(ElectionId.of("E-2021-07")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("runoffOf E-2021-07 must not be the election itself");
  }

  @Test
  void rejects_negative_counts() {
    assertThatThrownBy(() -> election().withBallotsIssued(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ballotsIssued must not be negative, but was -1");
    assertThatThrownBy(() -> election().withInvalidBallots(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalidBallots must not be negative, but was -2");
  }

  @Test
  void rejects_more_voters_than_registered_voters() {
    assertThatThrownBy(() -> election().withVoted(3201))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("voted 3201 must not exceed registeredVoters 3200");
  }

  @Test
  void rejects_valid_and_invalid_ballots_above_ballots_returned() {
    assertThatThrownBy(() -> election().withInvalidBallots(25))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validBallots + invalidBallots 3012 must not exceed ballotsReturned 3011");
  }

  @Test
  void rejects_more_proxy_votes_than_voters() {
    assertThatThrownBy(() -> election().withProxyVotes(3012))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("proxyVotes 3012 must not exceed voted 3011");
  }

  @Test
  void rejects_negative_proxy_votes() {
    assertThatThrownBy(() -> election().withProxyVotes(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("proxyVotes must not be negative, but was -1");
  }

  @Test
  void rejects_a_candidate_listed_twice() {
    assertThatThrownBy(() -> election().withCandidates(CandidateResult.of(A, 10, ElectionResult.ELECTED),
        CandidateResult.of(A, 11, ElectionResult.ELECTED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("candidates candidateIds lists P-101 more than once");
  }

  @Test
  void rejects_a_candidate_with_more_votes_than_valid_ballots() {
    assertThatThrownBy(() -> election().withCandidates(CandidateResult.of(A, 2988, ElectionResult.ELECTED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("candidates[0].votes 2988 must not exceed validBallots 2987");
  }

  @Test
  void rejects_more_votes_in_all_than_valid_ballots_times_seats() {
    assertThatThrownBy(() -> election().withCandidates(CandidateResult.of(A, 2987, ElectionResult.ELECTED),
        CandidateResult.of(B, 2987, ElectionResult.ELECTED), CandidateResult.of(C, 1, ElectionResult.NOT_ELECTED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum of candidates votes 5975 must not exceed validBallots * seats 5974");
  }

  @Test
  void rejects_a_formal_list_before_the_preliminary_list() {
    assertThatThrownBy(() -> election().withFormalListDate(LocalDate.of(2021, 10, 29)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("formalListDate 2021-10-29 must not be before preliminaryListDate 2021-10-30");
  }

  @Test
  void rejects_a_result_announced_before_election_day() {
    assertThatThrownBy(() -> election().withResultAnnouncedDate(LocalDate.of(2021, 11, 14)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resultAnnouncedDate 2021-11-14 must not be before electionDay 2021-11-15");
  }

  @Test
  void rejects_an_objection_before_the_voter_list() {
    assertThatThrownBy(() -> election().withObjections(VoterListObjection.builder()
        .filedDate(LocalDate.of(2021, 10, 21)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("objections[0].filedDate 2021-10-21 must not be before voterListPublishedDate 2021-10-22");
  }

  @Test
  void rejects_an_objection_decided_before_it_was_filed() {
    assertThatThrownBy(() -> VoterListObjection.builder().filedDate(LocalDate.of(2021, 10, 25))
        .decidedDate(LocalDate.of(2021, 10, 24)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decidedDate 2021-10-24 must not be before filedDate 2021-10-25");
  }

  @Test
  void rejects_a_court_action_before_the_decision() {
    assertThatThrownBy(() -> VoterListObjection.builder().filedDate(LocalDate.of(2021, 10, 25))
        .decidedDate(LocalDate.of(2021, 10, 27)).courtFiledDate(LocalDate.of(2021, 10, 26)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("courtFiledDate 2021-10-26 must not be before decidedDate 2021-10-27");
  }

  @Test
  void rejects_a_court_action_before_the_objection() {
    assertThatThrownBy(() -> VoterListObjection.builder().filedDate(LocalDate.of(2021, 10, 25))
        .courtFiledDate(LocalDate.of(2021, 10, 24)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("courtFiledDate 2021-10-24 must not be before filedDate 2021-10-25");
  }

  @Test
  void rejects_a_judgment_before_the_court_action() {
    assertThatThrownBy(() -> VoterListObjection.builder().filedDate(LocalDate.of(2021, 10, 25))
        .courtFiledDate(LocalDate.of(2021, 10, 30)).judgmentDate(LocalDate.of(2021, 10, 29)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("judgmentDate 2021-10-29 must not be before courtFiledDate 2021-10-30");
  }

  @Test
  void rejects_a_judgment_without_a_court_action() {
    assertThatThrownBy(() -> VoterListObjection.builder().filedDate(LocalDate.of(2021, 10, 25))
        .judgmentDate(LocalDate.of(2021, 11, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("judgmentDate 2021-11-01 requires courtFiledDate");
  }

  @Test
  void rejects_an_organisation_on_a_voters_nomination() {
    assertThatThrownBy(() -> Nomination.builder().candidateId(A).nominatedBy(NominatorType.VOTERS)
        .organizationId(OrganizationId.of("O-PARTY")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("organizationId O-PARTY is only for nominatedBy PARTY_OR_ORGANIZATION, but nominatedBy was VOTERS");
  }

  @Test
  void rejects_a_nominator_count_on_a_party_nomination() {
    assertThatThrownBy(() -> Nomination.builder().candidateId(A).nominatedBy(NominatorType.PARTY_OR_ORGANIZATION)
        .nominatorCount(10).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nominatorCount 10 is only for nominatedBy VOTERS, but nominatedBy was PARTY_OR_ORGANIZATION");
  }

  @Test
  void keeps_too_few_nominators_representable_but_rejects_a_negative_count() {
    assertThat(Nomination.builder().candidateId(A).nominatedBy(NominatorType.VOTERS).nominatorCount(3).build()
        .getNominatorCount()).contains(3);
    assertThatThrownBy(() -> Nomination.builder().candidateId(A).nominatedBy(NominatorType.VOTERS)
        .nominatorCount(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nominatorCount must not be negative, but was -1");
  }

  @Test
  void rejects_negative_votes() {
    assertThatThrownBy(() -> CandidateResult.of(A, -1, ElectionResult.NOT_ELECTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("votes must not be negative, but was -1");
  }

  @Test
  void rejects_an_election_committee_member_listed_twice() {
    assertThatThrownBy(() -> ElectionCommittee.builder().organizationId(OrganizationId.of("O-XJW"))
        .appointedDate(LocalDate.of(2021, 8, 30)).addMemberIds(PersonId.of("P-1"), PersonId.of("P-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("memberIds lists P-1 more than once");
  }

  @Test
  void rejects_an_election_committee_chair_who_is_not_a_member() {
    assertThatThrownBy(() -> ElectionCommittee.builder().organizationId(OrganizationId.of("O-XJW"))
        .appointedDate(LocalDate.of(2021, 8, 30)).chairId(PersonId.of("P-9")).addMemberIds(PersonId.of("P-1"))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("chairId P-9 must be among memberIds [P-1]");
  }

  @Test
  void defaults_to_a_general_election() {
    assertThat(election().getKind()).isEqualTo(ElectionKind.GENERAL);
    assertThat(election().withKind(ElectionKind.BY_ELECTION).getRunoffOf()).isEqualTo(Optional.empty());
  }

  @Test
  void passes_bean_validation_and_reports_a_format_violation() {
    jakarta.validation.Validator validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
    assertThat(validator.validate(election())).isEmpty();
    assertThat(validator.validate(election().withNote("x".repeat(2001)))).hasSize(1);
  }
}

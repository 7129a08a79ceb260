package io.github.peoplecongress.model.body;

import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.MembershipId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import java.time.LocalDate;

/** Test helper: sample standing data of a 17th district congress. */
final class Samples {
  static final LocalDate TERM_START = LocalDate.of(2017, 1, 10);
  static final LocalDate TERM_END = LocalDate.of(2022, 1, 12);

  private Samples() {}

  static ImmutableCommitteeMembership.Builder membership(String id, String person, CommitteeRole role,
      LocalDate start) {
    return CommitteeMembership.builder().id(MembershipId.of(id)).personId(PersonId.of(person)).role(role)
        .startDate(start);
  }

  static CommitteeMembership director() {
    return membership("M-001", "P-001", CommitteeRole.DIRECTOR, TERM_START).deputyId(DeputyId.of("D-001"))
        .startActionId(PersonnelActionId.of("PA-001")).build();
  }

  static CommitteeMembership deputyDirector() {
    return membership("M-002", "P-002", CommitteeRole.DEPUTY_DIRECTOR, TERM_START).deputyId(DeputyId.of("D-002"))
        .actingDirectorFrom(LocalDate.of(2019, 3, 1)).actingDirectorUntil(LocalDate.of(2019, 6, 28)).build();
  }

  static CommitteeMembership resignedMember() {
    return membership("M-003", "P-003", CommitteeRole.MEMBER, TERM_START).deputyId(DeputyId.of("D-003"))
        .endDate(LocalDate.of(2019, 4, 26)).endReason(MembershipEndReason.RESIGNED)
        .endActionId(PersonnelActionId.of("PA-017")).note("调任区政府工作部门").build();
  }

  static CommitteeMembership member() {
    return membership("M-004", "P-004", CommitteeRole.MEMBER, TERM_START).build();
  }

  static StandingCommittee committee() {
    return StandingCommittee.builder().size(27)
        .addMemberships(director(), deputyDirector(), resignedMember(), member()).build();
  }

  static CongressTerm term() {
    return CongressTerm.builder().number(17).startDate(TERM_START).endDate(TERM_END).deputySeats(230)
        .standingCommittee(committee()).build();
  }
}

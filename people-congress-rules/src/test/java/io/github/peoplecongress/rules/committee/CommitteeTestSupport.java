package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.ImmutableCommitteeMembership;
import io.github.peoplecongress.model.body.ImmutableCongressTerm;
import io.github.peoplecongress.model.body.ImmutableDistrict;
import io.github.peoplecongress.model.body.ImmutableStandingCommittee;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Helpers that reshape the fixture's term. */
final class CommitteeTestSupport {
  private CommitteeTestSupport() {}

  static ImmutableCommitteeRecords withSize(ImmutableCommitteeRecords year, int size) {
    return year.withTerms(ImmutableCongressTerm.copyOf(year.getTerms().get(0)).withStandingCommittee(
        ImmutableStandingCommittee.copyOf(year.getTerms().get(0).getStandingCommittee()).withSize(size)));
  }

  static ImmutableCommitteeRecords withPopulation(ImmutableCommitteeRecords year, Long population) {
    return year.withDistrict(population == null
        ? ImmutableDistrict.copyOf(year.getDistrict()).withPopulation(java.util.Optional.empty())
        : ImmutableDistrict.copyOf(year.getDistrict()).withPopulation(population));
  }

  static ImmutableCommitteeRecords termStarting(ImmutableCommitteeRecords year, LocalDate start) {
    List<CommitteeMembership> memberships = new ArrayList<>();
    for (CommitteeMembership m : year.getTerms().get(0).getStandingCommittee().getMemberships()) {
      memberships.add(ImmutableCommitteeMembership.copyOf(m).withStartDate(start));
    }
    return year.withTerms(ImmutableCongressTerm.copyOf(year.getTerms().get(0)).withStandingCommittee(
        ImmutableStandingCommittee.copyOf(year.getTerms().get(0).getStandingCommittee()).withMemberships(memberships))
        .withStartDate(start));
  }

  static ImmutableCommitteeRecords addMembership(ImmutableCommitteeRecords year, CommitteeMembership extra) {
    List<CommitteeMembership> memberships = new ArrayList<>(year.getTerms().get(0).getStandingCommittee().getMemberships());
    memberships.add(extra);
    return year.withTerms(ImmutableCongressTerm.copyOf(year.getTerms().get(0)).withStandingCommittee(
        ImmutableStandingCommittee.copyOf(year.getTerms().get(0).getStandingCommittee()).withMemberships(memberships)));
  }

  static ImmutableCommitteeRecords endMembership(ImmutableCommitteeRecords year, int member, LocalDate end) {
    List<CommitteeMembership> memberships = new ArrayList<>();
    for (CommitteeMembership m : year.getTerms().get(0).getStandingCommittee().getMemberships()) {
      memberships.add(m.getPersonId().equals(io.github.peoplecongress.rules.Fixtures.member(member))
          ? ImmutableCommitteeMembership.copyOf(m).withEndDate(end) : m);
    }
    return year.withTerms(ImmutableCongressTerm.copyOf(year.getTerms().get(0)).withStandingCommittee(
        ImmutableStandingCommittee.copyOf(year.getTerms().get(0).getStandingCommittee()).withMemberships(memberships)));
  }
}

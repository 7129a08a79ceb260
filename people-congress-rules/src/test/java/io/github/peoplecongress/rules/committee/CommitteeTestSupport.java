package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.ImmutableCommitteeMembership;
import io.github.peoplecongress.model.body.ImmutableCongressTerm;
import io.github.peoplecongress.model.body.ImmutableDistrict;
import io.github.peoplecongress.model.body.ImmutableStandingCommittee;
import io.github.peoplecongress.model.year.ImmutableCommitteeYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Helpers that reshape the fixture's term. */
final class CommitteeTestSupport {
  private CommitteeTestSupport() {}

  static ImmutableCommitteeYear withSize(ImmutableCommitteeYear year, int size) {
    return year.withTerm(ImmutableCongressTerm.copyOf(year.getTerm()).withStandingCommittee(
        ImmutableStandingCommittee.copyOf(year.getTerm().getStandingCommittee()).withSize(size)));
  }

  static ImmutableCommitteeYear withPopulation(ImmutableCommitteeYear year, Long population) {
    return year.withDistrict(population == null
        ? ImmutableDistrict.copyOf(year.getDistrict()).withPopulation(java.util.Optional.empty())
        : ImmutableDistrict.copyOf(year.getDistrict()).withPopulation(population));
  }

  static ImmutableCommitteeYear termStarting(ImmutableCommitteeYear year, LocalDate start) {
    List<CommitteeMembership> memberships = new ArrayList<>();
    for (CommitteeMembership m : year.getTerm().getStandingCommittee().getMemberships()) {
      memberships.add(ImmutableCommitteeMembership.copyOf(m).withStartDate(start));
    }
    return year.withTerm(ImmutableCongressTerm.copyOf(year.getTerm()).withStandingCommittee(
        ImmutableStandingCommittee.copyOf(year.getTerm().getStandingCommittee()).withMemberships(memberships))
        .withStartDate(start));
  }

  static ImmutableCommitteeYear addMembership(ImmutableCommitteeYear year, CommitteeMembership extra) {
    List<CommitteeMembership> memberships = new ArrayList<>(year.getTerm().getStandingCommittee().getMemberships());
    memberships.add(extra);
    return year.withTerm(ImmutableCongressTerm.copyOf(year.getTerm()).withStandingCommittee(
        ImmutableStandingCommittee.copyOf(year.getTerm().getStandingCommittee()).withMemberships(memberships)));
  }

  static ImmutableCommitteeYear endMembership(ImmutableCommitteeYear year, int member, LocalDate end) {
    List<CommitteeMembership> memberships = new ArrayList<>();
    for (CommitteeMembership m : year.getTerm().getStandingCommittee().getMemberships()) {
      memberships.add(m.getPersonId().equals(io.github.peoplecongress.rules.Fixtures.member(member))
          ? ImmutableCommitteeMembership.copyOf(m).withEndDate(end) : m);
    }
    return year.withTerm(ImmutableCongressTerm.copyOf(year.getTerm()).withStandingCommittee(
        ImmutableStandingCommittee.copyOf(year.getTerm().getStandingCommittee()).withMemberships(memberships)));
  }
}

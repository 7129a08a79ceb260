package io.github.peoplecongress.model.election;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.model.id.Dated;
import io.github.peoplecongress.model.id.ElectionId;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.OrganizationId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.id.References;
import io.github.peoplecongress.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One round of the direct election of deputies in one constituency (选区), for example constituency 7 electing two
 * deputies on 2021-11-15: 3,200 registered voters, 3,011 voted, 3,011 ballots returned, 2,987 valid and 24
 * invalid, three formal candidates with their votes.
 *
 * <p><b>Runoffs are separate elections.</b> A runoff for unfilled seats (另行选举, 选举法 Art. 45(4)–(5)), a revote
 * among tied candidates (Art. 45(3)) and a new election after a void round are each an {@code Election} of their
 * own kind, with {@link #getRunoffOf()} naming the round they follow: each has its own date, ballots and votes,
 * and the runoff threshold (a third of its ballots) is read from its own counts. {@link #getSeats()} of a runoff
 * is the number of seats left to fill.
 *
 * <p><b>What is checked here</b> is only what no count can be: negative numbers, more voters than registered
 * voters, valid plus invalid ballots above those returned, more proxy votes than voters, a candidate with more votes
 * than valid ballots, or more votes in all than valid ballots times seats. <b>What is kept representable</b> is
 * every statutory defect the rules module finds: more ballots returned than voters (the round is void, Art. 44),
 * a turnout of half or less (Art. 45(1)), too few or too many candidates (Art. 31), lists published late (Arts. 28,
 * 32), more elected than seats.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableElection.class)
public abstract class Election implements Identified<ElectionId>, Dated {

  /** @return the id, not null */
  @Override
  public abstract ElectionId getId();

  /** @return the kind of round, {@link ElectionKind#GENERAL} by default */
  @Value.Default
  public ElectionKind getKind() {
    return ElectionKind.GENERAL;
  }

  /**
   * Returns the earlier round this one decides: required for {@link ElectionKind#RUNOFF} and
   * {@link ElectionKind#REVOTE}, optional for {@link ElectionKind#RE_ELECTION}, absent otherwise.
   *
   * @return the earlier election, or empty
   */
  public abstract Optional<ElectionId> getRunoffOf();

  /** @return the constituency (选区), not null */
  public abstract ConstituencyId getConstituencyId();

  /** @return the election committee that presides (选举委员会) */
  public abstract Optional<OrganizationId> getElectionCommitteeId();

  /** @return the seats to fill in this round (应选代表名额), positive */
  public abstract int getSeats();

  /** @return the election day (选举日), not null */
  public abstract LocalDate getElectionDay();

  /** @return the date the voter list was published (选民名单公布, Art. 28: at least 20 days before) */
  public abstract Optional<LocalDate> getVoterListPublishedDate();

  /** @return the registered voters of the constituency (登记选民数), not negative */
  public abstract int getRegisteredVoters();

  /** @return the objections to the voter list (Art. 29) */
  public abstract List<@Valid VoterListObjection> getObjections();

  /** @return the nominations (Art. 30); a person may be nominated more than once */
  public abstract List<@Valid Nomination> getNominations();

  /** @return the date the preliminary candidate list was published (初步代表候选人名单, Art. 32: at least 15 days before) */
  public abstract Optional<LocalDate> getPreliminaryListDate();

  /** @return the date of the primary (预选), held when consultation did not settle the list (Art. 32) */
  public abstract Optional<LocalDate> getPrimaryDate();

  /** @return the date the formal candidate list was published (正式代表候选人名单, Art. 32: at least 7 days before) */
  public abstract Optional<LocalDate> getFormalListDate();

  /** @return the votes per person: the formal candidates, and anyone else who received votes; each person once */
  public abstract List<@Valid CandidateResult> getCandidates();

  /** @return the voters who voted (参加投票的选民数, 投票人数), including by proxy, not negative */
  public abstract int getVoted();

  /** @return the ballots issued (发出选票数), not negative */
  public abstract int getBallotsIssued();

  /** @return the ballots returned (收回选票数, 所投的票数), not negative; may exceed {@link #getVoted()} (void) */
  public abstract int getBallotsReturned();

  /** @return the valid ballots (有效票), not negative */
  public abstract int getValidBallots();

  /** @return the invalid ballots (无效票: more names marked than seats, Art. 44), not negative */
  public abstract int getInvalidBallots();

  /** @return the votes cast by proxy (委托投票, Art. 42), not negative */
  public abstract Optional<Integer> getProxyVotes();

  /** @return whether the election committee declared the result valid (Art. 11(6)) */
  public abstract Optional<Boolean> getDeclaredValid();

  /** @return the date the result was announced (公布当选代表名单) */
  public abstract Optional<LocalDate> getResultAnnouncedDate();

  /** @return a note, up to 2000 characters */
  @Value.Default
  public @Size(max = 2000) String getNote() {
    return "";
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableElection.Builder builder() {
    return ImmutableElection.builder();
  }

  /**
   * Returns the election day.
   *
   * @return the date, not null
   */
  @Override
  public LocalDate recordDate() {
    return getElectionDay();
  }

  /**
   * Returns the persons recorded as elected, in list order.
   *
   * @return the ids, not null
   */
  public List<PersonId> electedIds() {
    return getCandidates().stream().filter(c -> c.getResult().equals(Optional.of(ElectionResult.ELECTED)))
        .map(CandidateResult::getCandidateId).toList();
  }

  /**
   * Returns the number of formal candidates (正式代表候选人数), which Art. 31 compares with the seats.
   *
   * @return the count, not negative
   */
  public int formalCandidateCount() {
    return (int) getCandidates().stream().filter(CandidateResult::isFormalCandidate).count();
  }

  @Override
  public List<Reference> references() {
    return References.builder()
        .add("runoffOf", getRunoffOf())
        .add("constituencyId", getConstituencyId())
        .add("electionCommitteeId", getElectionCommitteeId())
        .addNested("nominations", getNominations())
        .addNested("candidates", getCandidates())
        .build();
  }

  @Value.Check
  protected void check() {
    String record = "Election " + getId();
    Checks.require(getSeats() > 0, record, "seats must be positive, but was " + getSeats());
    boolean needsRunoffOf = getKind() == ElectionKind.RUNOFF || getKind() == ElectionKind.REVOTE;
    boolean allowsRunoffOf = needsRunoffOf || getKind() == ElectionKind.RE_ELECTION;
    Checks.require(!needsRunoffOf || getRunoffOf().isPresent(), record,
        "runoffOf is required for kind " + getKind() + ", but was absent");
    Checks.require(allowsRunoffOf || getRunoffOf().isEmpty(), record,
        "runoffOf " + getRunoffOf().map(Object::toString).orElse("") + " must be absent for kind " + getKind());
    getRunoffOf().ifPresent(earlier -> Checks.require(!earlier.equals(getId()), record,
        "runoffOf " + earlier + " must not be the election itself"));
    Checks.notNegative(record, "registeredVoters", getRegisteredVoters());
    Checks.notNegative(record, "voted", getVoted());
    Checks.notNegative(record, "ballotsIssued", getBallotsIssued());
    Checks.notNegative(record, "ballotsReturned", getBallotsReturned());
    Checks.notNegative(record, "validBallots", getValidBallots());
    Checks.notNegative(record, "invalidBallots", getInvalidBallots());
    Checks.notMore(record, "voted", getVoted(), "registeredVoters", getRegisteredVoters());
    Checks.notMore(record, "validBallots + invalidBallots", (long) getValidBallots() + getInvalidBallots(),
        "ballotsReturned", getBallotsReturned());
    getProxyVotes().ifPresent(proxy -> {
      Checks.notNegative(record, "proxyVotes", proxy);
      Checks.notMore(record, "proxyVotes", proxy, "voted", getVoted());
    });
    Checks.distinct(record, "candidates candidateIds",
        getCandidates().stream().map(CandidateResult::getCandidateId).toList());
    long votes = 0;
    for (int i = 0; i < getCandidates().size(); i++) {
      int candidateVotes = getCandidates().get(i).getVotes();
      Checks.notMore(record, "candidates[" + i + "].votes", candidateVotes, "validBallots", getValidBallots());
      votes += candidateVotes;
    }
    Checks.notMore(record, "sum of candidates votes", votes, "validBallots * seats",
        (long) getValidBallots() * getSeats());
    Checks.notBefore(record, "formalListDate", getFormalListDate(), "preliminaryListDate", getPreliminaryListDate());
    Checks.notBefore(record, "resultAnnouncedDate", getResultAnnouncedDate(), "electionDay", getElectionDay());
    for (int i = 0; i < getObjections().size(); i++) {
      Checks.notBefore(record, "objections[" + i + "].filedDate", Optional.of(getObjections().get(i).getFiledDate()),
          "voterListPublishedDate", getVoterListPublishedDate());
    }
  }
}

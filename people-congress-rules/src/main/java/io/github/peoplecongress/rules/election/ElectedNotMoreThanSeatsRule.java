package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.election.CandidateResult;
import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.election.ElectionResult;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * ELEC-014 当选人数不得超过应选名额，以得票多的当选. 选举法第四十五条第三款 (statutes.md §5.4 gives only a paraphrase:
 * "If too many candidates pass 50%, those with the most votes win; a tie leads to a revote among the tied
 * candidates"; the citation quotes the 2020 text from memory, UNVERIFIED wording):
 * 「获得过半数选票的代表候选人的人数超过应选代表名额时，以得票多的当选。如遇票数相等不能确定当选人时，应当就票数相等的候选人再次投票，以得票多的当选。」
 *
 * <p>In every round (general election, by-election, runoff, tie revote, new election):
 * <ul>
 *   <li>no more persons are recorded as elected ({@code result = ELECTED}) than {@code seats}; when the excess is a
 *       tie for the last seat the finding names the tied persons, who need a revote;</li>
 *   <li>the elected are those with the most votes: no person recorded as not elected or tied who is a contender
 *       (in a majority round: more than half of the voters who voted, {@code 2 × votes > voted}; in a runoff or
 *       revote: anyone, since those are won by plurality) has as many votes as or more votes than an elected
 *       person. Equal votes at the cut mean 「票数相等不能确定当选人」: a revote, not an election.</li>
 * </ul>
 * Candidates without a result are unknown: when the elected plus the unknown exceed the seats the round is
 * "cannot tell" once election day has passed, naming {@code candidates[i].result}.
 */
public final class ElectedNotMoreThanSeatsRule extends ElectionRule {

  /** Creates the rule. */
  public ElectedNotMoreThanSeatsRule() {
    super("ELEC-014", "当选人数不超过应选名额，以得票多的当选", "No more elected than seats, the most votes winning",
        ElectionLaw.versions(45, 3, null, ElectionLaw.ART_45_3), List.of(),
        List.of("Applies to every kind of round: the elected (result ELECTED) must not outnumber the seats of that "
            + "round (for a runoff, the seats left to fill).",
            "「以得票多的当选」: an elected person must have more votes than every contender not elected; in general "
                + "elections, by-elections and new elections a contender is a person with more than half of the "
                + "voters who voted, in runoffs and revotes anyone who received votes.",
            "「票数相等不能确定当选人」: equal votes at the cut between an elected person and a contender not elected "
                + "is a violation; the tied persons should be marked TIE and revoted.",
            "A candidate without a result is unknown; if the unknown could push the elected above the seats, the "
                + "round is \"cannot tell\" after election day.",
            "The Chinese text of 第四十五条第三款 is quoted from memory (statutes.md has only a paraphrase): UNVERIFIED "
                + "wording.", READING_2015));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Election election : context.getRecords().getElections()) {
      LocalDate day = election.getElectionDay();
      Optional<RuleVersion> version = versionOn(day, context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      Citation citation = version.get().getCitation();
      int seats = election.getSeats();
      List<CandidateResult> elected = new ArrayList<>();
      List<String> unknown = new ArrayList<>();
      List<CandidateResult> candidates = election.getCandidates();
      for (int i = 0; i < candidates.size(); i++) {
        Optional<ElectionResult> result = candidates.get(i).getResult();
        if (result.isEmpty()) {
          unknown.add("candidates[" + i + "].result");
        } else if (result.get() == ElectionResult.ELECTED) {
          elected.add(candidates.get(i));
        }
      }
      if (elected.size() > seats) {
        findings.add(tooMany(election, citation, elected));
      } else if (!elected.isEmpty()) {
        mostVotes(election, citation, elected).ifPresent(findings::add);
      }
      if (elected.size() <= seats && elected.size() + unknown.size() > seats && context.getAsOf().isAfter(day)) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(election), day)
            .expectedZh("应选" + seats + "名，当选不超过" + seats + "名")
            .foundZh("记为当选" + elected.size() + "名，另有" + unknown.size() + "人未记录选举结果")
            .expectedEn("at most " + seats + " elected for " + seats + " seat(s)")
            .foundEn(elected.size() + " recorded as elected and " + unknown.size() + " without a result")
            .addAllMissingFacts(unknown).build());
      }
    }
    return findings;
  }

  private Finding tooMany(Election election, Citation citation, List<CandidateResult> elected) {
    int seats = election.getSeats();
    List<CandidateResult> sorted = new ArrayList<>(elected);
    sorted.sort(Comparator.comparingInt(CandidateResult::getVotes).reversed());
    int cut = sorted.get(seats - 1).getVotes();
    boolean tie = sorted.get(seats).getVotes() == cut;
    String expectedZh = "应选" + seats + "名，当选不超过" + seats + "名，以得票多的当选";
    String expectedEn = "at most " + seats + " elected for " + seats + " seat(s), those with the most votes";
    if (tie) {
      String tied = sorted.stream().filter(c -> c.getVotes() == cut).map(c -> c.getCandidateId().toString())
          .collect(Collectors.joining("、"));
      expectedZh += "；" + tied + "得票均为" + cut + "票，不能确定当选人，应当就票数相等的候选人再次投票";
      expectedEn += "; " + tied.replace("、", ", ") + " tied at " + cut
          + " votes for the last seat(s), to be decided by a revote";
    }
    return finding(Severity.VIOLATION, citation, label(election), election.getElectionDay())
        .expectedZh(expectedZh)
        .foundZh("记为当选" + elected.size() + "名：" + elected.stream()
            .map(c -> c.getCandidateId() + "（" + c.getVotes() + "票）").collect(Collectors.joining("、")))
        .expectedEn(expectedEn)
        .foundEn(elected.size() + " recorded as elected: " + elected.stream()
            .map(c -> c.getCandidateId() + " (" + c.getVotes() + " votes)").collect(Collectors.joining(", ")))
        .build();
  }

  private Optional<Finding> mostVotes(Election election, Citation citation, List<CandidateResult> elected) {
    CandidateResult lowest = elected.stream().min(Comparator.comparingInt(CandidateResult::getVotes)).orElseThrow();
    boolean majority = MAJORITY.contains(election.getKind());
    CandidateResult best = null;
    for (CandidateResult c : election.getCandidates()) {
      ElectionResult result = c.getResult().orElse(ElectionResult.ELECTED);
      if (result == ElectionResult.ELECTED || (majority && 2L * c.getVotes() <= election.getVoted())) {
        continue;
      }
      if (best == null || c.getVotes() > best.getVotes()) {
        best = c;
      }
    }
    if (best == null || best.getVotes() < lowest.getVotes()) {
      return Optional.empty();
    }
    String low = lowest.getCandidateId().toString();
    String other = best.getCandidateId().toString();
    String resultZh = best.getResult().orElseThrow().getLabel();
    String resultEn = best.getResult().orElseThrow().name().toLowerCase().replace('_', ' ');
    boolean tie = best.getVotes() == lowest.getVotes();
    String expectedZh = tie
        ? low + "与" + other + "得票均为" + lowest.getVotes() + "票，不能确定当选人，应当就票数相等的候选人再次投票"
        : "以得票多的当选：" + other + "得" + best.getVotes() + "票，多于当选的" + low + "的" + lowest.getVotes() + "票";
    String expectedEn = tie
        ? low + " and " + other + " tied at " + lowest.getVotes() + " votes, to be decided by a revote"
        : "the most votes winning: " + other + " with " + best.getVotes() + " votes before " + low + " with "
            + lowest.getVotes();
    return Optional.of(finding(Severity.VIOLATION, citation, label(election), election.getElectionDay())
        .expectedZh(expectedZh)
        .foundZh(low + "（" + lowest.getVotes() + "票）记为当选，" + other + "（" + best.getVotes() + "票）记为" + resultZh)
        .expectedEn(expectedEn)
        .foundEn(low + " (" + lowest.getVotes() + " votes) recorded as elected and " + other + " ("
            + best.getVotes() + " votes) as " + resultEn)
        .build());
  }
}

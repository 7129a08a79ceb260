package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.election.CandidateResult;
import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.election.ElectionKind;
import io.github.peoplecongress.model.election.ElectionResult;
import io.github.peoplecongress.model.id.ElectionId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ELEC-015 另行选举的候选人名单. 选举法第四十五条第四款：
 * 「获得过半数选票的当选代表的人数少于应选代表的名额时，不足的名额另行选举。另行选举时，根据在第一次投票时得票多少的顺序，按照本法第三十一条规定的差额比例，确定候选人名单。如果只选一人，候选人应为二人。」
 * with 第三十一条第二款：「由选民直接选举人民代表大会代表的，代表候选人的人数应多于应选代表名额三分之一至一倍；……」
 *
 * <p>For each runoff ({@code kind = RUNOFF}) the round it follows is found through {@code runoffOf}. Checked:
 * <ul>
 *   <li>the number of formal candidates of the runoff is from {@code s + ⌈s/3⌉} to {@code 2s} for its {@code s}
 *       seats (the seats left to fill): exactly 2 for one seat, 3–4 for two;</li>
 *   <li>every formal candidate of the runoff was a formal candidate of the first round not elected there;</li>
 *   <li>they are taken in the order of first-round votes: no first-round candidate left out of the runoff has
 *       more votes than one taken in.</li>
 * </ul>
 * Readings: the ranking is among the first round's formal candidates not recorded as elected (persons who only
 * received write-in votes are not ranked); equal first-round votes at the cut may be taken in either order; the
 * count follows ELEC-005's reading of 「多于……三分之一至一倍」 (both ends included), and ELEC-005 leaves runoffs to
 * this rule. "Cannot tell": the round named by {@code runoffOf} is not in the year; the runoff has no formal
 * candidates after its election day ({@code candidates}); a first-round formal candidate has no result
 * ({@code candidates[i].result} of that round).
 */
public final class RunoffCandidateListRule extends ElectionRule {

  /** Creates the rule. */
  public RunoffCandidateListRule() {
    super("ELEC-015", "另行选举按第一次投票得票多少的顺序确定候选人", "Runoff candidates by first-round votes",
        ElectionLaw.versions(45, 4, null, ElectionLaw.ART_45_4), List.of(),
        List.of("The runoff's formal candidates number from seats + ceil(seats/3) to 2 × seats (第三十一条第二款 "
                + "applied by 第四十五条第四款), exactly two for one seat; ELEC-005 does not check runoffs.",
            "They must be formal candidates of the round named by runoffOf who were not elected there, taken in "
                + "the order of their first-round votes; equal votes at the cut may be taken either way.",
            "Persons who only received write-in votes in the first round are not ranked.",
            "A missing first round, missing runoff candidates or a first-round candidate without a result is "
                + "\"cannot tell\".", READING_2015));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    Map<ElectionId, Election> byId = new HashMap<>();
    for (Election election : context.getRecords().getElections()) {
      byId.put(election.getId(), election);
    }
    for (Election runoff : context.getRecords().getElections()) {
      if (runoff.getKind() != ElectionKind.RUNOFF || runoff.getRunoffOf().isEmpty()) {
        continue;
      }
      LocalDate day = runoff.getElectionDay();
      Optional<RuleVersion> version = versionOn(day, context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      check(context, runoff, byId.get(runoff.getRunoffOf().get()), version.get().getCitation(), findings);
    }
    return findings;
  }

  private void check(RuleContext context, Election runoff, Election first, Citation citation,
      List<Finding> findings) {
    LocalDate day = runoff.getElectionDay();
    ElectionId firstId = runoff.getRunoffOf().get();
    int seats = runoff.getSeats();
    int min = seats + (seats + 2) / 3;
    int max = 2 * seats;
    String range = min == max ? String.valueOf(min) : min + "至" + max;
    String rangeEn = min == max ? String.valueOf(min) : min + " to " + max;
    String expectedZh = "另行选举应选" + seats + "名，根据第一次投票" + firstId + "得票多少的顺序，从未当选的代表候选人中确定候选人"
        + range + "名";
    String expectedEn = rangeEn + " candidates for " + seats + " seat(s), the unelected candidates of the first "
        + "round " + firstId + " in the order of their votes";
    List<PersonId> taken = runoff.getCandidates().stream().filter(CandidateResult::isFormalCandidate)
        .map(CandidateResult::getCandidateId).toList();
    if (first == null) {
      findings.add(finding(Severity.CANNOT_TELL, citation, label(runoff), day).expectedZh(expectedZh)
          .foundZh("未见第一次投票" + firstId + "的记录").expectedEn(expectedEn)
          .foundEn("no record of the first round " + firstId).addMissingFacts("runoffOf").build());
      return;
    }
    if (taken.isEmpty()) {
      if (context.getAsOf().isAfter(day)) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(runoff), day).expectedZh(expectedZh)
            .foundZh("未记录另行选举的正式代表候选人").expectedEn(expectedEn)
            .foundEn("no formal candidates recorded for the runoff").addMissingFacts("candidates").build());
      }
      return;
    }
    if (taken.size() < min || taken.size() > max) {
      findings.add(finding(Severity.VIOLATION, citation, label(runoff), day).expectedZh(expectedZh)
          .foundZh("另行选举正式代表候选人" + taken.size() + "名").expectedEn(expectedEn)
          .foundEn(taken.size() + " formal candidates in the runoff").build());
    }
    Map<PersonId, Integer> unelected = new HashMap<>();
    List<String> noResult = new ArrayList<>();
    List<CandidateResult> firstCandidates = first.getCandidates();
    for (int i = 0; i < firstCandidates.size(); i++) {
      CandidateResult c = firstCandidates.get(i);
      if (!c.isFormalCandidate()) {
        continue;
      }
      if (c.getResult().isEmpty()) {
        noResult.add("candidates[" + i + "].result");
      } else if (c.getResult().get() != ElectionResult.ELECTED) {
        unelected.put(c.getCandidateId(), c.getVotes());
      }
    }
    if (!noResult.isEmpty()) {
      findings.add(finding(Severity.CANNOT_TELL, citation, label(runoff), day).expectedZh(expectedZh)
          .foundZh("第一次投票" + firstId + "有" + noResult.size() + "名代表候选人未记录选举结果").expectedEn(expectedEn)
          .foundEn(noResult.size() + " candidate(s) of the first round " + firstId + " without a result")
          .addAllMissingFacts(noResult).build());
      return;
    }
    Set<PersonId> takenSet = new HashSet<>(taken);
    List<String> strangers = taken.stream().filter(p -> !unelected.containsKey(p)).map(PersonId::toString).toList();
    if (!strangers.isEmpty()) {
      String names = String.join("、", strangers);
      findings.add(finding(Severity.VIOLATION, citation, label(runoff), day).expectedZh(expectedZh)
          .foundZh(names + "不是第一次投票" + firstId + "中未当选的代表候选人").expectedEn(expectedEn)
          .foundEn(String.join(", ", strangers) + " not among the unelected candidates of the first round " + firstId)
          .build());
    }
    PersonId lowest = null;
    for (PersonId p : taken) {
      if (unelected.containsKey(p) && (lowest == null || unelected.get(p) < unelected.get(lowest))) {
        lowest = p;
      }
    }
    int maxLeftOut = -1;
    for (Map.Entry<PersonId, Integer> e : unelected.entrySet()) {
      if (!takenSet.contains(e.getKey())) {
        maxLeftOut = Math.max(maxLeftOut, e.getValue());
      }
    }
    if (lowest != null && maxLeftOut > unelected.get(lowest)) {
      PersonId low = lowest;
      int lowVotes = unelected.get(low);
      List<PersonId> passedOver = unelected.entrySet().stream()
          .filter(e -> !takenSet.contains(e.getKey()) && e.getValue() > lowVotes)
          .sorted(Map.Entry.<PersonId, Integer>comparingByValue().reversed()
              .thenComparing(e -> e.getKey().toString()))
          .map(Map.Entry::getKey).toList();
      findings.add(finding(Severity.VIOLATION, citation, label(runoff), day).expectedZh(expectedZh)
          .foundZh("列入" + low + "（第一次投票" + unelected.get(low) + "票），未列入得票更多的"
              + passedOver.stream().map(p -> p + "（" + unelected.get(p) + "票）").collect(Collectors.joining("、")))
          .expectedEn(expectedEn)
          .foundEn(low + " (" + unelected.get(low) + " first-round votes) taken, but not "
              + passedOver.stream().map(p -> p + " (" + unelected.get(p) + " votes)").collect(Collectors.joining(", ")))
          .build());
    }
  }
}

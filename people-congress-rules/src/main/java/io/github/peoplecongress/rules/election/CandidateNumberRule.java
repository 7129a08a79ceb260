package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.election.ElectionKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ELEC-005 差额选举：代表候选人人数多于应选名额三分之一至一倍. 选举法第三十一条第二款：
 * 「由选民直接选举人民代表大会代表的，代表候选人的人数应多于应选代表名额三分之一至一倍；……」
 *
 * <p>With {@code s} seats the formal candidates must number from {@code s + ⌈s/3⌉} to {@code 2s}: 2 for one seat,
 * 3–4 for two, 4–6 for three. Readings: 「多于……三分之一」 includes exactly a third more; the count is that of the
 * formal candidates ({@code isFormalCandidate}), not of persons who received write-in votes. Checked for general
 * elections and new elections; runoffs (第四十五条第四款) are checked by {@link RunoffCandidateListRule} (ELEC-015);
 * by-elections are exempt (选举法第五十七条 allows as many candidates as seats, from memory, UNVERIFIED), and tie revotes are among the tied candidates (第四十五条第三款). A round with
 * no formal candidates recorded is "cannot tell" once election day has passed.
 */
public final class CandidateNumberRule extends ElectionRule {

  private static final Set<ElectionKind> KINDS = EnumSet.of(ElectionKind.GENERAL, ElectionKind.RE_ELECTION);

  /** Creates the rule. */
  public CandidateNumberRule() {
    super("ELEC-005", "差额选举候选人人数", "Number of candidates in a contested election",
        ElectionLaw.versions(31, 2, null, ElectionLaw.ART_31_2), List.of(),
        List.of("「多于应选代表名额三分之一至一倍」: from seats + ceil(seats/3) to 2 × seats formal candidates, both ends "
            + "included.",
            "Runoffs follow the same ratio (第四十五条第四款) and are checked by ELEC-015, not here.",
            "By-elections (补选) are exempt: 第五十七条 lets the candidates equal the seats (UNVERIFIED quote).",
            READING_2015));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Election election : context.getRecords().getElections()) {
      if (!KINDS.contains(election.getKind())) {
        continue;
      }
      LocalDate day = election.getElectionDay();
      Optional<RuleVersion> version = versionOn(day, context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      Citation citation = version.get().getCitation();
      int seats = election.getSeats();
      int min = seats + (seats + 2) / 3;
      int max = 2 * seats;
      int candidates = election.formalCandidateCount();
      String range = min == max ? String.valueOf(min) : min + "至" + max;
      String rangeEn = min == max ? String.valueOf(min) : min + " to " + max;
      String expectedZh = "应选" + seats + "名，正式代表候选人" + range + "名（多于应选名额三分之一至一倍）";
      String expectedEn = rangeEn + " formal candidates for " + seats + " seat(s)"
          + " (one third to twice as many more than the seats)";
      if (candidates == 0) {
        if (context.getAsOf().isAfter(day)) {
          findings.add(finding(Severity.CANNOT_TELL, citation, label(election), day).expectedZh(expectedZh)
              .foundZh("未记录正式代表候选人").expectedEn(expectedEn).foundEn("no formal candidates recorded")
              .addMissingFacts("candidates").build());
        }
      } else if (candidates < min || candidates > max) {
        findings.add(finding(Severity.VIOLATION, citation, label(election), day).expectedZh(expectedZh)
            .foundZh("正式代表候选人" + candidates + "名").expectedEn(expectedEn)
            .foundEn(candidates + " formal candidates").build());
      }
    }
    return findings;
  }
}

package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * COMM-002 在任组成人员不超过本届名额 — the members in office never exceed the size fixed for the term.
 *
 * <p>地方组织法（2022）第四十七条第五款：「……每届人民代表大会常务委员会组成人员的名额经确定后，在本届人民代表大会的任期内不再变动。」
 * (2015: the same content, numbering recalled as 第四十一条, UNVERIFIED.)
 *
 * <p>Readings: memberships are half-open (a member whose post ends on a day no longer counts that day, so a
 * successor elected the same day does not overlap). The count is swept once over the start and end dates; each day
 * of the year on which the count rises above the size starts one finding (dated that day, law in force that day).
 */
public final class MembersWithinSizeRule extends Rule {
  /** Creates the rule. */
  public MembersWithinSizeRule() {
    super("COMM-002", "在任组成人员不超过本届名额", "Members in office within the fixed size",
        List.of(RuleVersion.of(CommitteeParameters.ORGANIC_2015_FIXED),
            RuleVersion.of(CommitteeParameters.ORGANIC_2022_FIXED)),
        List.of(),
        List.of("Memberships are half-open: a member whose post ends on a day does not count that day.",
            "Each day of the period checked on which the count rises above the size starts one finding."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    context.getRecords().getTerms().forEach(term -> findings.addAll(evaluate(context, term)));
    return findings;
  }

  private List<Finding> evaluate(RuleContext context, CongressTerm term) {
    int size = term.getStandingCommittee().getSize();
    LocalDate first = context.getPeriod().getFrom();
    LocalDate last = context.getPeriod().getTo();
    TreeMap<LocalDate, Integer> changes = new TreeMap<>();
    for (CommitteeMembership m : term.getStandingCommittee().getMemberships()) {
      changes.merge(m.getStartDate(), 1, Integer::sum);
      m.getEndDate().ifPresent(end -> changes.merge(end, -1, Integer::sum));
    }
    term.getEndDate().ifPresent(end -> changes.putIfAbsent(end, 0));
    changes.putIfAbsent(first, 0);
    List<Finding> termFindings = new ArrayList<>();
    int count = 0;
    boolean over = false;
    for (var entry : changes.entrySet()) {
      count += entry.getValue();
      LocalDate day = entry.getKey();
      if (day.isAfter(last)) {
        break;
      }
      boolean nowOver = term.includes(day) && count > size;
      if (nowOver && !over && !day.isBefore(first) || nowOver && day.equals(first)) {
        Optional<RuleVersion> version = versionOn(day, context.getProfile());
        if (version.isPresent()) {
          termFindings.add(finding(Severity.VIOLATION, version.get().getCitation(), "CongressTerm " + term.getNumber(),
              day)
              .expectedZh("在任组成人员不超过本届名额" + size + "人")
              .foundZh(day + "在任" + count + "人")
              .expectedEn("no more members in office than the fixed size of " + size)
              .foundEn(count + " members in office on " + day).build());
        }
      }
      over = nowOver;
    }
    return termFindings;
  }
}

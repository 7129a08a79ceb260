package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.deputy.Constituency;
import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.id.ConstituencyId;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ELEC-007 每一选区选一名至三名代表. 选举法第二十五条第二款：「选区的大小，按照每一选区选一名至三名代表划分。」
 *
 * <p>Reading: a constituency has no date of its own; the law applied is the one in force on the earliest election
 * day recorded in it, else on the first session of its term when the records hold that term, else on the first day of
 * the records.
 */
public final class ConstituencySeatsRule extends ElectionRule {

  /** Creates the rule. */
  public ConstituencySeatsRule() {
    super("ELEC-007", "选区应选代表名额", "Seats per constituency",
        ElectionLaw.versions(25, 2, null, ElectionLaw.ART_25_2),
        List.of(ElectionParameters.MIN_SEATS, ElectionParameters.MAX_SEATS),
        List.of("The law applied is the one in force on the earliest election day in the constituency, else on the "
            + "first session of its term when recorded, else on the first day of the records.",
            READING_2015));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    Map<ConstituencyId, LocalDate> firstElection = new HashMap<>();
    for (Election election : context.getRecords().getElections()) {
      firstElection.merge(election.getConstituencyId(), election.getElectionDay(),
          (a, b) -> a.isBefore(b) ? a : b);
    }
    List<Finding> findings = new ArrayList<>();
    for (Constituency constituency : context.getRecords().getConstituencies()) {
      LocalDate date = firstElection.get(constituency.getId());
      if (date == null) {
        // no election recorded: the constituency serves its term, judged from the term's first day when recorded
        date = context.getRecords().term(constituency.getTermNumber()).map(CongressTerm::getStartDate)
            .orElse(context.getRecords().getSpan().getFrom());
      }
      Optional<RuleVersion> version = versionOn(date, context.getProfile());
      Optional<Integer> min = context.valueOn(ElectionParameters.MIN_SEATS, date);
      Optional<Integer> max = context.valueOn(ElectionParameters.MAX_SEATS, date);
      if (version.isEmpty() || min.isEmpty() || max.isEmpty()) {
        continue;
      }
      int seats = constituency.getSeats();
      if (seats < min.get() || seats > max.get()) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(constituency), date)
            .expectedZh("每一选区选" + min.get() + "名至" + max.get() + "名代表")
            .foundZh(constituency.getName() + "应选" + seats + "名")
            .expectedEn(min.get() + " to " + max.get() + " deputies per constituency")
            .foundEn(seats + " seats in " + constituency.getName()).build());
      }
    }
    return findings;
  }
}

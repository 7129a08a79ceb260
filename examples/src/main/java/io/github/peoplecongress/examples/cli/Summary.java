package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.records.CommitteeRecords;
import java.util.stream.Collectors;

/** One line describing what a set of records holds. */
final class Summary {
  private Summary() {}

  static String title(CommitteeRecords records, String period) {
    return records.getDistrict().getName() + " " + period;
  }

  static String of(CommitteeRecords records) {
    String terms = records.getTerms().stream().map(CongressTerm::getNumber).sorted().map(n -> "第" + n + "届")
        .collect(Collectors.joining("、"));
    return records.getDistrict().getName() + " " + (terms.isEmpty() ? "" : terms + " ") + records.getSpan() + ": "
        + records.memberships().size() + " memberships, "
        + records.getDeputies().size() + " deputies, " + records.getMeetings().size() + " meetings, "
        + records.getWorkReports().size() + " reports, " + records.getInspections().size() + " inspections, "
        + records.getDecisions().size() + " decisions, " + records.getPersonnelActions().size() + " personnel actions, "
        + records.getOathCeremonies().size() + " oath ceremonies, " + records.getAppraisals().size() + " appraisals, "
        + records.getDeputyActivities().size() + " deputy activities, " + records.getSuggestions().size()
        + " suggestions, " + records.getPetitions().size() + " petitions, " + records.getElections().size()
        + " elections";
  }
}

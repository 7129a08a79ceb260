package io.github.peoplecongress.examples.cli;

import io.github.peoplecongress.model.year.CommitteeYear;

/** One line describing what a committee year holds. */
final class Summary {
  private Summary() {}

  static String title(CommitteeYear year) {
    return year.getDistrict().getName() + " 第" + year.getTerm().getNumber() + "届 " + year.getYear();
  }

  static String of(CommitteeYear year) {
    return title(year) + ": "
        + year.getTerm().getStandingCommittee().getMemberships().size() + " memberships, "
        + year.getDeputies().size() + " deputies, " + year.getMeetings().size() + " meetings, "
        + year.getWorkReports().size() + " reports, " + year.getInspections().size() + " inspections, "
        + year.getDecisions().size() + " decisions, " + year.getPersonnelActions().size() + " personnel actions, "
        + year.getOathCeremonies().size() + " oath ceremonies, " + year.getAppraisals().size() + " appraisals, "
        + year.getDeputyActivities().size() + " deputy activities, " + year.getSuggestions().size() + " suggestions, "
        + year.getPetitions().size() + " petitions, " + year.getElections().size() + " elections";
  }
}

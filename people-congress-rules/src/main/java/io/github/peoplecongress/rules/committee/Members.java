package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.records.CommitteeRecords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every term's memberships by person, built once per evaluation. */
final class Members {
  private final Map<PersonId, List<CommitteeMembership>> byPerson = new HashMap<>();

  Members(CommitteeRecords year) {
    for (CommitteeMembership m : year.memberships()) {
      byPerson.computeIfAbsent(m.getPersonId(), k -> new ArrayList<>()).add(m);
    }
  }

  boolean inOffice(PersonId person, LocalDate date) {
    for (CommitteeMembership m : byPerson.getOrDefault(person, List.of())) {
      if (m.inOfficeOn(date)) {
        return true;
      }
    }
    return false;
  }

  int countInOffice(List<PersonId> people, LocalDate date) {
    int n = 0;
    for (PersonId person : people) {
      if (inOffice(person, date)) {
        n++;
      }
    }
    return n;
  }
}

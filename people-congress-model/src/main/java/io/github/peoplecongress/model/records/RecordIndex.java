package io.github.peoplecongress.model.records;

import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.id.HasReferences;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.id.RecordId;
import io.github.peoplecongress.model.id.Reference;
import io.github.peoplecongress.model.internal.RecordLabels;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.problem.ProblemKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every identified record of a {@link CommitteeRecords} by id, built in one pass, and the consistency problems found
 * while building it: ids unique across the whole set, every reference resolved. Lookups are constant time, so checks
 * over a set stay linear in its records.
 *
 * <p>Implementation Requirements: this class is immutable after construction and thread-safe.
 */
public final class RecordIndex {
  /** Every record by id, with where it is; the path is spelt out only when asked for. */
  private final Map<RecordId, Located> records = new HashMap<>();
  private final Map<Class<?>, String> sectionOfIdType = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  RecordIndex(CommitteeRecords year) {
    Map<String, List<?>> sections = sections(year);
    sections.forEach(this::collectIds);
    // a term refers to others only through its memberships, which are sections of their own
    sections.forEach(this::checkRecords);
  }

  /**
   * Returns the record lists of a set by JSON path, standing data first; each term's memberships count as a
   * section of their own.
   */
  static Map<String, List<?>> sections(CommitteeRecords year) {
    Map<String, List<?>> sections = new LinkedHashMap<>();
    List<CongressTerm> terms = year.getTerms();
    for (int i = 0; i < terms.size(); i++) {
      sections.put("terms[" + i + "].standingCommittee.memberships",
          terms.get(i).getStandingCommittee().getMemberships());
    }
    sections.put("people", year.getPeople());
    sections.put("organizations", year.getOrganizations());
    sections.put("deputies", year.getDeputies());
    sections.put("deputyGroups", year.getDeputyGroups());
    sections.put("constituencies", year.getConstituencies());
    sections.put("mailboxes", year.getMailboxes());
    sections.put("meetings", year.getMeetings());
    sections.put("workReports", year.getWorkReports());
    sections.put("inspections", year.getInspections());
    sections.put("opinions", year.getOpinions());
    sections.put("oversightActivities", year.getOversightActivities());
    sections.put("interpellations", year.getInterpellations());
    sections.put("investigations", year.getInvestigations());
    sections.put("removalMotions", year.getRemovalMotions());
    sections.put("filingReviews", year.getFilingReviews());
    sections.put("decisions", year.getDecisions());
    sections.put("personnelActions", year.getPersonnelActions());
    sections.put("exams", year.getExams());
    sections.put("oathCeremonies", year.getOathCeremonies());
    sections.put("assessorQuotas", year.getAssessorQuotas());
    sections.put("appraisals", year.getAppraisals());
    sections.put("deputyActivities", year.getDeputyActivities());
    sections.put("suggestions", year.getSuggestions());
    sections.put("petitions", year.getPetitions());
    sections.put("elections", year.getElections());
    sections.put("projects", year.getProjects());
    sections.put("leadershipAssignments", year.getLeadershipAssignments());
    sections.put("documents", year.getDocuments());
    sections.put("honours", year.getHonours());
    return sections;
  }

  private void collectIds(String section, List<?> list) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Identified) {
        Identified<?> record = (Identified<?>) list.get(i);
        sectionOfIdType.putIfAbsent(record.getId().getClass(), section);
        Located here = new Located(record, section, i);
        Located earlier = records.putIfAbsent(record.getId(), here);
        if (earlier != null) {
          problems.add(Problem.of(ProblemKind.INTEGRITY, here.path() + ".id",
              label(record), "an id not used by another record of the set",
              "\"" + record.getId() + "\" (also at " + earlier.path() + ")"));
        }
      }
    }
  }

  private void checkRecords(String section, List<?> list) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof HasReferences record) {
        checkReferences(section, i, record);
      }
    }
  }

  /** Checks one record's references; its path and label are spelt out only for a problem. */
  private void checkReferences(String section, int index, HasReferences record) {
    for (Reference reference : record.references()) {
      if (!records.containsKey(reference.getTarget())) {
        Class<?> idType = reference.getTarget().getClass();
        String targetSection = sectionOfIdType.getOrDefault(idType, idType.getSimpleName());
        problems.add(Problem.of(ProblemKind.INTEGRITY, "$." + section + "[" + index + "]." + reference.getField(),
            label(record), "the id of a record in " + targetSection + " (" + idType.getSimpleName() + ")",
            "\"" + reference.getTarget() + "\", which no record has"));
      }
    }
  }

  private static String label(Object record) {
    return RecordLabels.of(record);
  }

  /**
   * Finds a record by id.
   *
   * @param <T>  the record type
   * @param id  the id, not null
   * @param type  the record type, such as {@code Meeting.class}, not null
   * @return the record, empty if no record of that type has the id
   */
  public <T> Optional<T> find(RecordId id, Class<T> type) {
    Located located = records.get(id);
    return located != null && type.isInstance(located.record()) ? Optional.of(type.cast(located.record()))
        : Optional.empty();
  }

  /**
   * Returns whether a record with the id exists.
   *
   * @param id  the id, not null
   * @return whether it exists
   */
  public boolean contains(RecordId id) {
    return records.containsKey(id);
  }

  /**
   * Returns the JSON path of the record with the id, such as {@code "$.meetings[2]"}.
   *
   * @param id  the id, not null
   * @return the path, empty if no record has the id
   */
  public Optional<String> pathOf(RecordId id) {
    return Optional.ofNullable(records.get(id)).map(Located::path);
  }

  private record Located(Identified<?> record, String section, int index) {
    String path() {
      return "$." + section + "[" + index + "]";
    }
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }
}

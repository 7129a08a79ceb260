package io.github.peoplecongress.model.internal;

import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.id.Identified;
import io.github.peoplecongress.model.outreach.FiscalSummary;
import io.github.peoplecongress.model.problem.ImmutableProblem;
import io.github.peoplecongress.model.problem.Problem;
import io.github.peoplecongress.model.problem.ProblemKind;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.DateRange;
import io.github.peoplecongress.model.records.ImmutableCommitteeRecords;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the record sets of several files into one set of one committee, saying what it did: a record found
 * identical in two files is kept once (a notice); the same id with different content, two districts, spans given
 * twice or leaving a gap are problems that name both files.
 *
 * <p>Records are matched across files by id; congress terms by number; fiscal summaries by year; records without an id
 * (honours, assignments, quotas) by their whole content. Each merged record remembers the file and position it came
 * from, so that later problems (a dangling reference) can name them: {@link #locate(Problem)}.
 */
public final class RecordSetMerger {
  private static final Pattern TOP_PATH = Pattern.compile("^\\$\\.([A-Za-z]+)\\[(\\d+)]");
  private static final Pattern ALSO_AT = Pattern.compile("\\(also at (\\$\\.[A-Za-z]+\\[\\d+][^)]*)\\)$");

  /** One file's records. */
  public record Part(String source, CommitteeRecords records) {
    /** Creates a part. */
    public Part {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(records, "records");
    }
  }

  /** Where a merged record came from. */
  private record Origin(String source, int index) {}

  /** A top-level list of the set, by its JSON name. */
  private record Section(String name, Function<CommitteeRecords, List<?>> get,
      BiFunction<ImmutableCommitteeRecords, List<Object>, ImmutableCommitteeRecords> with) {}

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(List<Object> list) {
    return (List<T>) (List<?>) list; // each section's list holds only records read from that section
  }

  private static final List<Section> SECTIONS = List.of(
      new Section("terms", CommitteeRecords::getTerms, (r, l) -> r.withTerms(cast(l))),
      new Section("people", CommitteeRecords::getPeople, (r, l) -> r.withPeople(cast(l))),
      new Section("organizations", CommitteeRecords::getOrganizations,
          (r, l) -> r.withOrganizations(cast(l))),
      new Section("deputies", CommitteeRecords::getDeputies, (r, l) -> r.withDeputies(cast(l))),
      new Section("deputyGroups", CommitteeRecords::getDeputyGroups, (r, l) -> r.withDeputyGroups(cast(l))),
      new Section("constituencies", CommitteeRecords::getConstituencies,
          (r, l) -> r.withConstituencies(cast(l))),
      new Section("mailboxes", CommitteeRecords::getMailboxes, (r, l) -> r.withMailboxes(cast(l))),
      new Section("meetings", CommitteeRecords::getMeetings, (r, l) -> r.withMeetings(cast(l))),
      new Section("workReports", CommitteeRecords::getWorkReports, (r, l) -> r.withWorkReports(cast(l))),
      new Section("inspections", CommitteeRecords::getInspections, (r, l) -> r.withInspections(cast(l))),
      new Section("opinions", CommitteeRecords::getOpinions, (r, l) -> r.withOpinions(cast(l))),
      new Section("oversightActivities", CommitteeRecords::getOversightActivities,
          (r, l) -> r.withOversightActivities(cast(l))),
      new Section("interpellations", CommitteeRecords::getInterpellations,
          (r, l) -> r.withInterpellations(cast(l))),
      new Section("investigations", CommitteeRecords::getInvestigations,
          (r, l) -> r.withInvestigations(cast(l))),
      new Section("removalMotions", CommitteeRecords::getRemovalMotions,
          (r, l) -> r.withRemovalMotions(cast(l))),
      new Section("filingReviews", CommitteeRecords::getFilingReviews,
          (r, l) -> r.withFilingReviews(cast(l))),
      new Section("decisions", CommitteeRecords::getDecisions, (r, l) -> r.withDecisions(cast(l))),
      new Section("personnelActions", CommitteeRecords::getPersonnelActions,
          (r, l) -> r.withPersonnelActions(cast(l))),
      new Section("exams", CommitteeRecords::getExams, (r, l) -> r.withExams(cast(l))),
      new Section("oathCeremonies", CommitteeRecords::getOathCeremonies,
          (r, l) -> r.withOathCeremonies(cast(l))),
      new Section("assessorQuotas", CommitteeRecords::getAssessorQuotas,
          (r, l) -> r.withAssessorQuotas(cast(l))),
      new Section("appraisals", CommitteeRecords::getAppraisals, (r, l) -> r.withAppraisals(cast(l))),
      new Section("deputyActivities", CommitteeRecords::getDeputyActivities,
          (r, l) -> r.withDeputyActivities(cast(l))),
      new Section("suggestions", CommitteeRecords::getSuggestions, (r, l) -> r.withSuggestions(cast(l))),
      new Section("petitions", CommitteeRecords::getPetitions, (r, l) -> r.withPetitions(cast(l))),
      new Section("elections", CommitteeRecords::getElections, (r, l) -> r.withElections(cast(l))),
      new Section("projects", CommitteeRecords::getProjects, (r, l) -> r.withProjects(cast(l))),
      new Section("leadershipAssignments", CommitteeRecords::getLeadershipAssignments,
          (r, l) -> r.withLeadershipAssignments(cast(l))),
      new Section("fiscalSummaries", CommitteeRecords::getFiscalSummaries,
          (r, l) -> r.withFiscalSummaries(cast(l))),
      new Section("documents", CommitteeRecords::getDocuments, (r, l) -> r.withDocuments(cast(l))),
      new Section("honours", CommitteeRecords::getHonours, (r, l) -> r.withHonours(cast(l))));

  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> notices = new ArrayList<>();
  private final Map<String, List<Origin>> origins = new LinkedHashMap<>();
  private CommitteeRecords merged;

  /**
   * Merges parts. With one part, the result is that part's records, and problems found later are located in it.
   *
   * @param parts  the files' records, in the order given, not empty
   * @return the merger, holding the merged set (when there were no problems), the problems and the notices
   * @throws IllegalArgumentException if {@code parts} is empty
   */
  public static RecordSetMerger merge(List<Part> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    RecordSetMerger merger = new RecordSetMerger();
    merger.run(parts);
    return merger;
  }

  /** @return the merged set, or null when there were problems */
  public CommitteeRecords merged() {
    return problems.isEmpty() ? merged : null;
  }

  /** @return the problems: conflicting records, two districts, spans overlapping or leaving a gap, not null */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** @return the notices: records found identical in several files and kept once, not null */
  public List<Problem> notices() {
    return List.copyOf(notices);
  }

  /**
   * Returns a problem found in the merged set as the user wrote it: its path in the file the record came from, with
   * that file as its source. A problem of the set as a whole is returned as it is.
   *
   * @param problem  a problem whose path is in the merged set, not null
   * @return the problem located in its file, not null
   */
  public Problem locate(Problem problem) {
    Origin origin = originOf(problem.getPath());
    if (origin == null) {
      return problem;
    }
    ImmutableProblem located = ImmutableProblem.copyOf(problem).withPath(locatedPath(problem.getPath(), origin))
        .withSource(origin.source());
    // a repeated id names its other place, "(also at $.meetings[2])", in the merged set too
    Matcher also = ALSO_AT.matcher(problem.getFound());
    Origin other = also.find() ? originOf(also.group(1)) : null;
    if (other == null) {
      return located;
    }
    return located.withFound(problem.getFound().substring(0, also.start()) + "(also at "
        + (other.source().equals(origin.source()) ? "" : other.source() + " ") + locatedPath(also.group(1), other)
        + ")");
  }

  /** The origin of the top-level record a merged path is in, or null for a path of the set as a whole. */
  private Origin originOf(String mergedPath) {
    Matcher top = TOP_PATH.matcher(mergedPath);
    if (!top.find()) {
      return null;
    }
    List<Origin> list = origins.get(top.group(1));
    int index = Integer.parseInt(top.group(2));
    return list == null || index >= list.size() ? null : list.get(index);
  }

  private static String locatedPath(String mergedPath, Origin origin) {
    Matcher top = TOP_PATH.matcher(mergedPath);
    top.find();
    return "$." + top.group(1) + "[" + origin.index() + "]" + mergedPath.substring(top.end());
  }

  private void run(List<Part> parts) {
    List<Part> bySpan = new ArrayList<>(parts);
    bySpan.sort(Comparator.comparing(part -> part.records().getSpan().getFrom()));
    Part first = parts.get(0);
    ImmutableCommitteeRecords result = ImmutableCommitteeRecords.copyOf(first.records())
        .withSpan(DateRange.of(bySpan.get(0).records().getSpan().getFrom(),
            bySpan.stream().map(p -> p.records().getSpan().getTo()).max(Comparator.naturalOrder()).orElseThrow()));
    checkDistricts(parts);
    checkSpans(bySpan);
    if (!problems.isEmpty()) {
      // files of another district or of the same days are not one set: comparing their records would only repeat it
      return;
    }
    for (Section section : SECTIONS) {
      List<Object> records = mergeSection(section, parts);
      try {
        result = section.with().apply(result, records);
      } catch (IllegalArgumentException e) {
        // the files are each sound, but together break a structural invariant, such as two terms that overlap
        problems.add(problem(String.join(", ", parts.stream().map(Part::source).toList()), "$." + section.name(), "",
            section.name() + " of the files that fit together", e.getMessage()));
      }
    }
    merged = result;
  }

  private void checkDistricts(List<Part> parts) {
    Part first = parts.get(0);
    for (Part part : parts.subList(1, parts.size())) {
      var expected = first.records().getDistrict();
      var found = part.records().getDistrict();
      if (!expected.getDivisionCode().equals(found.getDivisionCode())) {
        problems.add(problem(part.source(), "$.district.divisionCode", "District " + found.getName(),
            "the records of one district, " + expected.getName() + " (" + expected.getDivisionCode() + ") as in "
                + first.source() + "; to add up several districts, compute each district's statistics and merge them",
            found.getName() + " (" + found.getDivisionCode() + ")"));
      } else if (!expected.equals(found)) {
        problems.add(problem(part.source(), "$.district", "District " + found.getName(),
            "the same district as in " + first.source(), "different " + differingFields(expected, found)));
      }
    }
  }

  private void checkSpans(List<Part> bySpan) {
    for (int i = 1; i < bySpan.size(); i++) {
      Part earlier = bySpan.get(i - 1);
      Part later = bySpan.get(i);
      DateRange a = earlier.records().getSpan();
      DateRange b = later.records().getSpan();
      if (a.overlaps(b)) {
        problems.add(problem(later.source(), "$.span", "",
            "a span not covered by another file (" + earlier.source() + " covers " + a + "); the same district's "
                + "period given twice would count its records twice", b + ", which overlaps " + a));
      } else if (a.getTo().plusDays(1).isBefore(b.getFrom())) {
        problems.add(problem(later.source(), "$.span.from", "",
            "the day after " + a.getTo() + ", where " + earlier.source() + " ends, so that the set is complete over "
                + "one unbroken span (or check the files apart)",
            b.getFrom() + ", which leaves " + DateRange.of(a.getTo().plusDays(1), b.getFrom().minusDays(1))
                + " uncovered"));
      }
    }
  }

  private List<Object> mergeSection(Section section, List<Part> parts) {
    Map<Object, Integer> positionOfKey = new LinkedHashMap<>();
    List<Object> records = new ArrayList<>();
    List<Origin> from = new ArrayList<>();
    List<Origin> firstSeen = new ArrayList<>();
    for (Part part : parts) {
      List<?> list = section.get().apply(part.records());
      Map<Object, Integer> seenInThisPart = new LinkedHashMap<>();
      for (int i = 0; i < list.size(); i++) {
        Object record = list.get(i);
        Object key = key(record);
        Integer earlier = positionOfKey.get(key);
        if (earlier == null || seenInThisPart.containsKey(key)) {
          // within one file, repeated ids are the index's to report, with both paths
          seenInThisPart.put(key, records.size());
          positionOfKey.putIfAbsent(key, records.size());
          records.add(record);
          from.add(new Origin(part.source(), i));
          continue;
        }
        Origin origin = from.get(earlier);
        if (key != record) {
          // the key again later in this file is a repeat within one file, for the index to report like the first
          seenInThisPart.put(key, earlier);
        }
        String path = "$." + section.name() + "[" + i + "]";
        if (records.get(earlier).equals(record)) {
          notices.add(ImmutableProblem.copyOf(Problem.of(ProblemKind.NOTICE, path, label(record),
              "each record in one file only", "the same record as " + origin.source() + " $." + section.name() + "["
                  + origin.index() + "], kept once")).withSource(part.source()));
        } else {
          problems.add(problem(part.source(), path, label(record),
              "the same content as the record with this " + (record instanceof Identified ? "id" : "key") + " in "
                  + origin.source() + " $." + section.name() + "[" + origin.index() + "]",
              "different " + differingFields(records.get(earlier), record)));
        }
      }
    }
    origins.put(section.name(), from);
    return records;
  }

  /** The identity of a record across files, within its section: its id, a term's number, a fiscal summary's year. */
  private static Object identity(Object record) {
    if (record instanceof Identified<?> identified) {
      return identified.getId();
    }
    if (record instanceof CongressTerm term) {
      return term.getNumber();
    }
    return record instanceof FiscalSummary summary ? summary.getYear() : null;
  }

  /** A record without an identity of its own (an honour, a quota) is matched by its whole content. */
  private static Object key(Object record) {
    Object identity = identity(record);
    return identity == null ? record : identity;
  }

  private static String label(Object record) {
    Object identity = identity(record);
    return RecordLabels.typeName(record) + (identity == null ? "" : " " + identity);
  }

  /**
   * Names the attributes in which two records of one type differ, without their values, which may be personal.
   */
  static String differingFields(Object a, Object b) {
    List<String> names = new ArrayList<>();
    // Immutables overrides every attribute accessor, defaults included, in the generated class
    for (Method method : a.getClass().getDeclaredMethods()) {
      String name = method.getName();
      boolean accessor = method.getParameterCount() == 0 && Modifier.isPublic(method.getModifiers())
          && !method.isSynthetic() && (name.startsWith("get") || name.startsWith("is"));
      if (!accessor) {
        continue;
      }
      try {
        if (!Objects.equals(method.invoke(a), method.invoke(b))) {
          String bare = name.substring(name.startsWith("get") ? 3 : 2);
          names.add(Character.toLowerCase(bare.charAt(0)) + bare.substring(1));
        }
      } catch (ReflectiveOperationException e) {
        names.add(name);
      }
    }
    names.sort(Comparator.naturalOrder());
    return names.isEmpty() ? "content" : String.join(", ", names);
  }

  private static Problem problem(String source, String path, String record, String expected, String found) {
    return ImmutableProblem.copyOf(Problem.of(ProblemKind.INTEGRITY, path, record, expected, found)).withSource(source);
  }
}

package io.github.peoplecongress.examples.embedding;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peoplecongress.model.code.Ethnicity;
import io.github.peoplecongress.model.code.Gender;
import io.github.peoplecongress.model.code.ResidentIdNumber;
import io.github.peoplecongress.model.id.MeetingId;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.json.CongressJson;
import io.github.peoplecongress.model.json.ModelReader;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.person.Person;
import io.github.peoplecongress.model.records.CommitteeRecords;
import io.github.peoplecongress.model.records.WorkPeriod;
import io.github.peoplecongress.reporting.render.RenderOptions;
import io.github.peoplecongress.reporting.render.WorkReportRenderer;
import io.github.peoplecongress.reporting.statistics.YearlyStatistics;
import io.github.peoplecongress.rules.ComplianceChecker;
import io.github.peoplecongress.rules.ComplianceReport;
import io.github.peoplecongress.rules.jurisdiction.Profiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The README's five-minute tour, as code that compiles and runs. */
public final class Tour {
  private Tour() {}

  /**
   * Runs the tour on one committee's record files and returns what it printed.
   *
   * @param files  the files of one committee's records, such as a year's file and the next year's, not empty
   * @return the lines the tour produced, not null
   */
  public static List<String> run(List<Path> files) {
    // README:tour
    // Read one committee's files (years, terms, directories) as one set: every JSON, constraint and reference
    // problem of every file is reported at once, naming its file.
    CommitteeRecords records = ModelReader.strict().readRecords(files);

    // Records refer to each other by typed id; the set resolves them once, across files.
    Meeting meeting = records.index().find(MeetingId.of("SC-16-31"), Meeting.class).orElseThrow();

    // Check a period — a year, a term, a range — under the law in force on the date of each fact. A deadline that
    // runs past the period is judged from later records; one that runs past the records' as-of date is pending.
    ComplianceReport report = ComplianceChecker.of(Profiles.NATIONAL).check(records, WorkPeriod.parse("2019"));

    // Count the work report's numbers over the period and write its sentences.
    YearlyStatistics statistics = YearlyStatistics.of(records, WorkPeriod.parse("2019"));
    String text = WorkReportRenderer.text(statistics, RenderOptions.defaults());

    // Build records with strict builders; accessors are JavaBeans getters, JSON uses the bare names.
    Person person = Person.builder().id(PersonId.of("P-900")).name("张三").gender(Gender.FEMALE)
        .ethnicity(Ethnicity.HAN).idNumber(ResidentIdNumber.of("11010519491231002X")).build();
    String masked = person.toString();   // the ID number appears as 110105********002X

    // One line gives a host the project's Jackson configuration.
    ObjectMapper mapper = CongressJson.objectMapper();
    // README:end
    return List.of(meeting.getDate().toString(), report.render(Locale.SIMPLIFIED_CHINESE).lines().findFirst().orElse(""),
        text.lines().skip(1).findFirst().orElse(""), masked, String.valueOf(mapper != null));
  }
}

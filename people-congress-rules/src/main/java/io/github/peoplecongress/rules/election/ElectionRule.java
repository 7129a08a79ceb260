package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.election.ElectionKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Shared evaluation of the election rules: versions by election day, the kinds of round, "N日以前" deadlines. */
abstract class ElectionRule extends Rule {

  /**
   * The rounds that publish their own voter list and candidate lists: general elections, by-elections and new
   * elections after a void round. A runoff (另行选举) and a tie revote continue an earlier round's lists.
   */
  static final Set<ElectionKind> SCHEDULED = EnumSet.of(ElectionKind.GENERAL, ElectionKind.BY_ELECTION,
      ElectionKind.RE_ELECTION);

  /** The rounds won by more than half of the voters who voted (第四十五条第一款). */
  static final Set<ElectionKind> MAJORITY = EnumSet.of(ElectionKind.GENERAL, ElectionKind.BY_ELECTION,
      ElectionKind.RE_ELECTION);

  static final String READING_2015 = "The 2015 Election Law is cited with the article numbers and text of the 2020 "
      + "amendment (UNVERIFIED: the pre-2020 text was not found); the version in force on election day applies.";

  ElectionRule(String id, String titleZh, String titleEn, List<RuleVersion> versions, List<Parameter<?>> parameters,
      List<String> readings) {
    super(id, titleZh, titleEn, versions, parameters, readings);
  }

  /** Whether the round is treated as valid: declared valid, or someone recorded as elected. */
  static boolean treatedAsValid(Election election) {
    return election.getDeclaredValid().orElse(false) || !election.electedIds().isEmpty();
  }

  static String kindEn(ElectionKind kind) {
    return kind.name().toLowerCase().replace('_', '-');
  }

  /**
   * Checks a publication that must happen 「N日以前」 election day, read with the context's {@code BeforeReading}.
   * A recorded date after the latest day is a violation; a missing date is "cannot tell" once the latest day has
   * passed by {@code asOf}, and nothing before.
   */
  List<Finding> beforeElectionDay(RuleContext context, Parameter<Integer> daysParameter,
      Function<Election, Optional<LocalDate>> date, String field, String actZh, String actEn) {
    List<Finding> findings = new ArrayList<>();
    for (Election election : context.getRecords().getElections()) {
      if (!SCHEDULED.contains(election.getKind())) {
        continue;
      }
      LocalDate day = election.getElectionDay();
      Optional<RuleVersion> version = versionOn(day, context.getProfile());
      Optional<Integer> days = context.valueOn(daysParameter, day);
      if (version.isEmpty() || days.isEmpty()) {
        continue;
      }
      int n = days.get();
      LocalDate latest = context.getPeriods().latestDayBefore(day, n);
      String expectedZh = "在选举日" + day + "的" + n + "日以前" + actZh + "，即不晚于" + latest;
      String expectedEn = actEn + " at least " + n + " days before election day " + day + ", i.e. by " + latest;
      Optional<LocalDate> actual = date.apply(election);
      if (actual.isPresent()) {
        if (actual.get().isAfter(latest)) {
          long late = ChronoUnit.DAYS.between(latest, actual.get());
          findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(election), day)
              .expectedZh(expectedZh).foundZh("于" + actual.get() + actZh + "，晚" + late + "日")
              .expectedEn(expectedEn).foundEn("done on " + actual.get() + ", " + late + " day(s) late").build());
        }
      } else if (context.getAsOf().isAfter(latest)) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(election), day)
            .expectedZh(expectedZh).foundZh("未记录" + actZh + "日期")
            .expectedEn(expectedEn).foundEn("no date recorded").addMissingFacts(field).build());
      } else {
        findings.add(pending(version.get().getCitation(), label(election), day, latest)
            .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "尚未记录" + actZh)
            .expectedEn(expectedEn).foundEn("not yet recorded as of " + context.getAsOf()).build());
      }
    }
    return findings;
  }
}

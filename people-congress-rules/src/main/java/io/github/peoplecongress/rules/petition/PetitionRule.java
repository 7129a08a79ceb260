package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.Review;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.parameter.Parameter;
import io.github.peoplecongress.rules.period.Deadline;
import io.github.peoplecongress.rules.period.UncoveredDateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Shared evaluation of the petition rules: the version and coverage on a fact date, and "within N days" checks. */
abstract class PetitionRule extends Rule {

  static final String READING_COVERAGE = "Before 2022-05-01 the 2005 信访条例 bound 行政机关 only; for the committee's "
      + "petitions its periods apply per petition.congressCoverageBefore2022: by analogy by default (breaches are "
      + "warnings), or not at all, or as binding.";

  static final String READING_DAYS = "「N日内」 runs from the day after the starting event (民法典第二百零一条); a last day on "
      + "a rest day moves per the context's LastDayRule (第二百零三条); an open case is overdue once asOf is after the "
      + "last day.";

  /** The provision applied on a date, and whether it applies only by analogy. */
  static final class Applied {
    final RuleVersion version;
    final boolean analogy;

    Applied(RuleVersion version, boolean analogy) {
      this.version = version;
      this.analogy = analogy;
    }

    Citation citation() {
      return version.getCitation();
    }

    /** A violation under an analogy is a warning. */
    Severity breach(Severity severity) {
      return analogy && severity == Severity.VIOLATION ? Severity.WARNING : severity;
    }

    String zh(String text) {
      return analogy ? "（参照适用）" + text : text;
    }

    String en(String text) {
      return analogy ? "(by analogy) " + text : text;
    }
  }

  PetitionRule(String id, String titleZh, String titleEn, List<RuleVersion> versions, List<Parameter<?>> parameters,
      List<String> readings) {
    super(id, titleZh, titleEn, versions, parameters, readings);
  }

  /** The provision in force on the fact date and its coverage; empty when outside the rule. */
  Optional<Applied> applied(RuleContext context, LocalDate date) {
    Optional<RuleVersion> version = versionOn(date, context.getProfile());
    if (version.isEmpty()) {
      return Optional.empty();
    }
    if (!PetitionLaw.is2005(version.get().getLaw())) {
      return Optional.of(new Applied(version.get(), false));
    }
    CongressCoverage coverage = context.valueOn(PetitionParameters.CONGRESS_COVERAGE_BEFORE_2022, date)
        .orElse(CongressCoverage.OUTSIDE);
    return switch (coverage) {
      case OUTSIDE -> Optional.empty();
      case BY_ANALOGY -> Optional.of(new Applied(version.get(), true));
      case BINDING -> Optional.of(new Applied(version.get(), false));
    };
  }

  /** Checks one 复查 or 复核 of a petition under the provision applied on its request day. */
  @FunctionalInterface
  interface StageCheck {
    /**
     * @param petition  the petition, not null
     * @param stage  its review or re-review, not null
     * @param applied  the provision in force on the request day, not null
     * @param days  the period in days for that day
     * @return the finding, if any
     */
    Optional<Finding> check(Petition petition, Review stage, Applied applied, int days);
  }

  /**
   * Runs a check on every petition's 复查 or 复核 that falls under the rule on its request day: one pass over the
   * petitions, the shared loop of PETI-004 to PETI-007.
   */
  final List<Finding> eachStage(RuleContext context, Function<Petition, Optional<Review>> stageOf,
      Parameter<Integer> daysParameter, StageCheck check) {
    List<Finding> findings = new ArrayList<>();
    for (Petition petition : context.getRecords().getPetitions()) {
      Optional<Review> stage = stageOf.apply(petition);
      if (stage.isEmpty()) {
        continue;
      }
      LocalDate requested = stage.get().getRequestedDate();
      Optional<Applied> applied = applied(context, requested);
      Optional<Integer> days = context.valueOn(daysParameter, requested);
      if (applied.isPresent() && days.isPresent()) {
        check.check(petition, stage.get(), applied.get(), days.get()).ifPresent(findings::add);
      }
    }
    return findings;
  }

  /**
   * A request (复查 / 复核) made within {@code days} of the delivery of the answer it contests. The period binds the
   * petitioner, so a late request is a warning; no delivery date is "cannot tell" naming {@code deliveredField}.
   */
  final Optional<Finding> requestInTime(RuleContext context, Applied applied, Petition petition, LocalDate requested,
      int days, Optional<LocalDate> delivered, String deliveredField, String answerZh, String answerEn, String actZh,
      String actEn) {
    if (delivered.isEmpty()) {
      return Optional.of(missing(applied, label(petition), requested, "自收到" + answerZh + "之日起" + days + "日内" + actZh,
          actEn + " within " + days + " days of " + answerEn, deliveredField));
    }
    Period p = Period.of(applied, label(petition), requested, delivered.get(), days, "收到" + answerZh,
        answerEn + " delivered", actZh, actEn, Optional.of(requested));
    p.openIsOverdue = false;
    p.lateSeverity = Severity.WARNING;
    return within(context, applied, p);
  }

  /** Describes one "act within N days of a start" check. */
  static final class Period {
    Citation citation;
    String record;
    LocalDate factDate;
    LocalDate start;
    int days;
    String startZh;
    String startEn;
    String actZh;
    String actEn;
    Optional<LocalDate> act = Optional.empty();
    /** Whether a missing act past the deadline is a breach (an open case) rather than nothing. */
    boolean openIsOverdue = true;
    /** The severity of a late act, before the analogy downgrade. */
    Severity lateSeverity = Severity.VIOLATION;
    String note = "";
    String noteEn = "";

    /** A period for the provision applied, with the defaults: an open case is overdue, a late act a violation. */
    static Period of(Applied applied, String record, LocalDate factDate, LocalDate start, int days, String startZh,
        String startEn, String actZh, String actEn, Optional<LocalDate> act) {
      Period p = new Period();
      p.citation = applied.citation();
      p.record = record;
      p.factDate = factDate;
      p.start = start;
      p.days = days;
      p.startZh = startZh;
      p.startEn = startEn;
      p.actZh = actZh;
      p.actEn = actEn;
      p.act = act;
      return p;
    }
  }

  /**
   * Checks that an act happened within a period; returns the finding, if any.
   *
   * @return a finding when the act is late, or overdue as of {@code asOf}, or the calendar does not cover the period
   */
  Optional<Finding> within(RuleContext context, Applied applied, Period p) {
    Deadline deadline;
    try {
      deadline = context.getPeriods().lastDayOfDays(p.start, p.days);
    } catch (UncoveredDateException e) {
      return Optional.of(finding(Severity.CANNOT_TELL, p.citation, p.record, p.factDate)
          .expectedZh(applied.zh("自" + p.start + p.startZh + "起" + p.days + "日内" + p.actZh))
          .foundZh("节假日日历未覆盖" + e.year() + "年，无法计算期限")
          .expectedEn(applied.en(p.actEn + " within " + p.days + " days of " + p.startEn + " on " + p.start))
          .foundEn("the holiday calendar does not cover " + e.year()).addMissingFacts("holidayCalendar").build());
    }
    String expectedZh = applied.zh("自" + p.start + p.startZh + "起" + p.days + "日内" + p.actZh + p.note + "，即不晚于"
        + deadline.lastDay());
    String expectedEn = applied.en(p.actEn + " within " + p.days + " days of " + p.startEn + " on " + p.start
        + p.noteEn + ", i.e. by " + deadline.lastDay());
    if (p.act.isPresent()) {
      if (deadline.isMetBy(p.act.get())) {
        return Optional.empty();
      }
      return Optional.of(finding(applied.breach(p.lateSeverity), p.citation, p.record, p.factDate)
          .expectedZh(expectedZh).foundZh("于" + p.act.get() + p.actZh)
          .expectedEn(expectedEn).foundEn("done on " + p.act.get()).build());
    }
    if (!p.openIsOverdue) {
      return Optional.empty();
    }
    if (!context.getAsOf().isAfter(deadline.lastDay())) {
      return Optional.of(pending(p.citation, p.record, p.factDate, deadline.lastDay())
          .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "尚未" + p.actZh + "，期限未届满")
          .expectedEn(expectedEn).foundEn("not yet done as of " + context.getAsOf() + ", before the period ends")
          .build());
    }
    return Optional.of(finding(applied.breach(Severity.VIOLATION), p.citation, p.record, p.factDate)
        .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "未见" + p.actZh + "记录")
        .expectedEn(expectedEn).foundEn("not done as of " + context.getAsOf()).build());
  }

  /** A "cannot tell" finding for a missing starting date. */
  Finding missing(Applied applied, String record, LocalDate factDate, String expectedZh, String expectedEn,
      String... fields) {
    return finding(Severity.CANNOT_TELL, applied.citation(), record, factDate).expectedZh(applied.zh(expectedZh))
        .foundZh("未记录" + String.join("、", fields)).expectedEn(applied.en(expectedEn))
        .foundEn("not recorded: " + String.join(", ", fields)).addMissingFacts(fields).build();
  }
}

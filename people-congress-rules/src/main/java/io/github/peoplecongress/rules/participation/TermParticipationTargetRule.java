package io.github.peoplecongress.rules.participation;

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

/**
 * Every deputy attends at least one committee meeting or takes part in one organised activity in the term
 * (每位代表任期内至少列席一次常委会会议或参加一次活动).
 *
 * <p>常委会工作报告（2019）四（二）: 「常委会以保证每位人大代表在本届任期内至少列席一次常委会会议或参加一次活动为目标」.
 * 代表法（2015）第二十六条 / （2025）第三十三条: 「县级以上的各级人民代表大会代表可以应邀列席本级人民代表大会常务委员会会议……」.
 *
 * <p>Readings:
 * <ul>
 *   <li>A target the committee set itself, not a binding provision: a shortfall is a warning.</li>
 *   <li>Participation is a standing-committee meeting attended without a vote ({@code nonVotingAttendance} as a
 *       deputy, or an {@code ATTEND_COMMITTEE_MEETING} activity), attended as a member, or any recorded deputy
 *       activity, while the deputy held office.</li>
 *   <li>A deputy who served part of the term (by-elected, terminated) is judged over the period served in the
 *       term.</li>
 *   <li>Judged once that period has ended on or before {@code asOf} (the term's end, or the termination), over every
 *       record of the period served, in any year; while it runs, a deputy with nothing yet is pending, due at the
 *       end of the service or of the five-year term.</li>
 *   <li>Nothing in an ended period is a warning where the records are complete over all of it, and "cannot tell"
 *       ({@code $.deputyActivities}, {@code $.meetings[*].nonVotingAttendance}) where they begin after it began.</li>
 * </ul>
 */
public final class TermParticipationTargetRule extends Rule {

  /** Creates the rule. */
  public TermParticipationTargetRule() {
    super("PART-001", "代表任期内至少列席一次常委会会议或参加一次活动",
        "Every deputy attends a committee meeting or an activity in the term",
        List.of(RuleVersion.of(ParticipationCitations.TERM_TARGET)), List.of(),
        List.of("The committee's own target: a shortfall is a warning.",
            "Deputies who served part of the term are judged over the period served.",
            "Judged once the period served in the term has ended by the as-of date; while it runs, a deputy with no "
                + "participation yet is pending, due by the end of the service or of the five-year term.",
            "No participation is a warning only if the records are complete over the whole period served; otherwise "
                + "cannot tell."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (ParticipationLedger.Line line : ParticipationLedger.termLong(context)) {
      if (!line.participations.isEmpty()) {
        continue;
      }
      CongressTerm term = context.getRecords().term(line.deputy.getTermNumber()).orElseThrow();
      LocalDate start = line.servedFrom;
      Optional<LocalDate> serviceEnd = ParticipationLedger.termServiceEnd(term, line.deputy);
      Optional<LocalDate> end = serviceEnd.filter(last -> !last.isAfter(context.getAsOf()));
      // while the service runs, it is due by its recorded end or else the nominal end of the five-year term
      LocalDate nominalEnd = term.getStartDate().plusYears(5).minusDays(1);
      LocalDate due = end.orElse(ParticipationLedger.min(nominalEnd, serviceEnd.orElse(nominalEnd)));
      Optional<RuleVersion> version = versionOn(end.orElse(context.getAsOf()), context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      String expectedZh = "在任期内任职期间（" + start + "至" + due + "）至少列席一次常委会会议或参加一次活动";
      String expectedEn = "at least one committee meeting attended or one activity in the period served in the term ("
          + start + " to " + due + ")";
      String record = "Deputy " + line.deputy.getId();
      if (end.isPresent() && !context.isComplete(start)) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), record, end.get())
            .expectedZh(expectedZh)
            .foundZh("记录自" + context.getRecords().getSpan().getFrom() + "起才完整，其间未见记录")
            .expectedEn(expectedEn)
            .foundEn("nothing recorded since " + context.getRecords().getSpan().getFrom()
                + ", where the records begin; the earlier part of the service is not in them")
            .addMissingFacts("$.deputyActivities", "$.meetings[*].nonVotingAttendance")
            .build());
      } else if (end.isEmpty()) {
        findings.add(pending(version.get().getCitation(), record, context.getAsOf(), due)
            .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "尚未列席常委会会议或参加活动")
            .expectedEn(expectedEn).foundEn("no committee meeting attended and no activity as of "
                + context.getAsOf())
            .build());
      } else {
        findings.add(finding(Severity.WARNING, version.get().getCitation(), record, end.get())
            .expectedZh(expectedZh).foundZh("未见列席常委会会议或参加活动的记录")
            .expectedEn(expectedEn).foundEn("no committee meeting attended and no activity recorded")
            .build());
      }
    }
    return findings;
  }
}

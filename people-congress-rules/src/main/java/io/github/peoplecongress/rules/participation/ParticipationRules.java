package io.github.peoplecongress.rules.participation;

import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The participation family's rules, in id order, and the per-deputy shortfall list. */
public final class ParticipationRules {
  private ParticipationRules() {}

  /** @return the rules, not null */
  public static List<Rule> rules() {
    return List.of(new TermParticipationTargetRule(), new YearlyActivityMinimumRule(), new ReportToVotersYearlyRule(),
        new VoterContactTargetRule());
  }

  /**
   * Returns every deputy of the term who served in a calendar year checked, with the participation recorded in the
   * period served and the targets not (yet) met as of {@code asOf}, in the order of the year's deputies. Unlike the
   * findings, the list also shows progress while a period still runs ({@link DeputyShortfall#periodEnded()} false),
   * and it ignores {@code participation.minDaysServedForYearlyTargets}: every yearly target is shown for every
   * deputy. {@link DeputyShortfall.Target#TERM_PARTICIPATION} means that nothing was recorded in this year.
   *
   * @param context  the context, not null
   * @return one entry per deputy, not null
   */
  public static List<DeputyShortfall> shortfalls(RuleContext context) {
    List<DeputyShortfall> result = new ArrayList<>();
    for (ParticipationLedger.Line line : ParticipationLedger.yearly(context)) {
      LocalDate on = line.servedTo;
      List<DeputyShortfall.Target> targets = new ArrayList<>();
      if (line.participations.isEmpty()) {
        targets.add(DeputyShortfall.Target.TERM_PARTICIPATION);
      }
      if (line.participations.size()
          < context.valueOn(ParticipationParameters.MIN_ACTIVITIES_PER_YEAR, on).orElse(0)) {
        targets.add(DeputyShortfall.Target.YEARLY_ACTIVITIES);
      }
      if (line.deputy.getConstituencyId().isPresent()
          && line.reports < context.valueOn(ParticipationParameters.REPORTS_TO_VOTERS_PER_YEAR, on).orElse(0)) {
        targets.add(DeputyShortfall.Target.REPORT_TO_VOTERS);
      }
      if (line.contacts < context.valueOn(ParticipationParameters.MIN_VOTERS_CONTACTED_PER_YEAR, on).orElse(0)) {
        targets.add(DeputyShortfall.Target.VOTER_CONTACTS);
      }
      boolean ended = !line.servedTo.isAfter(context.getAsOf());
      Optional<Integer> contacts = line.contactsRecorded ? Optional.of(line.contacts) : Optional.empty();
      result.add(new DeputyShortfall(line.deputy.getId(), line.servedFrom, line.servedTo, ended,
          line.participations.size(), line.reports, contacts, line.contactsComplete, targets));
    }
    return List.copyOf(result);
  }
}

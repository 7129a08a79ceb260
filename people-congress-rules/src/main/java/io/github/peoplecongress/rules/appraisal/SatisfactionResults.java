package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.model.vote.SatisfactionTally;
import io.github.peoplecongress.rules.RuleContext;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Shared computations of the appraisal family: the result rule, tallies in words, members and next meetings. */
final class SatisfactionResults {
  private SatisfactionResults() {}

  /** The result rule in force on a date, read from the profile. */
  record ResultRule(int satisfiedPercent, int basicPercent, boolean excludeInvalid) {
    int base(SatisfactionTally tally) {
      return excludeInvalid ? tally.valid() : tally.valid() + tally.getInvalid();
    }

    Optional<SatisfactionGrade> expected(SatisfactionTally tally) {
      int base = base(tally);
      if (base == 0) {
        return Optional.empty();
      }
      long satisfied = tally.getSatisfied() * 100L;
      long atLeastBasic = (tally.getSatisfied() + (long) tally.getBasicallySatisfied()) * 100L;
      if (satisfied > (long) satisfiedPercent * base) {
        return Optional.of(SatisfactionGrade.SATISFIED);
      }
      if (atLeastBasic > (long) basicPercent * base) {
        return Optional.of(SatisfactionGrade.BASICALLY_SATISFIED);
      }
      return Optional.of(SatisfactionGrade.DISSATISFIED);
    }

    String zh() {
      return "满意票超过" + (excludeInvalid ? "有效票" : "全部票") + "的" + satisfiedPercent + "%为“满意”，满意与基本满意票之和超过"
          + basicPercent + "%为“基本满意”，否则为“不满意”";
    }

    String en() {
      return "'satisfied' if satisfied ballots exceed " + satisfiedPercent + "% of the "
          + (excludeInvalid ? "valid" : "returned") + " ballots, 'basically satisfied' if satisfied plus basically "
          + "satisfied exceed " + basicPercent + "%, else 'dissatisfied'";
    }
  }

  static Optional<ResultRule> resultRule(RuleContext context, LocalDate date) {
    Optional<Integer> satisfied = context.valueOn(AppraisalParameters.SATISFIED_MORE_THAN_PERCENT, date);
    Optional<Integer> basic = context.valueOn(AppraisalParameters.AT_LEAST_BASICALLY_SATISFIED_MORE_THAN_PERCENT, date);
    if (satisfied.isEmpty() || basic.isEmpty()) {
      return Optional.empty();
    }
    boolean exclude = context.valueOn(AppraisalParameters.INVALID_BALLOTS_EXCLUDED, date).orElse(true);
    return Optional.of(new ResultRule(satisfied.get(), basic.get(), exclude));
  }

  static String tallyZh(SatisfactionTally tally) {
    return "满意" + tally.getSatisfied() + "票、基本满意" + tally.getBasicallySatisfied() + "票、不满意"
        + tally.getDissatisfied() + "票、无效" + tally.getInvalid() + "票";
  }

  static String tallyEn(SatisfactionTally tally) {
    return tally.getSatisfied() + " satisfied, " + tally.getBasicallySatisfied() + " basically satisfied, "
        + tally.getDissatisfied() + " dissatisfied, " + tally.getInvalid() + " invalid";
  }

  static String gradeEn(SatisfactionGrade grade) {
    switch (grade) {
      case SATISFIED:
        return "satisfied";
      case BASICALLY_SATISFIED:
        return "basically satisfied";
      default:
        return "dissatisfied";
    }
  }

  static Set<PersonId> membersOn(RuleContext context, LocalDate date) {
    return context.getRecords().membersOn(date).stream().map(CommitteeMembership::getPersonId)
        .collect(Collectors.toSet());
  }

  /** The standing-committee meetings of the year by opening date, built once per evaluation. */
  static NavigableMap<LocalDate, Meeting> committeeMeetings(RuleContext context) {
    NavigableMap<LocalDate, Meeting> byDate = new TreeMap<>();
    context.getRecords().getMeetings().stream().filter(m -> m.getKind() == MeetingKind.STANDING_COMMITTEE)
        .forEach(m -> byDate.putIfAbsent(m.getDate(), m));
    return byDate;
  }

  /** The first committee meeting that opens after {@code after}, in logarithmic time. */
  static Optional<Meeting> nextMeeting(NavigableMap<LocalDate, Meeting> byDate, LocalDate after) {
    return Optional.ofNullable(byDate.higherEntry(after)).map(java.util.Map.Entry::getValue);
  }

  /** The last day of the year of a date: where the appraisal rules read "by the end of the year". */
  static LocalDate yearEnd(LocalDate date) {
    return date.withMonth(12).withDayOfMonth(31);
  }
}

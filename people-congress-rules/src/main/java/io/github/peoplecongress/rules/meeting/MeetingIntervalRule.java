package io.github.peoplecongress.rules.meeting;

import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.period.Deadline;
import io.github.peoplecongress.rules.period.UncoveredDateException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * MEET-001 常委会会议每两个月至少举行一次 — the standing committee meets at least once every two months.
 *
 * <p>地方组织法（2022）第五十一条第一款：「常务委员会会议由主任召集并主持，每两个月至少举行一次。遇有特殊需要时，可以临时
 * 召集常务委员会会议。主任可以委托副主任主持会议。」 Before 2022-03-12, 地方组织法（2015）第四十六条 (text recalled, UNVERIFIED):
 * 「常务委员会会议由主任召集，每两个月至少举行一次。」
 *
 * <p>Readings:
 * <ul>
 *   <li>{@link IntervalReading#ROLLING_GAP} (default, parameter {@code meeting.intervalReading}): each meeting must be
 *       held on or before the last day of a two-month period running from the previous meeting's opening date,
 *       counted by 民法典第二百零一条至第二百零三条 ({@code PeriodCalculator#lastDayOfMonths}). A holiday-calendar gap gives
 *       "cannot tell".</li>
 *   <li>The rule runs over all the records, across years. The meeting before the records begin is not in them: the
 *       first meeting is late only if it is late even after a meeting on the day before the records begin (such a gap
 *       is dated the records' first day). After the last meeting the gap is judged up to the "as of" date (the records
 *       are complete up to it), and is pending, with its last day, while it runs past it.</li>
 *   <li>Records without any committee meeting are a violation once two months from the day before they begin have run
 *       out, and pending before.</li>
 *   <li>{@link IntervalReading#CALENDAR_BLOCKS}: every block of two calendar months (January–February, …) that has
 *       ended by the "as of" date must contain a meeting, for each year checked; the block still running is pending.</li>
 *   <li>Ad hoc meetings (临时召集) count by default (parameter {@code meeting.adHocMeetingsCount}); only
 *       {@link MeetingKind#STANDING_COMMITTEE} meetings count.</li>
 *   <li>The law applied is the one in force on the day the gap starts (the previous meeting).</li>
 * </ul>
 */
public final class MeetingIntervalRule extends Rule {
  /** Creates the rule. */
  public MeetingIntervalRule() {
    super("MEET-001", "常委会会议每两个月至少举行一次", "Committee meets at least every two months",
        List.of(RuleVersion.of(MeetingParameters.ORGANIC_2015_MEETINGS),
            RuleVersion.of(MeetingParameters.ORGANIC_2022_MEETINGS)),
        List.of(MeetingParameters.MAX_INTERVAL_MONTHS, MeetingParameters.INTERVAL_READING,
            MeetingParameters.AD_HOC_MEETINGS_COUNT),
        List.of("每两个月至少举行一次: by default a rolling gap of two months from the previous meeting's opening date, "
                + "counted by Civil Code Arts. 201-203; alternatively calendar blocks of two months.",
            "Ad hoc meetings count by default.",
            "The gap into the records is judged against a meeting on the day before they begin at best; the gap after "
                + "the last meeting is judged up to the as-of date, and pending while it runs past it.",
            "The law in force on the day the gap starts applies."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    LocalDate end = context.getAsOf();
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting meeting : context.getRecords().getMeetings()) {
      if (meeting.getKind() == MeetingKind.STANDING_COMMITTEE && (!meeting.isAdHoc()
          || context.valueOn(MeetingParameters.AD_HOC_MEETINGS_COUNT, meeting.getDate()).orElse(Boolean.TRUE))) {
        meetings.add(meeting);
      }
    }
    meetings.sort(Comparator.comparing(Meeting::getDate));
    IntervalReading reading = context.valueOn(MeetingParameters.INTERVAL_READING, context.getPeriod().getFrom())
        .orElse(IntervalReading.ROLLING_GAP);
    return reading == IntervalReading.CALENDAR_BLOCKS ? blocks(context, meetings, end)
        : rolling(context, meetings, end);
  }

  private List<Finding> rolling(RuleContext context, List<Meeting> meetings, LocalDate end) {
    List<Finding> findings = new ArrayList<>();
    LocalDate previous = context.getRecords().getSpan().getFrom().minusDays(1);
    Meeting previousMeeting = null;
    for (Meeting meeting : meetings) {
      if (previousMeeting != null || meeting.getDate().isAfter(previous)) {
        check(context, previous, previousMeeting, meeting.getDate(), label(meeting), findings);
      }
      previous = meeting.getDate();
      previousMeeting = meeting;
    }
    if (!previous.isAfter(end)) {
      check(context, previous, previousMeeting, null, previousMeeting == null
          ? "CommitteeRecords " + context.getRecords().getSpan() : label(previousMeeting), findings, end);
    }
    return findings;
  }

  private void check(RuleContext context, LocalDate previous, Meeting previousMeeting, LocalDate next, String record,
      List<Finding> findings) {
    check(context, previous, previousMeeting, next, record, findings, null);
  }

  private void check(RuleContext context, LocalDate previous, Meeting previousMeeting, LocalDate next, String record,
      List<Finding> findings, LocalDate end) {
    Optional<RuleVersion> version = versionOn(previous, context.getProfile());
    Optional<Integer> months = context.valueOn(MeetingParameters.MAX_INTERVAL_MONTHS, previous);
    if (version.isEmpty() || months.isEmpty()) {
      return;
    }
    Citation citation = version.get().getCitation();
    // a gap running into the records is a fact of their first day, so that a check of the first period reports it
    LocalDate factDate = previousMeeting == null ? previous.plusDays(1) : previous;
    String from = previousMeeting == null ? previous + "（记录起始前一日，假定此前最后一次会议不晚于此日）" : previous.toString();
    String fromEn = previousMeeting == null
        ? previous + " (the day before the records begin, the latest possible previous meeting)" : previous.toString();
    Deadline deadline;
    try {
      deadline = context.getPeriods().lastDayOfMonths(previous, months.get());
    } catch (UncoveredDateException e) {
      findings.add(finding(Severity.CANNOT_TELL, citation, record, factDate)
          .expectedZh("在" + from + "后" + months.get() + "个月内举行下一次常委会会议")
          .foundZh("节假日日历未覆盖所需日期，无法计算期限（" + e.getMessage() + "）")
          .expectedEn("the next committee meeting within " + months.get() + " months of " + fromEn)
          .foundEn("the holiday calendar does not cover the days needed (" + e.getMessage() + ")")
          .addMissingFacts("holidayCalendar").build());
      return;
    }
    LocalDate last = deadline.lastDay();
    if (next != null && next.isAfter(last)) {
      findings.add(finding(Severity.VIOLATION, citation, record, factDate)
          .expectedZh("在" + from + "后" + months.get() + "个月内（至" + last + "）举行下一次常委会会议")
          .foundZh("下一次常委会会议于" + next + "举行")
          .expectedEn("the next committee meeting within " + months.get() + " months of " + fromEn + " (by " + last
              + ")")
          .foundEn("the next committee meeting on " + next).build());
    } else if (next == null && end.isAfter(last)) {
      findings.add(finding(Severity.VIOLATION, citation, record, factDate)
          .expectedZh("在" + from + "后" + months.get() + "个月内（至" + last + "）举行下一次常委会会议")
          .foundZh("至" + end + "未见常委会会议记录")
          .expectedEn("the next committee meeting within " + months.get() + " months of " + fromEn + " (by " + last
              + ")")
          .foundEn("no committee meeting recorded up to " + end).build());
    } else if (next == null) {
      findings.add(pending(citation, record, factDate, last)
          .expectedZh("在" + from + "后" + months.get() + "个月内（至" + last + "）举行下一次常委会会议")
          .foundZh("至" + end + "尚未举行下一次常委会会议")
          .expectedEn("the next committee meeting within " + months.get() + " months of " + fromEn + " (by " + last
              + ")")
          .foundEn("no later committee meeting yet as of " + end).build());
    }
  }

  private List<Finding> blocks(RuleContext context, List<Meeting> meetings, LocalDate end) {
    List<Finding> findings = new ArrayList<>();
    for (Year year : context.yearsChecked()) {
      findings.addAll(blocks(context, meetings, year.getValue(), end));
    }
    return findings;
  }

  private List<Finding> blocks(RuleContext context, List<Meeting> meetings, int year, LocalDate end) {
    List<Finding> findings = new ArrayList<>();
    LocalDate start = LocalDate.of(year, 1, 1);
    int index = 0;
    while (start.getYear() == year && !start.isAfter(end)) {
      int months = context.valueOn(MeetingParameters.MAX_INTERVAL_MONTHS, start).orElse(2);
      LocalDate blockEnd = start.plusMonths(months).minusDays(1);
      if (blockEnd.getYear() != year) {
        blockEnd = LocalDate.of(year, 12, 31);
      }
      boolean found = false;
      while (index < meetings.size() && !meetings.get(index).getDate().isAfter(blockEnd)) {
        found |= !meetings.get(index).getDate().isBefore(start);
        index++;
      }
      Optional<RuleVersion> version = versionOn(start, context.getProfile());
      if (!found && blockEnd.isAfter(end) && version.isPresent()) {
        findings.add(pending(version.get().getCitation(), "CommitteeRecords " + year, start, blockEnd)
            .expectedZh("在" + start + "至" + blockEnd + "期间至少举行一次常委会会议")
            .foundZh("至" + end + "尚未举行")
            .expectedEn("at least one committee meeting between " + start + " and " + blockEnd)
            .foundEn("none yet as of " + end).build());
      } else if (!found && version.isPresent() && context.isComplete(start)) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), "CommitteeRecords " + year, start)
            .expectedZh("在" + start + "至" + blockEnd + "期间至少举行一次常委会会议")
            .foundZh(start + "至" + blockEnd + "期间未见常委会会议记录")
            .expectedEn("at least one committee meeting between " + start + " and " + blockEnd)
            .foundEn("no committee meeting recorded between " + start + " and " + blockEnd).build());
      }
      start = blockEnd.plusDays(1);
    }
    return findings;
  }

}

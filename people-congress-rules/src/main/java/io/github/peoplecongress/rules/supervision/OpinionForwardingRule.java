package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.supervision.DeliberationOpinion;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.period.Deadline;
import io.github.peoplecongress.rules.period.UncoveredDateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SUPV-004 审议意见的交办期限（地方规定） — where a local rule fixes it, the deliberation opinions are sent to the organ
 * within a fixed number of days after the meeting closes.
 *
 * <p>National law fixes no period. 河南省实施《监督法》办法（2015）第二十条 (plan), 第三十条第二款 (budget execution and audit)
 * and 第四十四条 (inspections): 「在常务委员会闭会后十日内交由本级人民政府研究处理」.
 *
 * <p>Readings: the period runs from the meeting's last day (闭会), counted by 民法典第二百零一条、第二百零三条. Opinions on
 * special work reports (Henan 第十一条 states no forwarding period), special inquiries and other reports are outside
 * the rule. A meeting not found is "cannot tell".
 */
public final class OpinionForwardingRule extends Rule {
  /** Creates the rule. */
  public OpinionForwardingRule() {
    super("SUPV-004", "审议意见的交办期限", "Forwarding deliberation opinions after the meeting",
        List.of(RuleVersion.of(SupervisionParameters.HENAN_ART20)), List.of(SupervisionParameters.FORWARD_DAYS),
        List.of("National law sets no period; the rule applies only where a profile sets one (Henan: 10 days).",
            "The period runs from the meeting's last day."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (DeliberationOpinion opinion : context.getRecords().getOpinions()) {
      Optional<OpinionSubject> subject = OpinionSubject.of(opinion, context.getIndex());
      if (subject.isEmpty() || !subject.get().forwardingPeriod) {
        continue;
      }
      Optional<Meeting> meeting = context.getIndex().find(opinion.getMeetingId(), Meeting.class);
      LocalDate fact = meeting.map(Meeting::lastDay).orElse(opinion.getSentDate());
      Optional<Integer> days = context.valueOn(SupervisionParameters.FORWARD_DAYS, fact);
      if (days.isEmpty() || versionOn(fact, context.getProfile()).isEmpty()) {
        continue;
      }
      Citation citation = subject.get().citation;
      if (meeting.isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(opinion), fact)
            .expectedZh("在常务委员会闭会后" + days.get() + "日内交办审议意见").foundZh("未找到会议" + opinion.getMeetingId())
            .expectedEn("the opinions forwarded within " + days.get() + " days after the meeting closed")
            .foundEn("meeting " + opinion.getMeetingId() + " not found").addMissingFacts("meetingId").build());
        continue;
      }
      Deadline deadline;
      try {
        deadline = context.getPeriods().lastDayOfDays(fact, days.get());
      } catch (UncoveredDateException e) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(opinion), fact)
            .expectedZh("在" + fact + "闭会后" + days.get() + "日内交办审议意见")
            .foundZh("节假日日历未覆盖所需日期（" + e.getMessage() + "）")
            .expectedEn("the opinions forwarded within " + days.get() + " days after the meeting closed on " + fact)
            .foundEn("the holiday calendar does not cover the days needed").addMissingFacts("holidayCalendar").build());
        continue;
      }
      if (opinion.getSentDate().isAfter(deadline.lastDay())) {
        findings.add(finding(Severity.VIOLATION, citation, label(opinion), fact)
            .expectedZh("在" + fact + "闭会后" + days.get() + "日内（至" + deadline.lastDay() + "）交办审议意见")
            .foundZh(opinion.getSentDate() + "交办")
            .expectedEn("the opinions forwarded within " + days.get() + " days after the meeting closed on " + fact
                + " (by " + deadline.lastDay() + ")")
            .foundEn("forwarded on " + opinion.getSentDate()).build());
      }
    }
    return findings;
  }
}

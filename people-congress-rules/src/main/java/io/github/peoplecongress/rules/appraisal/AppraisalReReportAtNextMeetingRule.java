package io.github.peoplecongress.rules.appraisal;

import io.github.peoplecongress.model.appraisal.AppraisalVote;
import io.github.peoplecongress.model.appraisal.WorkAppraisal;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.vote.SatisfactionGrade;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * A 不满意 result is followed by a repeated report at the next committee meeting (不满意的，在下一次常委会会议上重作报告).
 *
 * <p>安徽省人民代表大会常务委员会听取和审议专项工作报告及满意度测评暂行办法（草案）(2013, as reported; article number
 * UNVERIFIED): 「如果测评结果为“基本满意”，报告机关应当根据常委会审议意见进行整改。而如果测评结果为“不满意”，报告机关应当整改，
 * 并在下一次常委会会议上重作报告。」 Where rectification is still unsatisfactory, the Inner Mongolia-type rule (Arts. 16–17)
 * escalates to time-limited correction, interpellation, investigation or a resolution; that is left to the host.
 *
 * <p>Readings:
 * <ul>
 *   <li>Applied where the profile sets {@link AppraisalConsequence#RECTIFY_AND_RE_REPORT_AT_NEXT_MEETING} for the
 *       result (under "anhui": 不满意). The result is the declared one, else the tally's under {@code APPR-005}.</li>
 *   <li>The next meeting is the first standing-committee meeting (regular or ad hoc) that opens after the last day of
 *       the meeting that held the vote.</li>
 *   <li>Re-reported at another meeting: violation. Not re-reported and the next meeting held on or before
 *       {@code asOf}: violation. No later meeting by {@code asOf}: pending, due at the next meeting.</li>
 * </ul>
 */
public final class AppraisalReReportAtNextMeetingRule extends Rule {

  /** Creates the rule. */
  public AppraisalReReportAtNextMeetingRule() {
    super("APPR-007", "测评不满意的在下一次常委会会议上重作报告", "Report again at the next meeting after a dissatisfied result",
        List.of(RuleVersion.of(AppraisalCitations.ANHUI_CONSEQUENCES)),
        List.of(AppraisalParameters.ON_BASICALLY_SATISFIED, AppraisalParameters.ON_DISSATISFIED),
        List.of("The next meeting is the first standing-committee meeting, regular or ad hoc, opening after the last "
                + "day of the voting meeting.",
            "The result is the declared one, else the one the tally gives under APPR-005's result rule."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    NavigableMap<LocalDate, Meeting> meetings = SatisfactionResults.committeeMeetings(context);
    for (WorkAppraisal appraisal : context.getRecords().getAppraisals()) {
      if (appraisal.getVote().isEmpty()) {
        continue;
      }
      AppraisalVote vote = appraisal.getVote().get();
      Optional<RuleVersion> version = versionOn(vote.getDate(), context.getProfile());
      Optional<SatisfactionGrade> result = AppraisalRectificationReportRule.result(context, vote);
      if (version.isEmpty() || result.isEmpty() || AppraisalRectificationReportRule.consequence(context,
          result.get(), vote.getDate()) != AppraisalConsequence.RECTIFY_AND_RE_REPORT_AT_NEXT_MEETING) {
        continue;
      }
      LocalDate after = context.getIndex().find(vote.getMeetingId(), Meeting.class).map(Meeting::lastDay)
          .orElse(vote.getDate());
      Optional<Meeting> next = SatisfactionResults.nextMeeting(meetings, after);
      Optional<Meeting> reReport = appraisal.getReReportMeetingId()
          .flatMap(id -> context.getIndex().find(id, Meeting.class));
      String resultZh = "测评结果为“" + result.get().getLabel() + "”（" + vote.getDate() + "）";
      String resultEn = "the result '" + SatisfactionResults.gradeEn(result.get()) + "' (" + vote.getDate() + ")";
      String expectedZh = "在" + resultZh + "后，在下一次常委会会议"
          + next.map(m -> "（" + m.getId() + "，" + m.getDate() + "）").orElse("") + "上重作报告";
      String expectedEn = "a repeated report at the next committee meeting"
          + next.map(m -> " (" + m.getId() + ", " + m.getDate() + ")").orElse("") + " after " + resultEn;
      if (appraisal.getReReportMeetingId().isPresent()) {
        boolean atNext = next.isPresent() && next.get().getId().equals(appraisal.getReReportMeetingId().get());
        if (!atNext) {
          String at = appraisal.getReReportMeetingId().get() + reReport.map(m -> "（" + m.getDate() + "）").orElse("");
          String atEn = appraisal.getReReportMeetingId().get() + reReport.map(m -> " (" + m.getDate() + ")").orElse("");
          findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(appraisal), vote.getDate())
              .expectedZh(expectedZh)
              .foundZh("在" + at + "重作报告")
              .expectedEn(expectedEn)
              .foundEn("the repeated report at " + atEn)
              .build());
        }
        continue;
      }
      if (next.isPresent() && !next.get().getDate().isAfter(context.getAsOf())) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(appraisal), vote.getDate())
            .expectedZh(expectedZh)
            .foundZh("下一次常委会会议已于" + next.get().getDate() + "举行，未见重作报告")
            .expectedEn(expectedEn)
            .foundEn("no repeated report although the next meeting was held on " + next.get().getDate())
            .build());
      } else {
        // no later meeting held by the as-of date (none recorded, or one recorded after it): due at the next meeting
        findings.add(pending(version.get().getCitation(), label(appraisal), vote.getDate(), null)
            .expectedZh(expectedZh)
            .foundZh("至" + context.getAsOf() + "尚无其后的常委会会议，重作报告待下一次会议")
            .expectedEn(expectedEn)
            .foundEn("no later committee meeting up to " + context.getAsOf() + "; the repeated report is due at the next")
            .build());
      }
    }
    return findings;
  }
}

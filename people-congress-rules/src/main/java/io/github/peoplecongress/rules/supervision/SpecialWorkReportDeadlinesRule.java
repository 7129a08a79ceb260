package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.model.supervision.WorkReportKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SUPV-001 专项工作报告的送交时限 — a special work report goes to the committee or working body for comment twenty
 * days before the meeting, to the committee ten days before, and to the members seven days before.
 *
 * <p>监督法（2024）第十五条：「人民政府、监察委员会、人民法院或者人民检察院应当在常务委员会举行会议的二十日前，由其办事机构将专项工作
 * 报告送交本级人民代表大会有关专门委员会或者常务委员会有关工作机构征求意见；人民政府、监察委员会、人民法院或者人民检察院对报告修改后，
 * 在常务委员会举行会议的十日前送交常务委员会。」 / 「常务委员会办事机构应当在常务委员会举行会议的七日前，将专项工作报告发给常务委员会
 * 组成人员。」 监督法（2006）第十二条 is the same without 监察委员会.
 *
 * <p>Readings: the meeting day is the opening day of the meeting the report refers to (the report's date if the
 * meeting is not found). 「N日前」 is read by the context's {@code PeriodCalculator#latestDayBefore} (default: the act
 * may fall on the day exactly N days before; no holiday adjustment). A report of the supervisory commission heard
 * before the 2024 version applies is outside the rule: the 2006 text does not name the commission (DOMAIN.md §4).
 * Each late step is one violation; the missing dates together are one "cannot tell".
 */
public final class SpecialWorkReportDeadlinesRule extends Rule {
  /** Creates the rule. */
  public SpecialWorkReportDeadlinesRule() {
    super("SUPV-001", "专项工作报告的送交时限", "Special work report submission deadlines",
        List.of(RuleVersion.of(SupervisionParameters.SUPERVISION_2006_ART12),
            RuleVersion.of(SupervisionParameters.SUPERVISION_2024_ART15)),
        List.of(SupervisionParameters.DRAFT_DAYS_BEFORE, SupervisionParameters.SUBMIT_DAYS_BEFORE,
            SupervisionParameters.DISTRIBUTE_DAYS_BEFORE),
        List.of("The meeting day is the opening day of the meeting the report refers to.",
            "N日前 follows the period calculator's BeforeReading (default: event minus N days).",
            "Supervisory-commission reports before the 2024 revision are outside the rule."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (WorkReport report : context.getRecords().getWorkReports()) {
      if (report.getKind() != WorkReportKind.SPECIAL_WORK) {
        continue;
      }
      LocalDate meetingDay = context.getIndex().find(report.getMeetingId(), Meeting.class).map(Meeting::getDate)
          .orElse(report.getDate());
      Optional<RuleVersion> version = versionOn(meetingDay, context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      Citation citation = version.get().getCitation();
      if (report.getOrgan() == StateOrgan.SUPERVISORY_COMMISSION && citation.getLaw() == Laws.SUPERVISION_LAW_2006) {
        continue;
      }
      List<String> missing = new ArrayList<>();
      List<String> missingZh = new ArrayList<>();
      List<String> missingEn = new ArrayList<>();
      step(context, citation, report, meetingDay, SupervisionParameters.DRAFT_DAYS_BEFORE,
          report.getDraftSentForCommentDate(), "draftSentForCommentDate", "送交有关专门委员会或者工作机构征求意见",
          "sent to the special committee or working body for comment", missing, missingZh, missingEn, findings);
      step(context, citation, report, meetingDay, SupervisionParameters.SUBMIT_DAYS_BEFORE, report.getSubmittedDate(),
          "submittedDate", "修改后送交常务委员会", "the revised report sent to the committee", missing, missingZh, missingEn,
          findings);
      step(context, citation, report, meetingDay, SupervisionParameters.DISTRIBUTE_DAYS_BEFORE,
          report.getDistributedToMembersDate(), "distributedToMembersDate", "由常委会办事机构发给组成人员",
          "distributed to the members by the committee's office", missing, missingZh, missingEn, findings);
      if (!missing.isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(report), meetingDay)
            .expectedZh("在" + meetingDay + "会议的" + String.join("；", missingZh))
            .foundZh("未记录" + String.join("、", missing))
            .expectedEn(String.join("; ", missingEn) + " before the meeting of " + meetingDay)
            .foundEn("no " + String.join(", ", missing) + " recorded")
            .addAllMissingFacts(missing).build());
      }
    }
    return findings;
  }

  private void step(RuleContext context, Citation citation, WorkReport report, LocalDate meetingDay,
      Parameter<Integer> parameter, Optional<LocalDate> act, String field, String whatZh, String whatEn,
      List<String> missing, List<String> missingZh, List<String> missingEn, List<Finding> findings) {
    Optional<Integer> days = context.valueOn(parameter, meetingDay);
    if (days.isEmpty()) {
      return;
    }
    LocalDate latest = context.getPeriods().latestDayBefore(meetingDay, days.get());
    if (act.isEmpty()) {
      missing.add(field);
      missingZh.add(days.get() + "日前（至迟" + latest + "）" + whatZh);
      missingEn.add(whatEn + " " + days.get() + " days (by " + latest + ")");
      return;
    }
    if (act.get().isAfter(latest)) {
      findings.add(finding(Severity.VIOLATION, citation, label(report), meetingDay)
          .expectedZh("在" + meetingDay + "会议的" + days.get() + "日前（至迟" + latest + "）" + whatZh)
          .foundZh(act.get() + whatZh)
          .expectedEn(whatEn + " " + days.get() + " days before the meeting of " + meetingDay + " (by " + latest + ")")
          .foundEn(whatEn + " on " + act.get()).build());
    }
  }
}

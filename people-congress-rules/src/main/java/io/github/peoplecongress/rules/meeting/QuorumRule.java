package io.github.peoplecongress.rules.meeting;

import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MEET-002 常委会会议法定人数 — a committee meeting may be held only if more than half of all members are present.
 *
 * <p>地方组织法（2022）第五十一条第三款：「常务委员会会议有常务委员会全体组成人员过半数出席，始得举行。」 Before 2022-03-12
 * the 2015 text is cited with the same content (UNVERIFIED, statutes.md §1.3).
 *
 * <p>Readings: 「过半数」 is strictly more than half (27 members: at least 14 present). 「全体组成人员」 is the
 * parameter {@code committee.allMembersReading}: by default the members in office on the meeting's opening day,
 * alternatively the size fixed for the term. Only members recorded as 出席 count; a meeting without an attendance
 * list is "cannot tell".
 */
public final class QuorumRule extends Rule {
  /** Creates the rule. */
  public QuorumRule() {
    super("MEET-002", "常委会会议法定出席人数", "Committee meeting quorum",
        List.of(RuleVersion.of(MeetingParameters.ORGANIC_2015_QUORUM),
            RuleVersion.of(MeetingParameters.ORGANIC_2022_QUORUM)),
        List.of(MeetingParameters.ALL_MEMBERS_READING),
        List.of("过半数: strictly more than half.",
            "全体组成人员: by default the members in office on the opening day; parameter committee.allMembersReading.",
            "Only members recorded as present (出席) count; no attendance list means cannot tell."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Meeting meeting : context.getRecords().getMeetings()) {
      if (meeting.getKind() != MeetingKind.STANDING_COMMITTEE) {
        continue;
      }
      Optional<RuleVersion> version = versionOn(meeting.getDate(), context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      Citation citation = version.get().getCitation();
      AllMembersReading reading = context.valueOn(MeetingParameters.ALL_MEMBERS_READING, meeting.getDate())
          .orElse(AllMembersReading.MEMBERS_IN_OFFICE);
      int all = reading.count(context.getRecords(), meeting.getDate());
      if (meeting.getAttendance().isEmpty() || all == 0) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(meeting), meeting.getDate())
            .expectedZh("全体组成人员过半数出席")
            .foundZh(meeting.getAttendance().isEmpty() ? "未记录出席情况" : "未记录当日在任的组成人员")
            .expectedEn("more than half of all members present")
            .foundEn(meeting.getAttendance().isEmpty() ? "no attendance recorded"
                : "no members in office recorded for the day")
            .addMissingFacts(meeting.getAttendance().isEmpty() ? "attendance" : "$.terms[*].standingCommittee.memberships")
            .build());
        continue;
      }
      int present = meeting.presentCount();
      int needed = AllMembersReading.majorityOf(all);
      if (present < needed) {
        findings.add(finding(Severity.VIOLATION, citation, label(meeting), meeting.getDate())
            .expectedZh("全体组成人员（" + reading.getLabel() + all + "人）过半数即至少" + needed + "人出席")
            .foundZh(meeting.getDate() + "出席" + present + "人")
            .expectedEn("more than half of all " + all + " members (" + reading.name() + "), at least " + needed
                + ", present")
            .foundEn(present + " present on " + meeting.getDate()).build());
      }
    }
    return findings;
  }
}

package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.model.body.CommitteeMembership;
import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.meeting.Attendance;
import io.github.peoplecongress.model.meeting.AttendanceStatus;
import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * COMM-009 主任会议组成 — at county level the directors' meeting consists of the director and the deputy directors;
 * no other member sits on it, and there is no secretary-general.
 *
 * <p>地方组织法（2022）第五十四条：「县、自治县、不设区的市、市辖区的人民代表大会常务委员会主任、副主任组成主任会议。」 第四十七条第二款
 * gives a county committee only 主任、副主任 and 委员, so a county 主任会议 has no 秘书长 (provincial and prefecture
 * committees have one). The 2015 text is cited with the 2022 wording; its article number (第四十九条, from memory) is
 * UNVERIFIED.
 *
 * <p>Readings: the members listed as present at a {@link MeetingKind#DIRECTORS} meeting must be, on its date, the
 * director or a deputy director (an acting director is a deputy director); others attend as 列席 and are recorded as
 * non-voting attendance. A directors' meeting without an attendance list is "cannot tell". The model has no
 * secretary-general role, so that part of the rule cannot be broken by the records.
 */
public final class DirectorsMeetingCompositionRule extends Rule {
  private static final String QUOTE = "县、自治县、不设区的市、市辖区的人民代表大会常务委员会主任、副主任组成主任会议。";

  /** Creates the rule. */
  public DirectorsMeetingCompositionRule() {
    super("COMM-009", "主任会议由主任、副主任组成", "Directors' meeting of the director and deputy directors",
        List.of(RuleVersion.of(Citation.of(Laws.LOCAL_ORGANIC_LAW_2015, 49, QUOTE)),
            RuleVersion.of(Citation.of(Laws.LOCAL_ORGANIC_LAW_2022, 54, QUOTE))),
        List.of(),
        List.of("Members listed as present must be the director or a deputy director on the meeting's date; others "
                + "attend as non-voting attendees.",
            "A directors' meeting without an attendance list is cannot tell.",
            "The 2015 article number (49) is unverified."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Meeting meeting : context.getRecords().getMeetings()) {
      if (meeting.getKind() != MeetingKind.DIRECTORS) {
        continue;
      }
      Optional<RuleVersion> version = versionOn(meeting.getDate(), context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      Citation citation = version.get().getCitation();
      if (meeting.getAttendance().isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(meeting), meeting.getDate())
            .expectedZh("主任会议由主任、副主任组成").foundZh("未记录出席人员")
            .expectedEn("a directors' meeting of the director and deputy directors")
            .foundEn("no attendance recorded").addMissingFacts("attendance").build());
        continue;
      }
      Optional<CongressTerm> term = context.termOn(meeting.getDate());
      if (term.isEmpty()) {
        findings.add(noTermOn(citation, label(meeting), meeting.getDate()));
        continue;
      }
      Set<PersonId> directors = term.get().directorsMeetingOn(meeting.getDate()).stream()
          .map(CommitteeMembership::getPersonId).collect(Collectors.toSet());
      List<String> others = meeting.getAttendance().stream()
          .filter(a -> a.getStatus() == AttendanceStatus.PRESENT && !directors.contains(a.getMemberId()))
          .map(Attendance::getMemberId).map(PersonId::toString).sorted().collect(Collectors.toList());
      if (!others.isEmpty()) {
        findings.add(finding(Severity.VIOLATION, citation, label(meeting), meeting.getDate())
            .expectedZh("出席主任会议的组成人员均为主任或副主任")
            .foundZh(String.join("、", others) + "于" + meeting.getDate() + "不是主任或副主任，却列为主任会议组成人员出席")
            .expectedEn("only the director and deputy directors sitting as members of the directors' meeting")
            .foundEn(String.join(", ", others) + ", not director or deputy director on " + meeting.getDate()
                + ", listed as present members")
            .build());
      }
    }
    return findings;
  }
}

package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.supervision.Interpellation;
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
 * COMM-003 质询案的提出 — an interpellation is filed in writing, during a committee meeting, by at least three
 * members jointly, and names its target and questions.
 *
 * <p>监督法（2024）第五十一条：「……县级人民代表大会常务委员会组成人员三人以上联名，可以向常务委员会书面提出对本级人民政府及其部门和
 * 监察委员会、人民法院、人民检察院的质询案。」 / 「质询案应当写明质询对象、质询的问题和内容。」 2006 第三十五条 is the same without
 * 监察委员会. 地方组织法（2022）第五十三条第一款：「在常务委员会会议期间，……县级的人民代表大会常务委员会组成人员三人以上联名，可以向
 * 常务委员会书面提出对本级人民政府及其工作部门、监察委员会、人民法院、人民检察院的质询案。质询案必须写明质询对象、质询的问题和内容。」
 *
 * <p>Readings: 「三人以上」 includes three (parameter {@code committee.minInterpellationSponsors}). Only sponsors who
 * are committee members in office on the filing day count; no sponsors recorded is "cannot tell"
 * ({@code sponsorIds}). 「会议期间」: the filing day lies within the meeting
 * referred to (opening day to closing day). The target organ and the questions are mandatory fields of the record;
 * the questions may not be blank, so 「写明」 is satisfied by construction. The target organ is not judged (the
 * supervisory commission, absent from the 2006 text, became answerable to interpellation with its creation in 2018).
 */
public final class InterpellationRule extends Rule {
  /** Creates the rule. */
  public InterpellationRule() {
    super("COMM-003", "质询案的提出", "Filing an interpellation",
        List.of(RuleVersion.of(CommitteeParameters.SUPERVISION_2006_INTERPELLATION),
            RuleVersion.of(CommitteeParameters.SUPERVISION_2024_INTERPELLATION)),
        List.of(CommitteeParameters.MIN_INTERPELLATION_SPONSORS),
        List.of("三人以上 includes three; only sponsors in office on the filing day count; no sponsors recorded is "
                + "cannot tell.",
            "会议期间: the filing day lies between the meeting's opening and closing days.",
            "Target and questions are mandatory, non-blank fields of the record."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    Members members = new Members(context.getRecords());
    for (Interpellation interpellation : context.getRecords().getInterpellations()) {
      var date = interpellation.getFiledDate();
      Optional<RuleVersion> version = versionOn(date, context.getProfile());
      Optional<Integer> min = context.valueOn(CommitteeParameters.MIN_INTERPELLATION_SPONSORS, date);
      if (version.isEmpty() || min.isEmpty()) {
        continue;
      }
      Citation citation = version.get().getCitation();
      String record = label(interpellation);
      int sponsors = members.countInOffice(interpellation.getSponsorIds(), date);
      if (interpellation.getSponsorIds().isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, citation, record, date)
            .expectedZh("由常委会组成人员" + min.get() + "人以上联名提出").foundZh("未记录联名人")
            .expectedEn("at least " + min.get() + " committee members jointly").foundEn("no sponsors recorded")
            .addMissingFacts("sponsorIds").build());
      } else if (sponsors < min.get()) {
        findings.add(finding(Severity.VIOLATION, citation, record, date)
            .expectedZh("由常委会组成人员" + min.get() + "人以上联名提出")
            .foundZh("当日在任的组成人员联名" + sponsors + "人（署名" + interpellation.getSponsorIds().size() + "人）")
            .expectedEn("at least " + min.get() + " committee members jointly")
            .foundEn(sponsors + " members in office among " + interpellation.getSponsorIds().size() + " sponsors")
            .build());
      }
      if (!interpellation.isWritten()) {
        findings.add(finding(Severity.VIOLATION, citation, record, date)
            .expectedZh("书面提出质询案").foundZh("未以书面形式提出")
            .expectedEn("an interpellation filed in writing").foundEn("not filed in writing").build());
      }
      Optional<Meeting> meeting = context.getIndex().find(interpellation.getMeetingId(), Meeting.class);
      if (meeting.isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, citation, record, date)
            .expectedZh("在常务委员会会议期间提出").foundZh("未找到会议" + interpellation.getMeetingId())
            .expectedEn("filed during a committee meeting")
            .foundEn("meeting " + interpellation.getMeetingId() + " not found")
            .addMissingFacts("meetingId").build());
      } else if (date.isBefore(meeting.get().getDate()) || date.isAfter(meeting.get().lastDay())) {
        findings.add(finding(Severity.VIOLATION, citation, record, date)
            .expectedZh("在常务委员会会议期间（" + meeting.get().getDate() + "至" + meeting.get().lastDay() + "）提出")
            .foundZh("于" + date + "提出")
            .expectedEn("filed during the committee meeting (" + meeting.get().getDate() + " to "
                + meeting.get().lastDay() + ")")
            .foundEn("filed on " + date).build());
      }
    }
    return findings;
  }
}

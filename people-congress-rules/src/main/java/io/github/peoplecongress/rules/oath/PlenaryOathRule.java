package io.github.peoplecongress.rules.oath;

import io.github.peoplecongress.model.meeting.Meeting;
import io.github.peoplecongress.model.meeting.MeetingKind;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OATH-011: a ceremony the directors' meeting organises is normally held at a plenary meeting of the committee
 * (上海).
 *
 * <p>上海市实施宪法宣誓制度办法第九条: the ceremony 「……一般在常务委员会全体会议上进行」.
 *
 * <p>Readings: applies where a profile sets {@code oath.atCommitteePlenary}, to constitutional ceremonies organised by
 * the directors' meeting; 「一般」 makes it a WARNING when the ceremony was not held at a meeting (no
 * {@code meetingId}) or at a meeting other than a standing-committee meeting; a meeting id the year does not hold is
 * CANNOT_TELL.
 */
public final class PlenaryOathRule extends Rule {

  /** Creates the rule. */
  public PlenaryOathRule() {
    super("OATH-011", "宣誓仪式一般在常委会全体会议上进行", "Ceremony normally at a committee plenary meeting",
        List.of(RuleVersion.of(OathLaw.SHANGHAI_9)), List.of(OathParameters.AT_PLENARY),
        List.of("Applies where a profile sets oath.atCommitteePlenary (上海 Art. 9), to ceremonies organised by the "
            + "directors' meeting; 一般: a warning when not at a standing-committee meeting."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (OathCeremony ceremony : context.getRecords().getOathCeremonies()) {
      if (ceremony.getKind() != OathKind.CONSTITUTIONAL
          || ceremony.getOrganiser().filter(o -> o == OathOrganiser.DIRECTORS_MEETING).isEmpty()) {
        continue;
      }
      Optional<DatedSeries.Entry<Boolean>> entry =
          OathRecords.localEntry(context, OathParameters.AT_PLENARY, ceremony.getDate());
      if (entry.isEmpty() || !entry.get().getValue().orElseThrow()) {
        continue;
      }
      Citation citation = entry.get().getCitation().orElseThrow();
      String expectedZh = "主任会议组织的宣誓仪式一般在常务委员会全体会议上进行";
      String expectedEn = "a ceremony of the directors' meeting normally held at a committee plenary meeting";
      if (ceremony.getMeetingId().isEmpty()) {
        findings.add(finding(Severity.WARNING, citation, label(ceremony), ceremony.getDate()).expectedZh(expectedZh)
            .expectedEn(expectedEn).foundZh("宣誓仪式未在会议上举行").foundEn("a ceremony held at no meeting").build());
        continue;
      }
      Optional<Meeting> meeting = context.getIndex().find(ceremony.getMeetingId().get(), Meeting.class);
      if (meeting.isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(ceremony), ceremony.getDate())
            .expectedZh(expectedZh).expectedEn(expectedEn)
            .foundZh("会议" + ceremony.getMeetingId().get() + "不在本年度记录中")
            .foundEn("meeting " + ceremony.getMeetingId().get() + " is not in the year's records")
            .addMissingFacts("meetingId").build());
      } else if (meeting.get().getKind() != MeetingKind.STANDING_COMMITTEE) {
        findings.add(finding(Severity.WARNING, citation, label(ceremony), ceremony.getDate()).expectedZh(expectedZh)
            .expectedEn(expectedEn)
            .foundZh("宣誓仪式在" + meeting.get().getKind().getLabel() + "（" + meeting.get().getId() + "）上举行")
            .foundEn("a ceremony at a " + meeting.get().getKind().name().toLowerCase().replace('_', ' ')
                + " meeting (" + meeting.get().getId() + ")").build());
      }
    }
    return findings;
  }
}

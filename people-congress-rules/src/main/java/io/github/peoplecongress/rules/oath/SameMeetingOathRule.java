package io.github.peoplecongress.rules.oath;

import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.ImmutableFinding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OATH-003: the committee's appointees swear at the same plenary meeting that appointed them, after the letters of
 * appointment are handed over (重庆).
 *
 * <p>重庆市宪法宣誓实施办法第九条第二款: 「……主任会议组织的宣誓仪式，应当在常务委员会全体会议上当场颁发任命书之后、会议闭幕之前
 * 举行。」
 *
 * <p>Readings:
 * <ul>
 *   <li>Applies where a profile sets {@code oath.sameCommitteeMeeting}, to constitutional oaths after actions of the
 *       standing committee, unless the ceremony was organised by a government, supervisory commission, court or
 *       procuratorate (those officers swear before their own organ, OATH-004).</li>
 *   <li>"Same meeting" means the ceremony's {@code meetingId} equals the action's; a ceremony not held at a meeting, or
 *       at another meeting, is a VIOLATION when the directors' meeting organised it and CANNOT_TELL when the organiser
 *       is not recorded.</li>
 *   <li>"After the letters": the ceremony is not dated before {@code letterHandedOverDate}; a missing letter date is
 *       CANNOT_TELL.</li>
 * </ul>
 */
public final class SameMeetingOathRule extends Rule {

  /** Creates the rule. */
  public SameMeetingOathRule() {
    super("OATH-003", "常委会任命人员当次会议颁发任命书后宣誓",
        "Committee appointees swear at the same plenary meeting after the letters",
        List.of(RuleVersion.of(OathLaw.CHONGQING_9_2)), List.of(OathParameters.SAME_MEETING),
        List.of("Applies where a profile sets oath.sameCommitteeMeeting (重庆 Art. 9(2)), to constitutional oaths after "
                + "committee actions, except ceremonies organised by a government, supervisory commission, court or "
                + "procuratorate.",
            "Same meeting: the ceremony's meetingId equals the action's; organiser unrecorded and another meeting: "
                + "cannot tell.",
            "After the letters: the ceremony is not before letterHandedOverDate; a missing letter date: cannot tell."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    OathRecords records = OathRecords.of(context);
    List<Finding> findings = new ArrayList<>();
    for (PersonnelAction action : context.getRecords().getPersonnelActions()) {
      if (!OathRecords.requiresOath(action) || OathRecords.kindFor(action) != OathKind.CONSTITUTIONAL
          || action.getDecidedBy() != ActingBody.STANDING_COMMITTEE) {
        continue;
      }
      LocalDate decided = action.getDecisionDate();
      Optional<DatedSeries.Entry<Boolean>> entry =
          OathRecords.localEntry(context, OathParameters.SAME_MEETING, decided);
      Optional<OathCeremony> oath = records.oathFor(action);
      if (entry.isEmpty() || !entry.get().getValue().orElseThrow() || oath.isEmpty()) {
        continue;
      }
      OathCeremony ceremony = oath.get();
      Optional<OathOrganiser> organiser = ceremony.getOrganiser();
      if (organiser.isPresent() && organiser.get() != OathOrganiser.DIRECTORS_MEETING) {
        continue;
      }
      Citation citation = entry.get().getCitation().orElseThrow();
      String meetingText = action.getMeetingId().map(Object::toString).orElse("?");
      String expectedZh = "在作出任命的常委会全体会议（" + meetingText + "）上当场颁发任命书之后、会议闭幕之前宣誓";
      String expectedEn = "the oath at the plenary meeting that appointed (" + meetingText
          + "), after the letters of appointment were handed over";
      ImmutableFinding.Builder cannotTell = finding(Severity.CANNOT_TELL, citation, label(action), decided)
          .expectedZh(expectedZh).expectedEn(expectedEn);
      if (action.getMeetingId().isEmpty()) {
        findings.add(cannotTell.foundZh("任免记录未载明会议，宣誓仪式" + ceremony.getId() + "于" + ceremony.getDate() + "举行")
            .foundEn("no meeting recorded for the action; ceremony " + ceremony.getId() + " on " + ceremony.getDate())
            .addMissingFacts("meetingId").build());
        continue;
      }
      boolean sameMeeting = ceremony.getMeetingId().equals(action.getMeetingId());
      if (!sameMeeting) {
        String whereZh = ceremony.getMeetingId().map(m -> "在" + m + "上").orElse("未在会议上");
        String whereEn = ceremony.getMeetingId().map(m -> "at " + m).orElse("not at a meeting");
        if (organiser.isEmpty()) {
          findings.add(cannotTell.foundZh("宣誓仪式" + ceremony.getId() + "于" + ceremony.getDate() + whereZh
                  + "举行，组织机关未载明")
              .foundEn("ceremony " + ceremony.getId() + " on " + ceremony.getDate() + " " + whereEn
                  + ", organiser not recorded")
              .addMissingFacts("organiser").build());
        } else {
          findings.add(finding(Severity.VIOLATION, citation, label(action), decided).expectedZh(expectedZh)
              .expectedEn(expectedEn)
              .foundZh("主任会议组织的宣誓仪式" + ceremony.getId() + "于" + ceremony.getDate() + whereZh + "举行")
              .foundEn("ceremony " + ceremony.getId() + " organised by the directors' meeting on "
                  + ceremony.getDate() + " " + whereEn).build());
        }
        continue;
      }
      if (action.getLetterHandedOverDate().isEmpty()) {
        findings.add(cannotTell.foundZh("同次会议宣誓（" + ceremony.getDate() + "），任命书颁发日期未载明")
            .foundEn("the oath at the same meeting (" + ceremony.getDate() + "), letter date not recorded")
            .addMissingFacts("letterHandedOverDate").build());
      } else if (ceremony.getDate().isBefore(action.getLetterHandedOverDate().get())) {
        findings.add(finding(Severity.VIOLATION, citation, label(action), decided).expectedZh(expectedZh)
            .expectedEn(expectedEn)
            .foundZh("于" + ceremony.getDate() + "宣誓，早于" + action.getLetterHandedOverDate().get() + "颁发任命书")
            .foundEn("the oath on " + ceremony.getDate() + ", before the letters were handed over on "
                + action.getLetterHandedOverDate().get()).build());
      }
    }
    return findings;
  }
}

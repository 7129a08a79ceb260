package io.github.peoplecongress.rules.oath;

import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.parameter.DatedSeries;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * OATH-009: the ceremony of the district committee's appointees is organised by the body the provincial rule names
 * (the directors' meeting in Beijing, Shanghai and Chongqing).
 *
 * <p>上海市实施宪法宣誓制度办法第五条第二款: 「宣誓仪式由区人民代表大会常务委员会主任会议组织。」 Beijing Art. 11(3) and
 * Chongqing Art. 5(2) say the same for district committee appointees, and let judges and prosecutors (Chongqing: court,
 * procuratorate and supervisory-commission officers) swear before their own organ; Shanghai Art. 6(4) lets judges and
 * prosecutors swear at their court or procuratorate.
 *
 * <p>Readings:
 * <ul>
 *   <li>The NPCSC decision leaves the organiser to the provinces (clause 九, partly unverified): the rule applies only
 *       under a profile that sets {@code oath.committeeAppointeeOrganiser}.</li>
 *   <li>For a post in the court, procuratorate or supervisory commission ({@code stateOrgan}), that organ's own ceremony
 *       is accepted as well: the record cannot tell a deputy president (主任会议 in Shanghai, Art. 6(3)) from a judge
 *       (Art. 6(4)).</li>
 *   <li>Organiser not recorded: CANNOT_TELL; another organiser: VIOLATION. Constitutional oaths after actions of the
 *       standing committee only; the assessor ceremony's organiser is ASSR-007.</li>
 * </ul>
 */
public final class OathOrganiserRule extends Rule {

  /** Creates the rule. */
  public OathOrganiserRule() {
    super("OATH-009", "常委会任命人员宣誓仪式的组织机关", "Organiser of the committee appointees' ceremony",
        List.of(RuleVersion.of(OathLaw.BEIJING_11_3), RuleVersion.of(OathLaw.SHANGHAI_5_2),
            RuleVersion.of(OathLaw.CHONGQING_5_2)),
        List.of(OathParameters.COMMITTEE_ORGANISER),
        List.of("Applies only where a profile sets oath.committeeAppointeeOrganiser (北京, 上海, 重庆: 主任会议).",
            "Posts in the court, procuratorate or supervisory commission may also swear before their own organ.",
            "Organiser unrecorded: cannot tell; another organiser: violation."));
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
      Optional<OathCeremony> oath = records.oathFor(action);
      if (oath.isEmpty()) {
        continue;
      }
      OathCeremony ceremony = oath.get();
      Optional<DatedSeries.Entry<OathOrganiser>> entry =
          OathRecords.localEntry(context, OathParameters.COMMITTEE_ORGANISER, ceremony.getDate());
      if (entry.isEmpty()) {
        continue;
      }
      Citation citation = entry.get().getCitation().orElseThrow();
      Set<OathOrganiser> allowed = EnumSet.of(entry.get().getValue().orElseThrow());
      action.getStateOrgan().ifPresent(organ -> allowed.add(ownOrganiser(organ)));
      allowed.remove(OathOrganiser.GOVERNMENT);
      allowed.add(entry.get().getValue().orElseThrow());
      String expectedZh = "宣誓仪式由" + allowed.stream().map(OathOrganiser::getLabel).collect(Collectors.joining("或"))
          + "组织";
      String expectedEn = "a ceremony organised by " + allowed.stream().map(o -> o.name().toLowerCase().replace('_', ' '))
          .collect(Collectors.joining(" or "));
      if (ceremony.getOrganiser().isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(action), ceremony.getDate()).expectedZh(expectedZh)
            .expectedEn(expectedEn).foundZh("宣誓仪式" + ceremony.getId() + "未载明组织机关")
            .foundEn("ceremony " + ceremony.getId() + " without a recorded organiser").addMissingFacts("organiser")
            .build());
      } else if (!allowed.contains(ceremony.getOrganiser().get())) {
        findings.add(finding(Severity.VIOLATION, citation, label(action), ceremony.getDate()).expectedZh(expectedZh)
            .expectedEn(expectedEn)
            .foundZh("宣誓仪式" + ceremony.getId() + "由" + ceremony.getOrganiser().get().getLabel() + "组织")
            .foundEn("ceremony " + ceremony.getId() + " organised by "
                + ceremony.getOrganiser().get().name().toLowerCase().replace('_', ' ')).build());
      }
    }
    return findings;
  }

  private static OathOrganiser ownOrganiser(StateOrgan organ) {
    return switch (organ) {
      case COURT -> OathOrganiser.COURT;
      case PROCURATORATE -> OathOrganiser.PROCURATORATE;
      case SUPERVISORY_COMMISSION -> OathOrganiser.SUPERVISORY_COMMISSION;
      case GOVERNMENT -> OathOrganiser.GOVERNMENT;
    };
  }
}

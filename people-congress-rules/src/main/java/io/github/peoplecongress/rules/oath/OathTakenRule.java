package io.github.peoplecongress.rules.oath;

import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OATH-001: every person the congress or its standing committee elects or appoints (and every person a government,
 * supervisory commission, court or procuratorate appoints, where the year records it) takes the oath.
 *
 * <p>宪法第二十七条第三款: 「国家工作人员就职时应当依照法律规定公开进行宪法宣誓。」
 *
 * <p>宪法宣誓制度的决定（2015）第一条: 「各级人民代表大会及县级以上各级人民代表大会常务委员会选举或者决定任命的国家工作人员,
 * 以及各级人民政府、人民法院、人民检察院任命的国家工作人员,在就职时应当公开进行宪法宣誓」; （2018）第一条 adds
 * 监察委员会. Persons elected or appointed by a congress or committee swear 「在依照法定程序产生后」.
 *
 * <p>人民陪审员法（2018）第十二条: 「人民陪审员经人民代表大会常务委员会任命后，应当公开进行就职宣誓。宣誓仪式由基层人民法院
 * 会同司法行政机关组织。」
 *
 * <p>Readings:
 * <ul>
 *   <li>An action is in scope when it appoints ({@code PersonnelAction.appoints()}: 选举, 补选, 任命, 决定任命, 批准任命,
 *       决定代理) and was not taken by the directors' meeting, which the decision does not name.</li>
 *   <li>People's assessors take the assessor oath (a ceremony of kind {@code PEOPLES_ASSESSOR}), from the People's
 *       Assessors Law's entry into force on 2018-04-27; everyone else takes the constitutional oath, from 2016-01-01.
 *       A ceremony of the other kind does not count.</li>
 *   <li>An action's oath is a ceremony at which the appointee swore, on or after the decision date, that the action
 *       links, whose swearer names the action, or at which the person swore. A ceremony before the decision is not an
 *       oath "after being produced".</li>
 *   <li>National law sets no period. A missing oath is reported as a VIOLATION once {@code oath.nationalGraceDays}
 *       (library default 30 calendar days, not a statutory period) after the decision date have passed by the "as of"
 *       date; before then it is PENDING. Local periods are OATH-002 and OATH-004.</li>
 *   <li>Records of any span are read whole: an appointment of 28 December is sworn by a ceremony of January in the
 *       next year's records. When the grace period ends after the records' as-of date, the oath is PENDING with
 *       the period's last day.</li>
 *   <li>Supervisory-commission appointees are in scope only under the 2018 decision.</li>
 * </ul>
 */
public final class OathTakenRule extends Rule {

  /** Creates the rule. */
  public OathTakenRule() {
    super("OATH-001", "依法产生后进行宪法宣誓", "Oath taken after election or appointment",
        List.of(RuleVersion.of(OathLaw.CLAUSE_1_2015), RuleVersion.of(OathLaw.CLAUSE_1_2018),
            RuleVersion.of(OathLaw.ASSESSORS_12)),
        List.of(OathParameters.GRACE_DAYS),
        List.of("Scope: every appointing action (选举, 补选, 任命, 决定任命, 批准任命, 决定代理) not taken by the directors' "
                + "meeting; people's assessors take the assessor oath (from 2018-04-27), others the constitutional oath.",
            "An oath is a ceremony of the right kind at which the appointee swore on or after the decision date.",
            "National law sets no period: a missing oath is a violation once oath.nationalGraceDays (library default 30 "
                + "calendar days) after the decision have passed by the as-of date.",
            "When the grace period ends after the records' as-of date the oath is pending, due by its last day."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    OathRecords records = OathRecords.of(context);
    LocalDate recordsEnd = context.getAsOf();
    List<Finding> findings = new ArrayList<>();
    for (PersonnelAction action : context.getRecords().getPersonnelActions()) {
      if (!OathRecords.requiresOath(action)) {
        continue;
      }
      OathKind kind = OathRecords.kindFor(action);
      LocalDate decided = action.getDecisionDate();
      String statute = kind == OathKind.PEOPLES_ASSESSOR ? "PEOPLES_ASSESSORS_LAW" : "OATH_DECISION";
      Optional<RuleVersion> version = OathRecords.versionOf(this, statute, decided, context.getProfile());
      if (version.isEmpty() || version.get().getLaw().equals(Laws.OATH_DECISION_2015)
          && action.getDecidedBy() == ActingBody.SUPERVISORY_COMMISSION) {
        continue;
      }
      if (records.oathFor(action).isPresent()) {
        continue;
      }
      int grace = context.valueOn(OathParameters.GRACE_DAYS, decided).orElse(0);
      LocalDate deadline = decided.plusDays(grace);
      String oathZh = kind == OathKind.PEOPLES_ASSESSOR ? "人民陪审员就职宣誓" : "宪法宣誓";
      String oathEn = kind == OathKind.PEOPLES_ASSESSOR ? "the people's assessor oath" : "the constitutional oath";
      String expectedZh = "在" + decided + action.getKind().getLabel() + "后进行" + oathZh + "（本库宽限" + grace + "日，至"
          + deadline + "）";
      String expectedEn = "to take " + oathEn + " after the " + action.getKind().name().toLowerCase().replace('_', ' ')
          + " of " + decided + " (library grace of " + grace + " days, until " + deadline + ")";
      Optional<OathCeremony> early = records.linked(action).stream()
          .filter(c -> c.getDate().isBefore(decided)).findFirst();
      String earlyZh = early.map(c -> "（" + c.getId() + "于" + c.getDate() + "举行，早于任免）").orElse("");
      String earlyEn = early.map(c -> " (" + c.getId() + " was held on " + c.getDate() + ", before the decision)")
          .orElse("");
      if (!recordsEnd.isAfter(deadline)) {
        findings.add(pending(version.get().getCitation(), label(action), decided, deadline)
            .expectedZh(expectedZh).expectedEn(expectedEn)
            .foundZh("至" + recordsEnd + "未见宣誓记录，宽限期尚未届满" + earlyZh)
            .foundEn("no oath recorded up to " + recordsEnd + ", before the grace period ends" + earlyEn).build());
      } else {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(action), decided)
            .expectedZh(expectedZh).expectedEn(expectedEn)
            .foundZh("至" + recordsEnd + "未见宣誓记录" + earlyZh)
            .foundEn("no oath recorded up to " + recordsEnd + earlyEn).build());
      }
    }
    return findings;
  }
}

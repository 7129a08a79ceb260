package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.model.body.Organization;
import io.github.peoplecongress.model.body.StateOrgan;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * COMM-007 常委会组成人员不得担任国家机关职务 — a committee member may not hold office in an administrative, supervisory,
 * judicial or procuratorial organ; one who takes such a post must first resign from the committee.
 *
 * <p>地方组织法（2022）第四十七条第三款：「常务委员会的组成人员不得担任国家行政机关、监察机关、审判机关和检察机关的职务；如果担任
 * 上述职务，必须向常务委员会辞去常务委员会的职务。」 宪法（2018）第一百零三条第三款：「县级以上的地方各级人民代表大会常务委员会的组成人员
 * 不得担任国家行政机关、监察机关、审判机关和检察机关的职务。」 2015 (recalled, UNVERIFIED, statutes.md §1.3):
 * 「不得担任国家行政机关、审判机关和检察机关的职务」 — without 监察机关.
 *
 * <p>Readings: the fact is a personnel action that puts a person into a post of the government (and its departments),
 * the supervisory commission (from the 2018 constitutional amendment), the court or the procuratorate, classified by
 * the action's {@code stateOrgan}, else by its organisation's kind. The person must not be a committee member in
 * office on the day the post is taken (the action's effective date, else its decision date); memberships are
 * half-open, so a resignation accepted that same day is in time.
 */
public final class IncompatibleOfficeRule extends Rule {
  private static final Citation ORGANIC_2015 = Citation.of(Laws.LOCAL_ORGANIC_LAW_2015, 41,
      "常务委员会的组成人员不得担任国家行政机关、审判机关和检察机关的职务；如果担任上述职务，必须向常务委员会辞去常务委员会的职务。");
  private static final Citation CONSTITUTION = Citation.of(Laws.CONSTITUTION_2018, 103, 3,
      "县级以上的地方各级人民代表大会常务委员会的组成人员不得担任国家行政机关、监察机关、审判机关和检察机关的职务。");
  private static final Citation ORGANIC_2022 = Citation.of(Laws.LOCAL_ORGANIC_LAW_2022, 47, 3,
      "常务委员会的组成人员不得担任国家行政机关、监察机关、审判机关和检察机关的职务；如果担任上述职务，必须向常务委员会辞去常务委员会的职务。");

  /** Creates the rule. */
  public IncompatibleOfficeRule() {
    super("COMM-007", "常委会组成人员不得担任国家机关职务", "Committee members may not hold state-organ posts",
        List.of(RuleVersion.of(ORGANIC_2015), RuleVersion.of(CONSTITUTION), RuleVersion.of(ORGANIC_2022)),
        List.of(),
        List.of("The post is classified by the action's stateOrgan, else by its organisation's kind.",
            "The supervisory commission is covered from the 2018 constitutional amendment.",
            "The person must not be in office on the committee on the day the post is taken (effective date, else "
                + "decision date)."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    Members members = new Members(context.getRecords());
    for (PersonnelAction action : context.getRecords().getPersonnelActions()) {
      if (!action.appoints()) {
        continue;
      }
      LocalDate date = action.getEffectiveDate().orElse(action.getDecisionDate());
      Optional<RuleVersion> version = versionOn(date, context.getProfile());
      Optional<StateOrgan> organ = action.getStateOrgan().or(() -> context.getIndex()
          .find(action.getOrganizationId(), Organization.class).flatMap(Organization::stateOrgan));
      if (version.isEmpty() || organ.isEmpty() || !members.inOffice(action.getPersonId(), date)) {
        continue;
      }
      Citation citation = version.get().getCitation();
      if (organ.get() == StateOrgan.SUPERVISORY_COMMISSION && citation.getLaw() == Laws.LOCAL_ORGANIC_LAW_2015) {
        continue;
      }
      findings.add(finding(Severity.VIOLATION, citation, label(action), date)
          .expectedZh("担任" + organ.get().getLabel() + "职务前辞去常务委员会的职务")
          .foundZh(date + "担任" + action.getPostTitle() + "时仍为常委会组成人员" + action.getPersonId())
          .expectedEn("resignation from the committee before taking a post in the " + organ.get().name()
              .toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          .foundEn(action.getPersonId() + " still a committee member on " + date + " when taking the post")
          .build());
    }
    return findings;
  }
}

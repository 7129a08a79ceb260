package io.github.peoplecongress.rules.oath;

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
import io.github.peoplecongress.rules.period.Deadline;
import io.github.peoplecongress.rules.period.UncoveredDateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * OATH-004: a ceremony organised by a government, court or procuratorate is held within a local number of working
 * days of the announcement of the appointment (重庆).
 *
 * <p>重庆市宪法宣誓实施办法第九条第三款: ceremonies organised by governments, courts and procuratorates 「……应当在任命通知
 * 公布之日起十五个工作日内举行」.
 *
 * <p>Readings:
 * <ul>
 *   <li>Applies where a profile sets {@code oath.maxWorkingDaysAfterAnnouncement}, to constitutional oaths whose
 *       ceremony the government, court or procuratorate organised, or, when the organiser is not recorded, that
 *       follow an appointment by one of those organs.</li>
 *   <li>The working days run from the announcement day ({@code announcementDate}, not counted, 民法典第二百零一条 by
 *       analogy) over the holiday calendar; a missing announcement date or an uncovered year is CANNOT_TELL.</li>
 *   <li>「应当」: a later ceremony is a VIOLATION.</li>
 * </ul>
 */
public final class OrganOathWorkingDaysRule extends Rule {
  private static final Set<OathOrganiser> ORGANS =
      EnumSet.of(OathOrganiser.GOVERNMENT, OathOrganiser.COURT, OathOrganiser.PROCURATORATE);
  private static final Set<ActingBody> APPOINTING_ORGANS =
      EnumSet.of(ActingBody.GOVERNMENT, ActingBody.COURT, ActingBody.PROCURATORATE);

  /** Creates the rule. */
  public OrganOathWorkingDaysRule() {
    super("OATH-004", "机关组织的宣誓仪式在任命通知公布后限期举行",
        "Organ-organised ceremony within working days of the announcement",
        List.of(RuleVersion.of(OathLaw.CHONGQING_9_3)), List.of(OathParameters.MAX_WORKING_DAYS),
        List.of("Applies where a profile sets oath.maxWorkingDaysAfterAnnouncement (重庆 Art. 9(3): 15), to ceremonies "
                + "organised by a government, court or procuratorate (or, organiser unrecorded, after an appointment by "
                + "one of them).",
            "Working days run from announcementDate, not counted, over the holiday calendar; missing date or uncovered "
                + "year: cannot tell."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    OathRecords records = OathRecords.of(context);
    List<Finding> findings = new ArrayList<>();
    for (PersonnelAction action : context.getRecords().getPersonnelActions()) {
      if (!OathRecords.requiresOath(action) || OathRecords.kindFor(action) != OathKind.CONSTITUTIONAL) {
        continue;
      }
      LocalDate decided = action.getDecisionDate();
      Optional<DatedSeries.Entry<Integer>> entry =
          OathRecords.localEntry(context, OathParameters.MAX_WORKING_DAYS, decided);
      Optional<OathCeremony> oath = records.oathFor(action);
      if (entry.isEmpty() || oath.isEmpty()) {
        continue;
      }
      OathCeremony ceremony = oath.get();
      boolean organCeremony = ceremony.getOrganiser().map(ORGANS::contains)
          .orElse(APPOINTING_ORGANS.contains(action.getDecidedBy()));
      if (!organCeremony) {
        continue;
      }
      int days = entry.get().getValue().orElseThrow();
      Citation citation = entry.get().getCitation().orElseThrow();
      String expectedZh = "在任命通知公布之日起" + days + "个工作日内举行宣誓仪式";
      String expectedEn = "the ceremony within " + days + " working days of the announcement";
      String foundZh = "宣誓仪式" + ceremony.getId() + "于" + ceremony.getDate() + "举行";
      String foundEn = "ceremony " + ceremony.getId() + " on " + ceremony.getDate();
      if (action.getAnnouncementDate().isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(action), decided).expectedZh(expectedZh)
            .expectedEn(expectedEn).foundZh(foundZh + "，任命通知公布日期未载明")
            .foundEn(foundEn + ", announcement date not recorded").addMissingFacts("announcementDate").build());
        continue;
      }
      LocalDate announced = action.getAnnouncementDate().get();
      Deadline deadline;
      try {
        deadline = context.getPeriods().lastDayOfWorkingDays(announced, days);
      } catch (UncoveredDateException e) {
        findings.add(finding(Severity.CANNOT_TELL, citation, label(action), announced).expectedZh(expectedZh)
            .expectedEn(expectedEn).foundZh(foundZh + "，但节假日日历未覆盖" + e.year() + "年")
            .foundEn(foundEn + ", but the holiday calendar does not cover " + e.year())
            .addMissingFacts("holidayCalendar " + e.year()).build());
        continue;
      }
      if (!deadline.isMetBy(ceremony.getDate())) {
        findings.add(finding(Severity.VIOLATION, citation, label(action), announced)
            .expectedZh("在" + announced + "公布任命通知之日起" + days + "个工作日内（至" + deadline.lastDay() + "）举行宣誓仪式")
            .expectedEn("the ceremony within " + days + " working days of the announcement on " + announced
                + " (until " + deadline.lastDay() + ")")
            .foundZh(foundZh).foundEn(foundEn).build());
      }
    }
    return findings;
  }
}

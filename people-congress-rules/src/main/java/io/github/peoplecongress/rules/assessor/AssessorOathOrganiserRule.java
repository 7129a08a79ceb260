package io.github.peoplecongress.rules.assessor;

import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.model.personnel.OathOrganiser;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ASSR-007: the assessors' oath ceremony is organised by the basic-level court together with the justice bureau.
 *
 * <p>人民陪审员法第十二条: 「人民陪审员经人民代表大会常务委员会任命后，应当公开进行就职宣誓。宣誓仪式由基层人民法院会同司法行政机关
 * 组织。」
 *
 * <p>Readings: ceremonies of kind {@code PEOPLES_ASSESSOR} from 2018-04-27; organiser {@code COURT_WITH_JUSTICE_BUREAU}
 * complies; the court alone, the committee or its directors' meeting does not (VIOLATION); not recorded: CANNOT_TELL.
 * Whether each assessor swore at all is OATH-001.
 */
public final class AssessorOathOrganiserRule extends Rule {

  /** Creates the rule. */
  public AssessorOathOrganiserRule() {
    super("ASSR-007", "人民陪审员宣誓仪式由法院会同司法行政机关组织",
        "Assessor oath organised by the court with the justice bureau", List.of(RuleVersion.of(AssessorLaw.ART_12)),
        List.of(), List.of("Organiser COURT_WITH_JUSTICE_BUREAU complies; any other: violation; not recorded: cannot "
            + "tell. Whether each assessor swore is OATH-001."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (OathCeremony ceremony : context.getRecords().getOathCeremonies()) {
      if (ceremony.getKind() != OathKind.PEOPLES_ASSESSOR) {
        continue;
      }
      Optional<RuleVersion> version = versionOn(ceremony.getDate(), context.getProfile());
      Optional<OathOrganiser> organiser = ceremony.getOrganiser();
      if (version.isEmpty() || organiser.filter(o -> o == OathOrganiser.COURT_WITH_JUSTICE_BUREAU).isPresent()) {
        continue;
      }
      if (organiser.isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(ceremony), ceremony.getDate())
            .expectedZh("由基层人民法院会同司法行政机关组织宣誓仪式")
            .expectedEn("a ceremony organised by the court together with the justice bureau")
            .foundZh("组织机关未载明").foundEn("no organiser recorded").addMissingFacts("organiser").build());
      } else {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(ceremony), ceremony.getDate())
            .expectedZh("由基层人民法院会同司法行政机关组织宣誓仪式")
            .expectedEn("a ceremony organised by the court together with the justice bureau")
            .foundZh("由" + organiser.get().getLabel() + "组织")
            .foundEn("organised by " + organiser.get().name().toLowerCase().replace('_', ' ')).build());
      }
    }
    return findings;
  }
}

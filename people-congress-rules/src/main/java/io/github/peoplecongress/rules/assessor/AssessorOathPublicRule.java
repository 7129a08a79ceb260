package io.github.peoplecongress.rules.assessor;

import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ASSR-008: the assessors' oath of office is taken publicly.
 *
 * <p>人民陪审员法第十二条: 「人民陪审员经人民代表大会常务委员会任命后，应当公开进行就职宣誓。……」
 *
 * <p>Readings: ceremonies of kind {@code PEOPLES_ASSESSOR} from 2018-04-27; recorded as not public: VIOLATION; not
 * recorded: CANNOT_TELL.
 */
public final class AssessorOathPublicRule extends Rule {

  /** Creates the rule. */
  public AssessorOathPublicRule() {
    super("ASSR-008", "人民陪审员公开进行就职宣誓", "Assessor oath taken publicly",
        List.of(RuleVersion.of(AssessorLaw.ART_12)), List.of(),
        List.of("Not public: violation; not recorded: cannot tell."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (OathCeremony ceremony : context.getRecords().getOathCeremonies()) {
      if (ceremony.getKind() != OathKind.PEOPLES_ASSESSOR) {
        continue;
      }
      Optional<RuleVersion> version = versionOn(ceremony.getDate(), context.getProfile());
      if (version.isEmpty() || ceremony.getOpenToPublic().orElse(false)) {
        continue;
      }
      boolean unknown = ceremony.getOpenToPublic().isEmpty();
      findings.add(finding(unknown ? Severity.CANNOT_TELL : Severity.VIOLATION, version.get().getCitation(),
              label(ceremony), ceremony.getDate())
          .expectedZh("公开进行就职宣誓").expectedEn("a public oath of office")
          .foundZh(unknown ? "未载明" + ceremony.getDate() + "的宣誓是否公开进行" : ceremony.getDate() + "宣誓未公开进行")
          .foundEn(unknown ? "not recorded whether the oath on " + ceremony.getDate() + " was public"
              : "the oath on " + ceremony.getDate() + " was not public")
          .addAllMissingFacts(unknown ? List.of("openToPublic") : List.of()).build());
    }
    return findings;
  }
}

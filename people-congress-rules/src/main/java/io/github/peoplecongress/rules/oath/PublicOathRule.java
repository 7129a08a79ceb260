package io.github.peoplecongress.rules.oath;

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
 * OATH-010: the constitutional oath is taken publicly (公开进行).
 *
 * <p>宪法第二十七条第三款: 「国家工作人员就职时应当依照法律规定公开进行宪法宣誓。」 宪法宣誓制度的决定（2015）第一条 and
 * （2018）第一条: 「……在就职时应当公开进行宪法宣誓」.
 *
 * <p>Readings: the decision's clause 一 is cited (the Constitution's paragraph, in force 2018-03-11, says the same
 * "as prescribed by law"); recorded as not public: VIOLATION; not recorded: CANNOT_TELL. The assessor oath's
 * publicity is ASSR-008.
 */
public final class PublicOathRule extends Rule {

  /** Creates the rule. */
  public PublicOathRule() {
    super("OATH-010", "公开进行宪法宣誓", "Oath taken publicly",
        List.of(RuleVersion.of(OathLaw.CLAUSE_1_2015), RuleVersion.of(OathLaw.CLAUSE_1_2018)), List.of(),
        List.of("Not public: violation; not recorded: cannot tell. The Constitution Art. 27(3) (2018-03-11) states the "
            + "same duty \"as prescribed by law\"; the decision's clause 一 is cited."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (OathCeremony ceremony : context.getRecords().getOathCeremonies()) {
      if (ceremony.getKind() != OathKind.CONSTITUTIONAL) {
        continue;
      }
      Optional<RuleVersion> version = versionOn(ceremony.getDate(), context.getProfile());
      if (version.isEmpty() || ceremony.getOpenToPublic().orElse(false)) {
        continue;
      }
      boolean unknown = ceremony.getOpenToPublic().isEmpty();
      findings.add(finding(unknown ? Severity.CANNOT_TELL : Severity.VIOLATION, version.get().getCitation(),
              label(ceremony), ceremony.getDate())
          .expectedZh("公开进行宪法宣誓").expectedEn("a public oath")
          .foundZh((unknown ? "未载明" + ceremony.getDate() + "宣誓是否公开" : ceremony.getDate() + "宣誓未公开进行"))
          .foundEn(unknown ? "not recorded whether the oath on " + ceremony.getDate() + " was public"
              : "the oath on " + ceremony.getDate() + " was not public")
          .addAllMissingFacts(unknown ? List.of("openToPublic") : List.of()).build());
    }
    return findings;
  }
}

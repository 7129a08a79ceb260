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
 * OATH-007: the venue displays the national flag or the national emblem.
 *
 * <p>宪法宣誓制度的决定（2018）第八条第二款: 「宣誓场所应当庄重、严肃,悬挂中华人民共和国国旗或者国徽。宣誓仪式应当奏唱中华人民共和国
 * 国歌。」 (the anthem sentence is OATH-008).
 *
 * <p>Readings:
 * <ul>
 *   <li>Either suffices. Flag or emblem displayed: compliant. Both recorded as not displayed: VIOLATION. Otherwise
 *       (one or both unrecorded, none displayed): CANNOT_TELL naming the unrecorded facts.</li>
 *   <li>The 2015 wording is UNVERIFIED; the library assumes the same flag-or-emblem sentence from 2016-01-01 (the
 *       2015-era Beijing rule Art. 8 has it).</li>
 *   <li>Constitutional oaths only.</li>
 * </ul>
 */
public final class FlagOrEmblemRule extends Rule {

  /** Creates the rule. */
  public FlagOrEmblemRule() {
    super("OATH-007", "宣誓场所悬挂国旗或者国徽", "National flag or emblem at the venue",
        List.of(RuleVersion.of(OathLaw.CLAUSE_8_2_2015), RuleVersion.of(OathLaw.CLAUSE_8_2_2018)), List.of(),
        List.of("Flag or emblem suffices; both recorded as absent: violation; otherwise unrecorded: cannot tell.",
            "The 2015 wording is unverified; the same sentence is assumed from 2016-01-01."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (OathCeremony ceremony : context.getRecords().getOathCeremonies()) {
      if (ceremony.getKind() != OathKind.CONSTITUTIONAL) {
        continue;
      }
      Optional<RuleVersion> version = versionOn(ceremony.getDate(), context.getProfile());
      Optional<Boolean> flag = ceremony.getFlagDisplayed();
      Optional<Boolean> emblem = ceremony.getEmblemDisplayed();
      if (version.isEmpty() || flag.orElse(false) || emblem.orElse(false)) {
        continue;
      }
      String expectedZh = "宣誓场所悬挂国旗或者国徽";
      String expectedEn = "the national flag or emblem displayed at the venue";
      if (flag.isPresent() && emblem.isPresent()) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(ceremony), ceremony.getDate())
            .expectedZh(expectedZh).expectedEn(expectedEn).foundZh("未悬挂国旗，也未悬挂国徽")
            .foundEn("neither flag nor emblem displayed").build());
      } else {
        List<String> missing = new ArrayList<>();
        flag.ifPresentOrElse(f -> { }, () -> missing.add("flagDisplayed"));
        emblem.ifPresentOrElse(e -> { }, () -> missing.add("emblemDisplayed"));
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(ceremony), ceremony.getDate())
            .expectedZh(expectedZh).expectedEn(expectedEn).foundZh("未载明是否悬挂国旗或者国徽")
            .foundEn("flag and emblem not both recorded").addAllMissingFacts(missing).build());
      }
    }
    return findings;
  }
}

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
 * OATH-008: the national anthem is played and sung at the ceremony, from 2018-03-12.
 *
 * <p>宪法宣誓制度的决定（2018）第八条第二款: 「宣誓场所应当庄重、严肃,悬挂中华人民共和国国旗或者国徽。宣誓仪式应当奏唱中华人民共和国
 * 国歌。」
 *
 * <p>Readings:
 * <ul>
 *   <li>The anthem requirement was added by the 2018 revision; ceremonies before 2018-03-12 are outside the rule.</li>
 *   <li>Recorded as not sung: VIOLATION; not recorded: CANNOT_TELL. Constitutional oaths only.</li>
 * </ul>
 */
public final class AnthemRule extends Rule {

  /** Creates the rule. */
  public AnthemRule() {
    super("OATH-008", "宣誓仪式奏唱国歌", "National anthem at the ceremony",
        List.of(RuleVersion.of(OathLaw.CLAUSE_8_2_2018)), List.of(),
        List.of("Added in 2018: ceremonies before 2018-03-12 are outside the rule.",
            "Not sung: violation; not recorded: cannot tell."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (OathCeremony ceremony : context.getRecords().getOathCeremonies()) {
      if (ceremony.getKind() != OathKind.CONSTITUTIONAL) {
        continue;
      }
      Optional<RuleVersion> version = versionOn(ceremony.getDate(), context.getProfile());
      if (version.isEmpty() || ceremony.getAnthemSung().orElse(false)) {
        continue;
      }
      java.time.LocalDate from = context.getProfile().effectiveDate(version.get().getLaw());
      String expectedZh = "宣誓仪式奏唱国歌（" + from + "起）";
      String expectedEn = "the national anthem played and sung (required from " + from + ")";
      if (ceremony.getAnthemSung().isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(ceremony), ceremony.getDate())
            .expectedZh(expectedZh).expectedEn(expectedEn)
            .foundZh(ceremony.getDate() + "的宣誓仪式未载明是否奏唱国歌")
            .foundEn("not recorded whether the anthem was sung at the ceremony of " + ceremony.getDate())
            .addMissingFacts("anthemSung").build());
      } else {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(ceremony), ceremony.getDate())
            .expectedZh(expectedZh).expectedEn(expectedEn)
            .foundZh(ceremony.getDate() + "的宣誓仪式未奏唱国歌")
            .foundEn("no anthem at the ceremony of " + ceremony.getDate()).build());
      }
    }
    return findings;
  }
}

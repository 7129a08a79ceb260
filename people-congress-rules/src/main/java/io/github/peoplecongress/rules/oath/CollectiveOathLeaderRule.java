package io.github.peoplecongress.rules.oath;

import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathForm;
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
 * OATH-006: a collective oath is led by exactly one leader (领誓人) who is one of the swearers; an individual oath has
 * none.
 *
 * <p>宪法宣誓制度的决定（2018）第八条第一款: 「宣誓仪式根据情况,可以采取单独宣誓或者集体宣誓的形式。单独宣誓时,宣誓人应当左手抚按
 * 《中华人民共和国宪法》,右手举拳,诵读誓词。集体宣誓时,由一人领誓,领誓人左手抚按《中华人民共和国宪法》,右手举拳,领诵誓词;
 * 其他宣誓人整齐排列,右手举拳,跟诵誓词。」
 *
 * <p>Readings:
 * <ul>
 *   <li>The 2015 wording of clause 八 is UNVERIFIED; the library assumes it stated the same forms (the 2015-era Beijing
 *       rule describes them) and applies the rule from 2016-01-01, quoting the 2018 wording.</li>
 *   <li>「由一人领誓」 and 「其他宣誓人」 make the leader one of the swearers: a collective oath without a recorded leader,
 *       or with a leader who is not among the swearers, is a VIOLATION. The record holds one leader at most, so
 *       "exactly one" reduces to "one recorded".</li>
 *   <li>An individual oath with a recorded leader contradicts 单独宣誓 and is a WARNING (a record to correct rather
 *       than a ceremony held wrongly).</li>
 *   <li>Constitutional oaths only; the assessor oath's ceremony is not governed by the decision.</li>
 * </ul>
 */
public final class CollectiveOathLeaderRule extends Rule {

  /** Creates the rule. */
  public CollectiveOathLeaderRule() {
    super("OATH-006", "集体宣誓由一人领誓", "Collective oath led by one swearer",
        List.of(RuleVersion.of(OathLaw.CLAUSE_8_1_2015), RuleVersion.of(OathLaw.CLAUSE_8_1_2018)), List.of(),
        List.of("The 2015 clause 八 wording is unverified; the same forms are assumed from 2016-01-01.",
            "The leader is one of the swearers (「其他宣誓人」): no leader, or a leader not among the swearers, is a violation.",
            "An individual oath with a recorded leader is a warning."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (OathCeremony ceremony : context.getRecords().getOathCeremonies()) {
      if (ceremony.getKind() != OathKind.CONSTITUTIONAL) {
        continue;
      }
      Optional<RuleVersion> version = versionOn(ceremony.getDate(), context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      if (ceremony.getForm() == OathForm.COLLECTIVE) {
        String expectedZh = "集体宣誓由一名宣誓人领誓";
        String expectedEn = "a collective oath led by one of the swearers";
        if (ceremony.getLeaderId().isEmpty()) {
          findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(ceremony), ceremony.getDate())
              .expectedZh(expectedZh).expectedEn(expectedEn).foundZh("集体宣誓（" + ceremony.getSwearers().size()
                  + "人）未载明领誓人").foundEn("a collective oath of " + ceremony.getSwearers().size()
                  + " swearers without a leader").build());
        } else if (!ceremony.swore(ceremony.getLeaderId().get())) {
          findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(ceremony), ceremony.getDate())
              .expectedZh(expectedZh).expectedEn(expectedEn)
              .foundZh("领誓人" + ceremony.getLeaderId().get() + "不在宣誓人之列")
              .foundEn("leader " + ceremony.getLeaderId().get() + " is not among the swearers").build());
        }
      } else if (ceremony.getLeaderId().isPresent()) {
        findings.add(finding(Severity.WARNING, version.get().getCitation(), label(ceremony), ceremony.getDate())
            .expectedZh("单独宣誓不设领誓人").expectedEn("no leader in an individual oath")
            .foundZh("单独宣誓载明领誓人" + ceremony.getLeaderId().get())
            .foundEn("an individual oath recording leader " + ceremony.getLeaderId().get()).build());
      }
    }
    return findings;
  }
}

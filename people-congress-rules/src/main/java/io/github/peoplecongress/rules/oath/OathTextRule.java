package io.github.peoplecongress.rules.oath;

import io.github.peoplecongress.model.personnel.OathCeremony;
import io.github.peoplecongress.model.personnel.OathKind;
import io.github.peoplecongress.model.personnel.OathText;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OATH-005: the constitutional oath recites the text in force on the day of the ceremony.
 *
 * <p>宪法宣誓制度的决定（2015）第二条, in force 2016-01-01: 「我宣誓：忠于中华人民共和国宪法，维护宪法权威，履行法定职责，
 * 忠于祖国、忠于人民，恪尽职守、廉洁奉公，接受人民监督，为建设富强、民主、文明、和谐的社会主义国家努力奋斗！」
 *
 * <p>宪法宣誓制度的决定（2018）第二条, in force 2018-03-12: 「我宣誓：忠于中华人民共和国宪法，维护宪法权威，履行法定职责，
 * 忠于祖国、忠于人民，恪尽职守、廉洁奉公，接受人民监督，为建设富强民主文明和谐美丽的社会主义现代化强国努力奋斗！」
 *
 * <p>Readings:
 * <ul>
 *   <li>The 2015 text applies to ceremonies from 2016-01-01 to 2018-03-11, the 2018 text from 2018-03-12.</li>
 *   <li>The ceremony's {@code oathText} and, when recorded, its {@code recitedText} must both match; a recorded
 *       wording matches when its Chinese characters are those of the text in the same order (punctuation and spacing
 *       are transcription, not wording). Neither recorded: CANNOT_TELL.</li>
 *   <li>The people's assessor oath, whose wording is unverified (审判职责 or 陪审职责), is not checked.</li>
 * </ul>
 */
public final class OathTextRule extends Rule {

  /** Creates the rule. */
  public OathTextRule() {
    super("OATH-005", "宪法宣誓誓词", "Oath text in force on the day",
        List.of(RuleVersion.of(OathLaw.CLAUSE_2_2015), RuleVersion.of(OathLaw.CLAUSE_2_2018)), List.of(),
        List.of("The 2015 text for ceremonies from 2016-01-01 to 2018-03-11, the 2018 text from 2018-03-12.",
            "oathText and recitedText must both match; recitedText matches when its Chinese characters equal the text's "
                + "in order (punctuation and spacing ignored); neither recorded: cannot tell.",
            "The people's assessor oath (wording unverified) is not checked."));
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
      OathText due = version.get().getLaw().equals(Laws.OATH_DECISION_2018) ? OathText.V2018 : OathText.V2015;
      String expectedZh = "诵读" + due.getLabel() + "「" + due.getText() + "」";
      String expectedEn = "the " + due.name().substring(1) + " oath text (" + due.characterCount() + " characters)";
      if (ceremony.getOathText().isEmpty() && ceremony.getRecitedText().isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(ceremony), ceremony.getDate())
            .expectedZh(expectedZh).expectedEn(expectedEn).foundZh("未载明所诵读的誓词")
            .foundEn("no oath text recorded").addMissingFacts("oathText", "recitedText").build());
        continue;
      }
      Optional<OathText> statedWrong = ceremony.getOathText().filter(t -> t != due);
      Optional<String> recitedWrong = ceremony.getRecitedText().filter(t -> !han(t).equals(han(due.getText())));
      if (statedWrong.isPresent()) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(ceremony), ceremony.getDate())
            .expectedZh(expectedZh).expectedEn(expectedEn)
            .foundZh("诵读" + statedWrong.get().getLabel())
            .foundEn("the " + statedWrong.get().name().substring(1) + " oath text").build());
      } else if (recitedWrong.isPresent()) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(ceremony), ceremony.getDate())
            .expectedZh(expectedZh).expectedEn(expectedEn)
            .foundZh("诵读「" + recitedWrong.get() + "」")
            .foundEn("a different wording (" + han(recitedWrong.get()).length() + " characters): "
                + recitedWrong.get()).build());
      }
    }
    return findings;
  }

  /** The Chinese characters of a text, in order. */
  static String han(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}

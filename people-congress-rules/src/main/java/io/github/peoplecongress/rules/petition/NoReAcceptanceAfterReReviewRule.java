package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * PETI-008 复核后以同一事实和理由提出的，不再受理.
 *
 * <p>信访工作条例（2022）第三十六条 (statutes.md: after 复核, the same matter on the same facts is 「不再受理」).
 * 信访条例（2005）第三十五条第三款：「信访人对复核意见不服，仍然以同一事实和理由提出投诉请求的，各级人民政府信访工作机构和其他行政机关不再受理。」
 *
 * <p>The records do not link a petition to an earlier matter, so the rule can only see a likely repeat: a petition
 * accepted ({@code acceptedDate}) after another petition's re-review was decided, with the same subject and the
 * same petitioner names (both compared exactly, names in any order; petitions without names are not compared).
 * Reading: such a match is a <b>warning</b> ("same facts and reasons" cannot be confirmed from the records); no
 * names or subjects are printed, only ids. The law in force on the later acceptance day applies. Linear: one map of
 * re-reviewed matters, then one look-up per petition.
 */
public final class NoReAcceptanceAfterReReviewRule extends PetitionRule {

  /** Creates the rule. */
  public NoReAcceptanceAfterReReviewRule() {
    super("PETI-008", "复核后不再受理", "No re-acceptance after a re-review",
        List.of(RuleVersion.of(PetitionLaw.cite(Laws.PETITION_REGULATION_2005, 35, 3, PetitionLaw.R2005_35_3)),
            RuleVersion.of(PetitionLaw.cite(Laws.PETITION_REGULATION_2022, 36, null,
                PetitionLaw.R2022_36_NO_REACCEPT))),
        List.of(PetitionParameters.CONGRESS_COVERAGE_BEFORE_2022),
        List.of("A repeat is recognised only by identical subject and identical petitioner names; it is a warning.",
            READING_COVERAGE));
  }

  private static String key(Petition petition) {
    return petition.getSubject().strip() + "\u0000" + String.join("\u0000", new TreeSet<>(petition.getPetitionerNames()));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    Map<String, Petition> reReviewed = new HashMap<>();
    for (Petition petition : context.getRecords().getPetitions()) {
      if (petition.getPetitionerNames().isEmpty() || petition.getReReview().isEmpty()
          || petition.getReReview().get().getDecidedDate().isEmpty()) {
        continue;
      }
      reReviewed.merge(key(petition), petition, (a, b) -> decided(a).isBefore(decided(b)) ? a : b);
    }
    List<Finding> findings = new ArrayList<>();
    if (reReviewed.isEmpty()) {
      return findings;
    }
    for (Petition petition : context.getRecords().getPetitions()) {
      if (petition.getPetitionerNames().isEmpty() || petition.getAcceptedDate().isEmpty()) {
        continue;
      }
      Petition earlier = reReviewed.get(key(petition));
      LocalDate accepted = petition.getAcceptedDate().get();
      if (earlier == null || earlier.getId().equals(petition.getId()) || !accepted.isAfter(decided(earlier))) {
        continue;
      }
      Optional<Applied> applied = applied(context, accepted);
      if (applied.isEmpty()) {
        continue;
      }
      findings.add(finding(Severity.WARNING, applied.get().citation(), label(petition), accepted)
          .expectedZh(applied.get().zh("对" + earlier.getId() + "已于" + decided(earlier) + "作出复核意见的同一事项不再受理"))
          .foundZh("同一信访人、同一事由于" + accepted + "再次受理")
          .expectedEn(applied.get().en("no acceptance of the matter re-reviewed in " + earlier.getId() + " on "
              + decided(earlier)))
          .foundEn("the same petitioners and subject accepted again on " + accepted).build());
    }
    return findings;
  }

  private static LocalDate decided(Petition petition) {
    return petition.getReReview().flatMap(r -> r.getDecidedDate()).orElseThrow();
  }
}

package io.github.peoplecongress.rules.suggestion;

import io.github.peoplecongress.model.deputywork.ImmutableSuggestion;
import io.github.peoplecongress.model.deputywork.SubmissionPeriod;
import io.github.peoplecongress.model.deputywork.Suggestion;
import io.github.peoplecongress.model.deputywork.SuggestionAnswer;
import io.github.peoplecongress.model.deputywork.SuggestionOutcome;
import io.github.peoplecongress.model.id.DeputyId;
import io.github.peoplecongress.model.id.SuggestionId;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Fixtures;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.parameter.JurisdictionProfile;
import java.time.LocalDate;
import java.util.List;

/** Suggestion test records. */
final class SuggestionFixtures {
  private SuggestionFixtures() {}

  static ImmutableSuggestion.Builder suggestion(LocalDate submitted) {
    return suggestion(submitted, SubmissionPeriod.SESSION);
  }

  static ImmutableSuggestion.Builder suggestion(LocalDate submitted, SubmissionPeriod period) {
    return Suggestion.builder().id(SuggestionId.of("S-2019-015")).number("15").title("关于加快老旧小区改造的建议")
        .proposerId(DeputyId.of("D-017")).submittedDate(submitted).period(period);
  }

  static SuggestionAnswer answer(LocalDate date) {
    return SuggestionAnswer.builder().date(date).organizationId(Fixtures.CONSTRUCTION_BUREAU)
        .outcome(SuggestionOutcome.SOLVED).build();
  }

  static List<Finding> evaluate(Rule rule, Suggestion suggestion, JurisdictionProfile profile, LocalDate asOf) {
    return rule.evaluate(Fixtures.context(Fixtures.year2019().addSuggestions(suggestion).build(), profile, asOf));
  }

  static List<Finding> evaluate(Rule rule, Suggestion suggestion, LocalDate asOf) {
    return evaluate(rule, suggestion, JurisdictionProfile.national(), asOf);
  }

  static JurisdictionProfile qingdao() {
    return SuggestionLocalRules.addLocalRules("qingdao", JurisdictionProfile.builder("qingdao", "青岛市", "Qingdao"))
        .build();
  }
}

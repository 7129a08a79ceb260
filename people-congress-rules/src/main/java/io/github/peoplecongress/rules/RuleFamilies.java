package io.github.peoplecongress.rules;

import io.github.peoplecongress.rules.appraisal.AppraisalRules;
import io.github.peoplecongress.rules.assessor.AssessorRules;
import io.github.peoplecongress.rules.budget.BudgetRules;
import io.github.peoplecongress.rules.committee.CommitteeRules;
import io.github.peoplecongress.rules.election.ElectionRules;
import io.github.peoplecongress.rules.exam.ExamRules;
import io.github.peoplecongress.rules.meeting.MeetingRules;
import io.github.peoplecongress.rules.oath.OathRules;
import io.github.peoplecongress.rules.participation.ParticipationRules;
import io.github.peoplecongress.rules.petition.PetitionRules;
import io.github.peoplecongress.rules.suggestion.SuggestionRules;
import io.github.peoplecongress.rules.supervision.SupervisionRules;
import java.util.ArrayList;
import java.util.List;

/** The rule families, each contributing its rules; the one place a new family is registered. */
final class RuleFamilies {
  private RuleFamilies() {}

  static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(OathRules.rules());
    rules.addAll(ExamRules.rules());
    rules.addAll(AssessorRules.rules());
    rules.addAll(AppraisalRules.rules());
    rules.addAll(ParticipationRules.rules());
    rules.addAll(SuggestionRules.rules());
    rules.addAll(ElectionRules.rules());
    rules.addAll(PetitionRules.rules());
    rules.addAll(MeetingRules.rules());
    rules.addAll(CommitteeRules.rules());
    rules.addAll(SupervisionRules.rules());
    rules.addAll(BudgetRules.rules());
    return rules;
  }
}

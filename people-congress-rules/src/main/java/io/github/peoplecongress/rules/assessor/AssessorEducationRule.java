package io.github.peoplecongress.rules.assessor;

import io.github.peoplecongress.model.code.EducationLevel;
import io.github.peoplecongress.model.person.Person;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ASSR-002: a people's assessor generally has at least a senior-secondary education.
 *
 * <p>人民陪审员法第五条第二款: 「担任人民陪审员，一般应当具有高中以上文化程度。」
 *
 * <p>Readings: 「一般应当」 is a soft norm, so a lower level is a WARNING. 高中以上 covers GB/T 4658 categories 10 to 60
 * (postgraduate to senior high school, including secondary vocational). A level not recorded, or recorded as 其他
 * (which says nothing about the level), is CANNOT_TELL.
 */
public final class AssessorEducationRule extends Rule {

  /** Creates the rule. */
  public AssessorEducationRule() {
    super("ASSR-002", "人民陪审员一般应当具有高中以上文化程度", "People's assessor normally with senior-secondary education",
        List.of(RuleVersion.of(AssessorLaw.ART_5_2)), List.of(),
        List.of("一般应当 is a soft norm: a lower level is a warning.",
            "高中以上 = GB/T 4658 categories 10 to 60; not recorded or 其他: cannot tell."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (PersonnelAction action : context.getRecords().getPersonnelActions()) {
      if (action.getPostCategory() != PostCategory.PEOPLES_ASSESSOR || !action.appoints()) {
        continue;
      }
      LocalDate decided = action.getDecisionDate();
      Optional<RuleVersion> version = versionOn(decided, context.getProfile());
      if (version.isEmpty()) {
        continue;
      }
      Optional<EducationLevel> level = context.getIndex().find(action.getPersonId(), Person.class)
          .flatMap(Person::getEducationLevel);
      if (level.isEmpty() || level.get() == EducationLevel.OTHER) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(action), decided)
            .expectedZh("具有高中以上文化程度").expectedEn("a senior-secondary education or above")
            .foundZh(level.map(l -> "文化程度为" + l.getLabel()).orElse("文化程度未载明"))
            .foundEn(level.map(l -> "education recorded as other").orElse("no education level recorded"))
            .addMissingFacts("educationLevel").build());
      } else if (!level.get().atLeastHighSchool()) {
        findings.add(finding(Severity.WARNING, version.get().getCitation(), label(action), decided)
            .expectedZh("具有高中以上文化程度").expectedEn("a senior-secondary education or above")
            .foundZh("文化程度为" + level.get().getLabel())
            .foundEn("education " + level.get().name().toLowerCase().replace('_', ' ')).build());
      }
    }
    return findings;
  }
}

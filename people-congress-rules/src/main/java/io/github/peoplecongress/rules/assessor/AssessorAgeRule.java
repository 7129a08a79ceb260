package io.github.peoplecongress.rules.assessor;

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
 * ASSR-001: a people's assessor has reached the age of 28 on the day of appointment.
 *
 * <p>人民陪审员法第五条第一款: 「（一）拥护中华人民共和国宪法；（二）年满二十八周岁；（三）遵纪守法、品行良好、公道正派；
 * （四）具有正常履行职责的身体条件。」
 *
 * <p>Readings:
 * <ul>
 *   <li>The age is judged on the decision date of the appointment.</li>
 *   <li>「年满二十八周岁」 is reached on the first day {@code assessor.ageReading} gives: by default the day after the
 *       28th birthday (the 周岁 reckoning of judicial practice); a profile may choose the birthday itself. A 29 February
 *       birthday falls on 28 February in a common year.</li>
 *   <li>Birth date not recorded: CANNOT_TELL.</li>
 * </ul>
 */
public final class AssessorAgeRule extends Rule {

  /** Creates the rule. */
  public AssessorAgeRule() {
    super("ASSR-001", "人民陪审员年满二十八周岁", "People's assessor aged at least 28",
        List.of(RuleVersion.of(AssessorLaw.ART_5_1)), List.of(AssessorParameters.MIN_AGE, AssessorParameters.AGE_READING),
        List.of("The age is judged on the appointment's decision date.",
            "年满二十八周岁 is reached on the day after the 28th birthday by default (assessor.ageReading; ON_BIRTHDAY "
                + "counts the birthday itself); 29 February birthdays fall on 28 February in common years.",
            "Birth date not recorded: cannot tell."));
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
      Optional<Integer> minAge = context.valueOn(AssessorParameters.MIN_AGE, decided);
      if (version.isEmpty() || minAge.isEmpty()) {
        continue;
      }
      AgeReading reading = context.valueOn(AssessorParameters.AGE_READING, decided)
          .orElse(AgeReading.DAY_AFTER_BIRTHDAY);
      String expectedZh = "任命时（" + decided + "）年满" + minAge.get() + "周岁";
      String expectedEn = "aged " + minAge.get() + " full years on the appointment date " + decided;
      Optional<LocalDate> birth = context.getIndex().find(action.getPersonId(), Person.class)
          .flatMap(Person::getBirthDate);
      if (birth.isEmpty()) {
        findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), label(action), decided)
            .expectedZh(expectedZh).expectedEn(expectedEn).foundZh("出生日期未载明")
            .foundEn("no birth date recorded").addMissingFacts("birthDate").build());
        continue;
      }
      LocalDate firstDay = reading.firstDay(birth.get(), minAge.get());
      if (decided.isBefore(firstDay)) {
        findings.add(finding(Severity.VIOLATION, version.get().getCitation(), label(action), decided)
            .expectedZh(expectedZh + "（" + reading.getLabel() + "，自" + firstDay + "起）")
            .expectedEn(expectedEn + " (reached on " + firstDay + ")")
            .foundZh("出生于" + birth.get() + "，任命时未满" + minAge.get() + "周岁")
            .foundEn("born on " + birth.get() + ", under " + minAge.get() + " on the appointment date").build());
      }
    }
    return findings;
  }
}

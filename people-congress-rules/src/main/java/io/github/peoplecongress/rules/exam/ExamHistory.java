package io.github.peoplecongress.rules.exam;

import io.github.peoplecongress.model.id.PersonId;
import io.github.peoplecongress.model.id.PersonnelActionId;
import io.github.peoplecongress.model.personnel.ActingBody;
import io.github.peoplecongress.model.personnel.ExamOutcome;
import io.github.peoplecongress.model.personnel.LegalExam;
import io.github.peoplecongress.model.personnel.PersonnelAction;
import io.github.peoplecongress.model.personnel.PostCategory;
import io.github.peoplecongress.rules.RuleContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The examinations of a year indexed once per evaluation. An appointment's sittings are those it lists, those naming
 * it, and the person's sittings naming no action, held on or before the decision date, in date and attempt order.
 */
final class ExamHistory {
  private final RuleContext context;
  private final Map<PersonnelActionId, List<LegalExam>> byAction = new HashMap<>();
  private final Map<PersonId, List<LegalExam>> unlinkedByPerson = new HashMap<>();

  private ExamHistory(RuleContext context) {
    this.context = context;
    for (LegalExam exam : context.getRecords().getExams()) {
      if (exam.getPersonnelActionId().isPresent()) {
        byAction.computeIfAbsent(exam.getPersonnelActionId().get(), a -> new ArrayList<>()).add(exam);
      } else {
        unlinkedByPerson.computeIfAbsent(exam.getPersonId(), p -> new ArrayList<>()).add(exam);
      }
    }
  }

  static ExamHistory of(RuleContext context) {
    return new ExamHistory(context);
  }

  /** Whether the action is an appointment by the committee that the local rule examines. */
  static boolean inScope(RuleContext context, PersonnelAction action) {
    if (!action.appoints() || action.getDecidedBy() != ActingBody.STANDING_COMMITTEE) {
      return false;
    }
    return action.getPostCategory() != PostCategory.PEOPLES_ASSESSOR
        || context.valueOn(ExamParameters.INCLUDES_ASSESSORS, action.getDecisionDate()).orElse(false);
  }

  /** The sittings before the vote, in order. */
  List<LegalExam> sittings(PersonnelAction action) {
    Set<LegalExam> found = new LinkedHashSet<>();
    for (var id : action.getExamIds()) {
      context.getIndex().find(id, LegalExam.class).ifPresent(found::add);
    }
    found.addAll(byAction.getOrDefault(action.getId(), List.of()));
    found.addAll(unlinkedByPerson.getOrDefault(action.getPersonId(), List.of()));
    return found.stream().filter(e -> e.getPersonId().equals(action.getPersonId()))
        .filter(e -> !e.getDate().isAfter(action.getDecisionDate()))
        .sorted(Comparator.comparing(LegalExam::getDate).thenComparing(LegalExam::getAttempt)).toList();
  }

  /**
   * Whether a sitting passed: the score, scaled to a paper of 100 like {@code exam.passMark} (as EXAM-004 scales
   * it), reaches the pass mark; without a score, the recorded outcome {@link ExamOutcome#PASSED}.
   */
  static boolean passed(LegalExam exam, BigDecimal passMark) {
    BigDecimal markOnPaper = passMark.multiply(exam.getMaxScore()).divide(LegalExam.HUNDRED);
    return exam.reaches(markOnPaper).orElse(exam.getOutcome() == ExamOutcome.PASSED);
  }

  /** Whether a sitting was sat and failed. */
  static boolean failed(LegalExam exam, BigDecimal passMark) {
    return !exam.getOutcome().withoutScore() && !passed(exam, passMark);
  }

  /** The sittings' summary, such as {@code "2019-03-01 第1次 55分（不合格）"}. */
  static String describeZh(List<LegalExam> sittings) {
    List<String> parts = new ArrayList<>();
    for (LegalExam e : sittings) {
      parts.add(e.getDate() + " 第" + e.getAttempt() + "次 "
          + e.getScore().map(s -> s.toPlainString() + "分").orElse("") + "（" + e.getOutcome().getLabel() + "）");
    }
    return parts.isEmpty() ? "无考试记录" : String.join("；", parts);
  }

  /** The sittings' summary in English. */
  static String describeEn(List<LegalExam> sittings) {
    List<String> parts = new ArrayList<>();
    for (LegalExam e : sittings) {
      parts.add(e.getDate() + " attempt " + e.getAttempt()
          + e.getScore().map(s -> " score " + s.toPlainString()).orElse("") + " ("
          + e.getOutcome().name().toLowerCase().replace('_', ' ') + ")");
    }
    return parts.isEmpty() ? "no examination recorded" : String.join("; ", parts);
  }

  /** The first passing sitting within the allowed attempts. */
  static Optional<LegalExam> validPass(List<LegalExam> sittings, BigDecimal passMark, Optional<Integer> retakes) {
    int maxAttempt = retakes.map(r -> r + 1).orElse(Integer.MAX_VALUE);
    return sittings.stream().filter(e -> passed(e, passMark) && e.getOutcome() != ExamOutcome.EXEMPT)
        .filter(e -> e.getAttempt() <= maxAttempt).findFirst();
  }
}

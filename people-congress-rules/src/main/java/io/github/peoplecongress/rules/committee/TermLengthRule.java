package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * COMM-008 人民代表大会每届任期五年 — the congress term, and with it the standing committee's and the deputies', runs
 * five years: the next congress's first session comes no later than five years after this one's.
 *
 * <p>宪法（2018）第九十八条：「地方各级人民代表大会每届任期五年。」 The same rule stands in 地方组织法（2022）第九条
 * (「地方各级人民代表大会每届任期五年。」), 第四十八条 (the committee's term equals the congress's) and 代表法（2025）第二条第三款
 * (a deputy's term runs from one first session to the next). The 2004 text of the Constitution is recalled to be the same
 * (UNVERIFIED, see {@link Laws#CONSTITUTION_2004}).
 *
 * <p>Readings: each recorded term runs from its first session ({@code terms[i].startDate}) to the next congress's
 * first session ({@code terms[i].endDate}); five years end on the corresponding day (民法典 第二百零二条), so a next
 * first session on or before that day complies. Holidays do not move the end of a term. A term whose five years end
 * by the records' as-of date but whose end is not recorded is "cannot tell"; one whose five years end after it is not
 * judged yet.
 */
public final class TermLengthRule extends Rule {
  private static final String QUOTE = "地方各级人民代表大会每届任期五年。";

  /** Creates the rule. */
  public TermLengthRule() {
    super("COMM-008", "人民代表大会每届任期五年", "Five-year congress term",
        List.of(RuleVersion.of(Citation.of(Laws.CONSTITUTION_2004, 98, QUOTE)),
            RuleVersion.of(Citation.of(Laws.CONSTITUTION_2018, 98, QUOTE))),
        List.of(),
        List.of("The term runs from its first session to the next congress's first session.",
            "Five years end on the corresponding day (Civil Code Art. 202); holidays do not move a term's end.",
            "Judged once the five years end by the records' as-of date; an unrecorded end is cannot tell."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    context.getRecords().getTerms().forEach(term -> findings.addAll(evaluate(context, term)));
    return findings;
  }

  private List<Finding> evaluate(RuleContext context, CongressTerm term) {
    LocalDate limit = term.getStartDate().plusYears(5);
    Optional<LocalDate> end = term.getEndDate();
    if (end.isEmpty() && limit.isAfter(context.getAsOf())) {
      return List.of();
    }
    LocalDate factDate = end.orElse(limit);
    Optional<RuleVersion> version = versionOn(factDate, context.getProfile());
    if (version.isEmpty()) {
      return List.of();
    }
    String record = "CongressTerm " + term.getNumber();
    String expectedZh = "自" + term.getStartDate() + "第一次会议起任期五年，下届第一次会议不晚于" + limit;
    String expectedEn = "a five-year term from the first session on " + term.getStartDate()
        + ", the next first session on or before " + limit;
    if (end.isEmpty()) {
      return List.of(finding(Severity.CANNOT_TELL, version.get().getCitation(), record, limit)
          .expectedZh(expectedZh).foundZh("未记录下届第一次会议日期")
          .expectedEn(expectedEn).foundEn("no date recorded for the next first session")
          .addMissingFacts("$.terms[" + context.getRecords().getTerms().indexOf(term) + "].endDate").build());
    }
    if (end.get().isAfter(limit)) {
      return List.of(finding(Severity.VIOLATION, version.get().getCitation(), record, end.get())
          .expectedZh(expectedZh).foundZh("下届第一次会议于" + end.get() + "举行")
          .expectedEn(expectedEn).foundEn("the next first session on " + end.get()).build());
    }
    return List.of();
  }

}

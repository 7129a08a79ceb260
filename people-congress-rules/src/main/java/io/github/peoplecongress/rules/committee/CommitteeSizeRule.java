package io.github.peoplecongress.rules.committee;

import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.Rule;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.law.Citation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * COMM-001 常委会组成人员名额 — the size fixed for the term lies within 15–35, or at most 45 where the population
 * exceeds one million.
 *
 * <p>地方组织法（2022）第四十七条第四款第三项：「县、自治县、不设区的市、市辖区十五人至三十五人，人口超过一百万的县、自治县、不设区的
 * 市、市辖区不超过四十五人。」 The 2015 range is UNVERIFIED (statutes.md §1.3: probably the same; an older wording had
 * 15–27/35): the parameters {@code committee.minSize}, {@code committee.maxSize},
 * {@code committee.maxSizeLargePopulation} and {@code committee.largePopulationThreshold} carry the same values for
 * 2015 as documented defaults, which a profile may override.
 *
 * <p>Readings: the fact is the term's size, judged under the law in force on the term's first day (the provincial
 * committee fixes it for the term, 第四十七条第五款). 「超过一百万」 is strictly more than 1,000,000. A size above the
 * ordinary ceiling but within the larger one needs the district's population; without it, "cannot tell".
 */
public final class CommitteeSizeRule extends Rule {
  /** Creates the rule. */
  public CommitteeSizeRule() {
    super("COMM-001", "常委会组成人员名额", "Committee size",
        List.of(RuleVersion.of(CommitteeParameters.ORGANIC_2015_SIZE),
            RuleVersion.of(CommitteeParameters.ORGANIC_2022_SIZE)),
        List.of(CommitteeParameters.MIN_SIZE, CommitteeParameters.MAX_SIZE,
            CommitteeParameters.MAX_SIZE_LARGE_POPULATION, CommitteeParameters.LARGE_POPULATION_THRESHOLD),
        List.of("The term's size is judged under the law in force on the term's first day.",
            "超过一百万: strictly more than 1,000,000 inhabitants.",
            "The 2015 range is unverified and defaults to the 2022 values."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    context.getRecords().getTerms().forEach(term -> findings.addAll(evaluate(context, term)));
    return findings;
  }

  private List<Finding> evaluate(RuleContext context, CongressTerm term) {
    LocalDate date = term.getStartDate();
    Optional<RuleVersion> version = versionOn(date, context.getProfile());
    Optional<Integer> min = context.valueOn(CommitteeParameters.MIN_SIZE, date);
    Optional<Integer> max = context.valueOn(CommitteeParameters.MAX_SIZE, date);
    Optional<Integer> maxLarge = context.valueOn(CommitteeParameters.MAX_SIZE_LARGE_POPULATION, date);
    Optional<Long> threshold = context.valueOn(CommitteeParameters.LARGE_POPULATION_THRESHOLD, date);
    if (version.isEmpty() || min.isEmpty() || max.isEmpty() || maxLarge.isEmpty() || threshold.isEmpty()) {
      return List.of();
    }
    Citation citation = version.get().getCitation();
    int size = term.getStandingCommittee().getSize();
    String record = "CongressTerm " + term.getNumber();
    Optional<Long> population = context.getRecords().getDistrict().getPopulation();
    String rangeZh = min.get() + "人至" + max.get() + "人（人口超过" + threshold.get() + "的不超过" + maxLarge.get() + "人）";
    String rangeEn = min.get() + " to " + max.get() + " (at most " + maxLarge.get() + " above " + threshold.get()
        + " inhabitants)";
    if (size < min.get() || size > maxLarge.get()) {
      return List.of(violation(citation, record, date, rangeZh, rangeEn, size, population));
    }
    if (size > max.get()) {
      if (population.isEmpty()) {
        return List.of(finding(Severity.CANNOT_TELL, citation, record, date)
            .expectedZh("组成人员名额为" + rangeZh).foundZh("名额" + size + "人，但未记录人口")
            .expectedEn("a size of " + rangeEn).foundEn("a size of " + size + ", but no population recorded")
            .addMissingFacts("district.population").build());
      }
      if (population.get() <= threshold.get()) {
        return List.of(violation(citation, record, date, rangeZh, rangeEn, size, population));
      }
    }
    return List.of();
  }

  private Finding violation(Citation citation, String record, LocalDate date, String rangeZh, String rangeEn,
      int size, Optional<Long> population) {
    return finding(Severity.VIOLATION, citation, record, date)
        .expectedZh("组成人员名额为" + rangeZh)
        .foundZh("名额" + size + "人" + population.map(p -> "，人口" + p).orElse(""))
        .expectedEn("a size of " + rangeEn)
        .foundEn("a size of " + size + population.map(p -> " with a population of " + p).orElse("")).build();
  }
}

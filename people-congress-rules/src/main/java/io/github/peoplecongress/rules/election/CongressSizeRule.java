package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.body.CongressTerm;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ELEC-013 区人民代表大会代表名额. 选举法第十二条第一款第三项：
 * 「不设区的市、市辖区、县、自治县的代表名额基数为一百四十名，每五千人可以增加一名代表；人口超过一百五十五万的，代表总名额不得超过四百五十名；人口不足五万的，代表总名额可以少于一百四十名；」
 * and 第十二条第二款（另加百分之五）：「聚居的少数民族多或者人口居住分散的县、自治县、乡、民族乡，经省、自治区、直辖市的人民代表大会常务委员会决定，代表名额可以另加百分之五。」
 *
 * <p>The term's deputy seats ({@code term.deputySeats}) must lie between the base (140; no minimum when the
 * population is under 50,000) and {@code base + ⌊population / 5000⌋}, capped at 450 when the population exceeds
 * 1,550,000, plus {@code election.minorityBonusPercent} percent (rounded down) where the provincial standing
 * committee granted it. Readings: the seats are judged under the law in force on the term's first session, with the
 * district's recorded population (the number fixed for the term is recalculated only on a division change or a
 * major population change, 第十四条); the bonus applies to the capped total. Missing population or seats is
 * "cannot tell". The base under the 2015 law is UNVERIFIED (parameter {@code election.congressBaseSeats}).
 */
public final class CongressSizeRule extends ElectionRule {

  /** Creates the rule. */
  public CongressSizeRule() {
    super("ELEC-013", "区人民代表大会代表名额", "Size of the district congress",
        ElectionLaw.versions(12, 1, 3, ElectionLaw.ART_12_1_3),
        List.of(ElectionParameters.CONGRESS_BASE, ElectionParameters.INHABITANTS_PER_SEAT,
            ElectionParameters.CONGRESS_CAP, ElectionParameters.CAP_POPULATION, ElectionParameters.SMALL_POPULATION,
            ElectionParameters.MINORITY_BONUS_PERCENT),
        List.of("Seats from base (none under the small population) to base + floor(population / 5000), capped at "
            + "450 above 1,550,000 inhabitants; the provincial minority bonus is added to the capped total, rounded "
            + "down.", "Judged on the term's first session with the district's recorded population.",
            "The base under the 2015 law is UNVERIFIED (statutes.md keeps 140; it may have been 120 before 2020).",
            READING_2015));
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
    if (version.isEmpty()) {
      return List.of();
    }
    int base = context.valueOn(ElectionParameters.CONGRESS_BASE, date).orElse(0);
    int perSeat = context.valueOn(ElectionParameters.INHABITANTS_PER_SEAT, date).orElse(5000);
    int cap = context.valueOn(ElectionParameters.CONGRESS_CAP, date).orElse(Integer.MAX_VALUE);
    int capPopulation = context.valueOn(ElectionParameters.CAP_POPULATION, date).orElse(Integer.MAX_VALUE);
    int small = context.valueOn(ElectionParameters.SMALL_POPULATION, date).orElse(0);
    int bonus = context.valueOn(ElectionParameters.MINORITY_BONUS_PERCENT, date).orElse(0);
    String record = "CongressTerm " + term.getNumber();
    Optional<Long> population = context.getRecords().getDistrict().getPopulation();
    Optional<Integer> seats = term.getDeputySeats();
    List<Finding> findings = new ArrayList<>();
    if (population.isEmpty() || seats.isEmpty()) {
      List<String> missing = new ArrayList<>();
      population.ifPresentOrElse(p -> { }, () -> missing.add("district.population"));
      seats.ifPresentOrElse(s -> { }, () -> missing.add("term.deputySeats"));
      findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), record, date)
          .expectedZh("代表名额在基数" + base + "名与按人口计算的上限之间").foundZh("缺少人口数或代表名额")
          .expectedEn("seats between the base of " + base + " and the population-based maximum")
          .foundEn("population or seats not recorded").addAllMissingFacts(missing).build());
      return findings;
    }
    long pop = population.get();
    long max = base + pop / perSeat;
    if (pop > capPopulation) {
      max = Math.min(max, cap);
    }
    max += max * bonus / 100;
    long min = pop < small ? 1 : base;
    int actual = seats.get();
    if (actual < min || actual > max) {
      String bonusZh = bonus > 0 ? "，另加" + bonus + "%" : "";
      String bonusEn = bonus > 0 ? ", plus " + bonus + "%" : "";
      findings.add(finding(Severity.VIOLATION, version.get().getCitation(), record, date)
          .expectedZh("人口" + pop + "人，代表名额为" + min + "至" + max + "名（基数" + base + "名，每" + perSeat + "人增加一名"
              + (pop > capPopulation ? "，不超过" + cap + "名" : "") + bonusZh + "）")
          .foundZh("代表名额" + actual + "名")
          .expectedEn(min + " to " + max + " deputies for " + pop + " inhabitants (base " + base + ", one per "
              + perSeat + (pop > capPopulation ? ", at most " + cap : "") + bonusEn + ")")
          .foundEn(actual + " deputy seats").build());
    }
    return findings;
  }
}

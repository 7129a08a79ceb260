package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.model.petition.Forwarding;
import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.PetitionOutcome;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PETI-009 收到信访事项之日起15日内转送、交办.
 *
 * <p>信访工作条例（2022）第二十二条第一款：「各级党委和政府信访部门收到信访事项，应当予以登记，并区分情况，在15日内分别按照下列方式处理：
 * （一）对依照职责属于本级机关、单位或者其工作部门处理决定的，应当转送有权处理的机关、单位；情况重大、紧急的，应当及时提出建议，报请本级党委和
 * 政府决定。（二）涉及下级机关、单位或者其工作人员的，按照“属地管理、分级负责，谁主管、谁负责”的原则，转送有权处理的机关、单位。（三）对转送信访
 * 事项中的重要情况需要反馈办理结果的，可以交由有权处理的机关、单位办理，要求其在指定办理期限内反馈结果，提交办结报告。」 (statutes.md §7
 * records only 「在15日内」; the full paragraph is quoted from LawRefBook 行政法规/信访工作条例.md, the source it names.)
 *
 * <p>信访条例（2005）第二十一条第一款：「县级以上人民政府信访工作机构收到信访事项，应当予以登记，并区分情况，在15日内分别按下列方式处理：……
 * （二）对依照法定职责属于本级人民政府或者其工作部门处理决定的信访事项，应当转送有权处理的行政机关；情况重大、紧急的，应当及时提出建议，报请本级
 * 人民政府决定。（三）信访事项涉及下级行政机关或者其工作人员的，按照“属地管理、分级负责，谁主管、谁负责”的原则，直接转送有权处理的行政机关，并
 * 抄送下一级人民政府信访工作机构。……（四）对转送信访事项中的重要情况需要反馈办理结果的，可以直接交由有权处理的行政机关办理，要求其在指定办理期限
 * 内反馈结果，提交办结报告。」
 *
 * <p>Readings: the law in force on the day received applies; the 15 days run from the day after receipt
 * (民法典第二百零一条), a last day on a rest day moving per the context's rule. Only petitions passed on are checked:
 * those with a {@code forwarding} record, or closed as {@code outcome = FORWARDED}; a petition with neither is taken
 * as handled by the committee itself and is outside the rule, so an open petition not yet forwarded gives no finding.
 * A petition closed as FORWARDED without a forwarding record is "cannot tell" ({@code forwarding.date}). Both
 * provisions address the government's (2022: the Party committee's and government's) petitions department; the
 * committee's petitions office applies the period per {@code petition.forwardingPeriodCoverage}, by analogy by
 * default (信访工作条例第十四条第二款 has other organs 参照 the department's duties; 第二十三条第一款, which governs
 * them, sets no period for the forwarding itself), so a late forwarding is a warning unless a host sets it binding.
 * Before 2022-05-01 see also {@link CongressCoverage}: the weaker of the two coverages applies.
 */
public final class ForwardingWithinDaysRule extends PetitionRule {

  /** Creates the rule. */
  public ForwardingWithinDaysRule() {
    super("PETI-009", "信访事项转送、交办时限", "Petition forwarded or assigned in time",
        List.of(RuleVersion.of(PetitionLaw.cite(Laws.PETITION_REGULATION_2005, 21, 1, PetitionLaw.R2005_21_1)),
            RuleVersion.of(PetitionLaw.cite(Laws.PETITION_REGULATION_2022, 22, 1, PetitionLaw.R2022_22_1))),
        List.of(PetitionParameters.FORWARDING_DAYS, PetitionParameters.FORWARDING_PERIOD_COVERAGE,
            PetitionParameters.CONGRESS_COVERAGE_BEFORE_2022),
        List.of(READING_DAYS, "The law in force on the day the petition was received applies.",
            "Only petitions with a forwarding record or closed as FORWARDED are checked; any other petition is taken "
                + "as handled by the committee itself, so an open petition not yet forwarded gives no finding.",
            "A petition closed as FORWARDED without a forwarding record is cannot tell (forwarding.date).",
            "The 15 days bind the 党委和政府信访部门 (2005: 县级以上人民政府信访工作机构); the committee's petitions "
                + "office applies them per petition.forwardingPeriodCoverage: by analogy by default (2022 Art. 14(2)), "
                + "so a late forwarding is a warning; or not at all, or as binding.",
            READING_COVERAGE));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Petition petition : context.getRecords().getPetitions()) {
      Optional<Forwarding> forwarding = petition.getForwarding();
      boolean closedAsForwarded = petition.getOutcome().equals(Optional.of(PetitionOutcome.FORWARDED));
      if (forwarding.isEmpty() && !closedAsForwarded) {
        continue;
      }
      LocalDate received = petition.getReceivedDate();
      Optional<Applied> found = applied(context, received);
      Optional<Integer> days = context.valueOn(PetitionParameters.FORWARDING_DAYS, received);
      CongressCoverage coverage = context.valueOn(PetitionParameters.FORWARDING_PERIOD_COVERAGE, received)
          .orElse(CongressCoverage.OUTSIDE);
      if (found.isEmpty() || days.isEmpty() || coverage == CongressCoverage.OUTSIDE) {
        continue;
      }
      Applied applied = coverage == CongressCoverage.BY_ANALOGY && !found.get().analogy
          ? new Applied(found.get().version, true) : found.get();
      if (forwarding.isEmpty()) {
        findings.add(missing(applied, label(petition), received,
            "自收到信访事项之日起" + days.get() + "日内转送、交办有权处理的机关、单位",
            "forwarded or assigned to the organ with authority within " + days.get() + " days of receipt",
            "forwarding.date"));
        continue;
      }
      Forwarding passed = forwarding.get();
      String actZh = passed.getMode().getLabel() + "有权处理的机关、单位（" + passed.getOrganizationId() + "）";
      String actEn = switch (passed.getMode()) {
        case TRANSFER -> "transferred";
        case ASSIGN -> "assigned";
      } + " to the organ with authority (" + passed.getOrganizationId() + ")";
      Period p = Period.of(applied, label(petition), received, received, days.get(), "收到信访事项", "receipt", actZh,
          actEn, Optional.of(passed.getDate()));
      within(context, applied, p).ifPresent(findings::add);
    }
    return findings;
  }
}

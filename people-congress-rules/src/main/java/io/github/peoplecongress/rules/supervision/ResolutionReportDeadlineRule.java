package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.decision.Decision;
import io.github.peoplecongress.model.supervision.DeliberationOpinion;
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
 * SUPV-002 在决议规定的期限内报告执行情况 — the organ reports on the execution of a resolution within the period the
 * resolution sets.
 *
 * <p>监督法（2024）第十七条第一款：「……常务委员会认为必要时，可以对专项工作报告作出决议；……应当在决议规定的期限内，将执行决议的情况向
 * 常务委员会报告。」 (2006 第十四条; likewise 2024 第二十九条、第三十七条 for fiscal reports and inspections.) The national law sets no
 * other period for handling reports (statutes.md §2.7); the provincial periods are SUPV-003.
 *
 * <p>Readings: the deadline is the decision's {@code reportDeadline} (for an opinion, its own {@code deadline}); the
 * report is the decision's {@code reportDate} (the opinion's {@code handlingReportDate}). A report after the
 * deadline is a violation; no report recorded when the deadline has passed by the "as of" date (records complete up
 * to it) is a violation; before that, no finding. The law applied is the one in force on the day of the resolution.
 */
public final class ResolutionReportDeadlineRule extends Rule {
  private static final Citation ART14_2006 = Citation.of(Laws.SUPERVISION_LAW_2006, 14,
      "……应当在决议规定的期限内，将执行决议的情况向常务委员会报告。");
  private static final Citation ART17_2024 = Citation.of(Laws.SUPERVISION_LAW_2024, 17, 1,
      "……应当在决议规定的期限内，将执行决议的情况向常务委员会报告。");

  /** Creates the rule. */
  public ResolutionReportDeadlineRule() {
    super("SUPV-002", "在决议规定的期限内报告执行情况", "Report on a resolution within its deadline",
        List.of(RuleVersion.of(ART14_2006), RuleVersion.of(ART17_2024)), List.of(),
        List.of("The deadline is the one the resolution sets (reportDeadline, or the opinion's deadline).",
            "No report recorded once the deadline passed by the as-of date is a violation."));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Decision decision : context.getRecords().getDecisions()) {
      if (decision.getReportDeadline().isPresent()) {
        check(context, label(decision), decision.getDate(), decision.getReportDeadline().get(),
            decision.getReportDate(), findings);
      }
    }
    for (DeliberationOpinion opinion : context.getRecords().getOpinions()) {
      if (opinion.getDeadline().isPresent()) {
        check(context, label(opinion), opinion.getSentDate(), opinion.getDeadline().get(),
            opinion.getHandlingReportDate(), findings);
      }
    }
    return findings;
  }

  private void check(RuleContext context, String record, LocalDate date, LocalDate deadline,
      Optional<LocalDate> reported, List<Finding> findings) {
    Optional<RuleVersion> version = versionOn(date, context.getProfile());
    if (version.isEmpty()) {
      return;
    }
    Citation citation = version.get().getCitation();
    if (reported.isPresent() && reported.get().isAfter(deadline)) {
      findings.add(finding(Severity.VIOLATION, citation, record, date)
          .expectedZh("在决议规定的期限内（至" + deadline + "）报告执行情况").foundZh(reported.get() + "报告")
          .expectedEn("the report within the resolution's deadline (by " + deadline + ")")
          .foundEn("the report on " + reported.get()).build());
    } else if (reported.isEmpty() && context.getAsOf().isAfter(deadline)) {
      findings.add(finding(Severity.VIOLATION, citation, record, date)
          .expectedZh("在决议规定的期限内（至" + deadline + "）报告执行情况").foundZh("至" + context.getAsOf() + "未见报告")
          .expectedEn("the report within the resolution's deadline (by " + deadline + ")")
          .foundEn("no report recorded by " + context.getAsOf()).build());
    } else if (reported.isEmpty()) {
      findings.add(pending(citation, record, date, deadline)
          .expectedZh("在决议规定的期限内（至" + deadline + "）报告执行情况").foundZh("至" + context.getAsOf() + "尚未报告")
          .expectedEn("the report within the resolution's deadline (by " + deadline + ")")
          .foundEn("not yet reported as of " + context.getAsOf()).build());
    }
  }
}

package io.github.peoplecongress.rules.supervision;

import io.github.peoplecongress.model.records.RecordIndex;
import io.github.peoplecongress.model.supervision.DeliberationOpinion;
import io.github.peoplecongress.model.supervision.WorkReport;
import io.github.peoplecongress.rules.law.Citation;
import io.github.peoplecongress.rules.parameter.Parameter;
import java.util.Optional;

/** What deliberation opinions are on, as the Henan measures group them (Arts. 11, 20, 30, 44). */
enum OpinionSubject {
  SPECIAL_REPORT(SupervisionParameters.HANDLING_MONTHS_SPECIAL_REPORT, SupervisionParameters.HENAN_ART11, false),
  PLAN(SupervisionParameters.HANDLING_MONTHS_PLAN, SupervisionParameters.HENAN_ART20, true),
  FISCAL(SupervisionParameters.HANDLING_MONTHS_FISCAL, SupervisionParameters.HENAN_ART30, true),
  INSPECTION(SupervisionParameters.HANDLING_MONTHS_INSPECTION, SupervisionParameters.HENAN_ART44, true);

  final Parameter<Integer> months;
  final Citation citation;
  final boolean forwardingPeriod;

  OpinionSubject(Parameter<Integer> months, Citation citation, boolean forwardingPeriod) {
    this.months = months;
    this.citation = citation;
    this.forwardingPeriod = forwardingPeriod;
  }

  /** @return the subject, empty for special inquiries, other reports and reports not found */
  static Optional<OpinionSubject> of(DeliberationOpinion opinion, RecordIndex index) {
    if (opinion.getInspectionId().isPresent()) {
      return Optional.of(INSPECTION);
    }
    return opinion.getWorkReportId().flatMap(id -> index.find(id, WorkReport.class)).flatMap(report -> {
      switch (report.getKind()) {
        case SPECIAL_WORK:
          return Optional.of(SPECIAL_REPORT);
        case PLAN_EXECUTION:
        case PLAN_ADJUSTMENT:
          return Optional.of(PLAN);
        case BUDGET_EXECUTION:
        case AUDIT:
          return Optional.of(FISCAL);
        default:
          return Optional.empty();
      }
    });
  }
}

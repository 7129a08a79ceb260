package io.github.peoplecongress.rules.election;

import io.github.peoplecongress.model.election.Election;
import io.github.peoplecongress.model.election.VoterListObjection;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.RuleVersion;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.period.Deadline;
import io.github.peoplecongress.rules.period.UncoveredDateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ELEC-002 对选民名单的申诉在三日内作出处理决定. 选举法第二十九条：
 * 「……可以在选民名单公布之日起五日内向选举委员会提出申诉。选举委员会对申诉意见，应在三日内作出处理决定。……」
 *
 * <p>Readings: the three days run from the day the objection was filed, which is not counted (民法典第二百零一条);
 * a last day on a 法定休假日 moves to the next working day under the context's {@code LastDayRule} (第二百零三条).
 * The version applied is the one in force on the filing day. An objection with no decision recorded is "cannot
 * tell" once its period has run out (the decision may have been made and not recorded), and nothing before.
 */
public final class VoterListObjectionDecidedInTimeRule extends ElectionRule {

  /** Creates the rule. */
  public VoterListObjectionDecidedInTimeRule() {
    super("ELEC-002", "选民名单申诉处理时限", "Voter list objection decided in time",
        ElectionLaw.versions(29, null, null, ElectionLaw.ART_29),
        List.of(ElectionParameters.OBJECTION_DECISION_DAYS),
        List.of("「三日内」 runs from the filing day, not counted; a last day on a rest day moves per the context's "
            + "LastDayRule (民法典第二百零一条、第二百零三条).",
            "An objection without a recorded decision is 'cannot tell' once the period has run out.", READING_2015));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Election election : context.getRecords().getElections()) {
      List<VoterListObjection> objections = election.getObjections();
      for (int i = 0; i < objections.size(); i++) {
        VoterListObjection objection = objections.get(i);
        LocalDate filed = objection.getFiledDate();
        Optional<RuleVersion> version = versionOn(filed, context.getProfile());
        Optional<Integer> days = context.valueOn(ElectionParameters.OBJECTION_DECISION_DAYS, filed);
        if (version.isEmpty() || days.isEmpty()) {
          continue;
        }
        String record = label(election) + " objections[" + i + "]";
        Deadline deadline;
        try {
          deadline = context.getPeriods().lastDayOfDays(filed, days.get());
        } catch (UncoveredDateException e) {
          findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), record, filed)
              .expectedZh("自" + filed + "提出申诉起" + days.get() + "日内作出处理决定")
              .foundZh("节假日日历未覆盖" + e.year() + "年，无法计算期限")
              .expectedEn("a decision within " + days.get() + " days of the objection filed on " + filed)
              .foundEn("the holiday calendar does not cover " + e.year()).addMissingFacts("holidayCalendar")
              .build());
          continue;
        }
        String expectedZh = "自" + filed + "提出申诉起" + days.get() + "日内作出处理决定，即不晚于" + deadline.lastDay();
        String expectedEn = "a decision within " + days.get() + " days of the objection filed on " + filed
            + ", i.e. by " + deadline.lastDay();
        Optional<LocalDate> decided = objection.getDecidedDate();
        if (decided.isPresent()) {
          if (!deadline.isMetBy(decided.get())) {
            findings.add(finding(Severity.VIOLATION, version.get().getCitation(), record, filed)
                .expectedZh(expectedZh).foundZh("于" + decided.get() + "作出处理决定")
                .expectedEn(expectedEn).foundEn("decided on " + decided.get()).build());
          }
        } else if (context.getAsOf().isAfter(deadline.lastDay())) {
          findings.add(finding(Severity.CANNOT_TELL, version.get().getCitation(), record, filed)
              .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "未记录处理决定日期")
              .expectedEn(expectedEn).foundEn("no decision date recorded as of " + context.getAsOf())
              .addMissingFacts("objections[" + i + "].decidedDate").build());
        } else {
          findings.add(pending(version.get().getCitation(), record, filed, deadline.lastDay())
              .expectedZh(expectedZh).foundZh("至" + context.getAsOf() + "尚未作出处理决定")
              .expectedEn(expectedEn).foundEn("not yet decided as of " + context.getAsOf()).build());
        }
      }
    }
    return findings;
  }
}

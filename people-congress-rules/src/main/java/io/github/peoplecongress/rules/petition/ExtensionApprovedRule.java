package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.model.petition.Extension;
import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.Severity;
import io.github.peoplecongress.rules.period.Deadline;
import io.github.peoplecongress.rules.period.UncoveredDateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PETI-003 延长办理期限不得超过30日，须经批准并告知信访人延期理由.
 *
 * <p>信访工作条例（2022）第三十四条：「……情况复杂的，经本机关、单位负责人批准，可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期
 * 理由。」 信访条例（2005）第三十三条：「……情况复杂的，经本行政机关负责人批准，可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期
 * 理由。……」
 *
 * <p>For each recorded extension: more than 30 days is a violation; an approval after the last day of the 60-day
 * period is a violation (the period had already run out; reading: 「延长」 presupposes a running period); the
 * petitioner not told ({@code petitionerNotified = false}) is a violation; not recorded whether the petitioner was
 * told, or no reason recorded, is "cannot tell". The law in force on the day of acceptance (else receipt) applies.
 */
public final class ExtensionApprovedRule extends PetitionRule {

  /** Creates the rule. */
  public ExtensionApprovedRule() {
    super("PETI-003", "信访事项延期办理", "Extension of the handling period",
        PetitionLaw.versions(33, null, PetitionLaw.R2005_33, 34, null, PetitionLaw.R2022_34),
        List.of(PetitionParameters.MAX_EXTENSION_DAYS, PetitionParameters.HANDLING_DAYS,
            PetitionParameters.CONGRESS_COVERAGE_BEFORE_2022),
        List.of("An extension must be approved on or before the last day of the 60-day period.",
            "A missing reason or a missing record of notice is 'cannot tell', not a breach.", READING_COVERAGE));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Petition petition : context.getRecords().getPetitions()) {
      if (petition.getExtension().isEmpty()) {
        continue;
      }
      Extension extension = petition.getExtension().get();
      LocalDate factDate = petition.getAcceptedDate().orElse(petition.getReceivedDate());
      Optional<Applied> found = applied(context, factDate);
      Optional<Integer> max = context.valueOn(PetitionParameters.MAX_EXTENSION_DAYS, factDate);
      Optional<Integer> days = context.valueOn(PetitionParameters.HANDLING_DAYS, factDate);
      if (found.isEmpty() || max.isEmpty() || days.isEmpty()) {
        continue;
      }
      Applied applied = found.get();
      String record = label(petition);
      if (extension.getDays() > max.get()) {
        findings.add(finding(applied.breach(Severity.VIOLATION), applied.citation(), record, factDate)
            .expectedZh(applied.zh("延长办理期限不超过" + max.get() + "日")).foundZh("延长" + extension.getDays() + "日")
            .expectedEn(applied.en("an extension of at most " + max.get() + " days"))
            .foundEn("an extension of " + extension.getDays() + " days").build());
      }
      if (petition.getAcceptedDate().isPresent()) {
        try {
          Deadline original = context.getPeriods().lastDayOfDays(petition.getAcceptedDate().get(), days.get());
          if (!original.isMetBy(extension.getApprovedDate())) {
            findings.add(finding(applied.breach(Severity.VIOLATION), applied.citation(), record, factDate)
                .expectedZh(applied.zh("在原办理期限届满（" + original.lastDay() + "）前批准延期"))
                .foundZh("于" + extension.getApprovedDate() + "批准延期")
                .expectedEn(applied.en("the extension approved before the original period ended on "
                    + original.lastDay()))
                .foundEn("approved on " + extension.getApprovedDate()).build());
          }
        } catch (UncoveredDateException e) {
          findings.add(missing(applied, record, factDate, "在原办理期限届满前批准延期",
              "the extension approved before the original period ended", "holidayCalendar"));
        }
      }
      if (extension.getReason().isBlank()) {
        findings.add(missing(applied, record, factDate, "载明延期理由", "a reason for the extension",
            "extension.reason"));
      }
      Optional<Boolean> notified = extension.getPetitionerNotified();
      if (notified.isEmpty()) {
        findings.add(missing(applied, record, factDate, "告知信访人延期理由", "the petitioner told the reason",
            "extension.petitionerNotified"));
      } else if (!notified.get()) {
        findings.add(finding(applied.breach(Severity.VIOLATION), applied.citation(), record, factDate)
            .expectedZh(applied.zh("告知信访人延期理由")).foundZh("未告知信访人")
            .expectedEn(applied.en("the petitioner told the reason for the extension"))
            .foundEn("the petitioner was not told").build());
      }
    }
    return findings;
  }
}

package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.model.petition.Extension;
import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.PetitionCategory;
import io.github.peoplecongress.model.petition.PetitionRoute;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.period.UncoveredDateException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PETI-002 自受理之日起60日内办结，经批准可延长不超过30日.
 *
 * <p>信访工作条例（2022）第三十四条：「对本条例第三十一条第六项规定的信访事项应当自受理之日起60日内办结；情况复杂的，经本机关、单位负责人批准，
 * 可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期理由。」
 *
 * <p>信访条例（2005）第三十三条：「信访事项应当自受理之日起60日内办结；情况复杂的，经本行政机关负责人批准，可以适当延长办理期限，但延长期限不得
 * 超过30日，并告知信访人延期理由。法律、行政法规另有规定的，从其规定。」
 *
 * <p>Which petitions: under 2022 only those handled by a 信访处理意见书 ({@code route = HANDLING_OPINION},
 * 第三十一条第六项); an accepted 申诉求决类 petition without a route, or an accepted petition without a category, is
 * "cannot tell" (route/category). Under 2005 every accepted petition. The law in force on the day of acceptance
 * applies. Readings: the period runs from the day after acceptance; an approved extension
 * ({@code extension}) counts only when approved on or before the last day of the 60 days, and for at most 30 days
 * (the excess is reported by PETI-003); a petition not resolved is overdue once {@code asOf} is past the last day.
 */
public final class HandlingWithinDaysRule extends PetitionRule {

  /** Creates the rule. */
  public HandlingWithinDaysRule() {
    super("PETI-002", "信访事项办理期限", "Petition resolved within the handling period",
        PetitionLaw.versions(33, null, PetitionLaw.R2005_33, 34, null, PetitionLaw.R2022_34),
        List.of(PetitionParameters.HANDLING_DAYS, PetitionParameters.MAX_EXTENSION_DAYS,
            PetitionParameters.CONGRESS_COVERAGE_BEFORE_2022),
        List.of(READING_DAYS,
            "Under 2022 only route HANDLING_OPINION (Art. 31 item 6) has the 60-day period; under 2005 every "
                + "accepted petition.",
            "An extension counts only if approved on or before the 60th day's deadline, and for at most 30 days.",
            READING_COVERAGE));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Petition petition : context.getRecords().getPetitions()) {
      Optional<LocalDate> accepted = petition.getAcceptedDate();
      LocalDate factDate = accepted.orElse(petition.getReceivedDate());
      Optional<Applied> found = applied(context, factDate);
      Optional<Integer> days = context.valueOn(PetitionParameters.HANDLING_DAYS, factDate);
      if (found.isEmpty() || days.isEmpty()) {
        continue;
      }
      Applied applied = found.get();
      String record = label(petition);
      String expectedZh = "自受理之日起" + days.get() + "日内办结";
      String expectedEn = "resolved within " + days.get() + " days of acceptance";
      Optional<PetitionRoute> route = petition.getRoute();
      boolean subject;
      if (PetitionLaw.is2005(applied.version.getLaw())) {
        subject = accepted.isPresent() || route.equals(Optional.of(PetitionRoute.HANDLING_OPINION));
      } else if (route.isPresent()) {
        subject = route.get() == PetitionRoute.HANDLING_OPINION;
      } else if (petition.getCategory().isPresent() && petition.getCategory().get() != PetitionCategory.CLAIM) {
        subject = false;
      } else {
        if (accepted.isPresent()) {
          findings.add(petition.getCategory().isPresent()
              ? missing(applied, record, factDate, expectedZh, expectedEn, "route")
              : missing(applied, record, factDate, expectedZh, expectedEn, "category", "route"));
        }
        continue;
      }
      if (!subject) {
        continue;
      }
      if (accepted.isEmpty()) {
        if (petition.getResolvedDate().isPresent()
            || context.getAsOf().isAfter(petition.getReceivedDate().plusDays(days.get()))) {
          findings.add(missing(applied, record, factDate, expectedZh, expectedEn, "acceptedDate"));
        }
        continue;
      }
      int total = days.get();
      String note = "";
      String noteEn = "";
      Optional<Extension> extension = petition.getExtension();
      if (extension.isPresent()) {
        int max = context.valueOn(PetitionParameters.MAX_EXTENSION_DAYS, factDate).orElse(0);
        boolean inTime;
        try {
          inTime = context.getPeriods().lastDayOfDays(accepted.get(), days.get())
              .isMetBy(extension.get().getApprovedDate());
        } catch (UncoveredDateException e) {
          inTime = false;
        }
        if (inTime) {
          int added = Math.min(extension.get().getDays(), max);
          total += added;
          note = "（含" + extension.get().getApprovedDate() + "批准延长的" + added + "日）";
          noteEn = " (including " + added + " days' extension approved on " + extension.get().getApprovedDate() + ")";
        } else {
          note = "（" + extension.get().getApprovedDate() + "批准的延期晚于原期限，不计入）";
          noteEn = " (the extension approved on " + extension.get().getApprovedDate()
              + " came after the original period and is not counted)";
        }
      }
      Period p = Period.of(applied, record, factDate, accepted.get(), total, "受理", "acceptance", "办结", "resolved",
          petition.getResolvedDate());
      p.note = note;
      p.noteEn = noteEn;
      within(context, applied, p).ifPresent(findings::add);
    }
    return findings;
  }
}

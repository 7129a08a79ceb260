package io.github.peoplecongress.rules.petition;

import io.github.peoplecongress.model.petition.Petition;
import io.github.peoplecongress.model.petition.PetitionSource;
import io.github.peoplecongress.rules.Finding;
import io.github.peoplecongress.rules.RuleContext;
import io.github.peoplecongress.rules.law.Laws;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PETI-001 收到信访事项之日起15日内书面告知信访人.
 *
 * <p>信访工作条例（2022）第二十三条第二款：「对信访人直接提出的信访事项，有关机关、单位能够当场告知的，应当当场书面告知；不能当场告知的，
 * 应当自收到信访事项之日起15日内书面告知信访人，但信访人的姓名（名称）、住址不清的除外。」 第三款（转送、交办的）：
 * 「……应当自收到之日起15日内书面告知信访人接收情况以及处理途径和程序……」
 *
 * <p>信访条例（2005）第二十二条第二款：「有关行政机关收到信访事项后，能够当场答复是否受理的，应当当场书面答复；不能当场答复的，应当自收到信访事项
 * 之日起15日内书面告知信访人。但是，信访人的姓名（名称）、住址不清的除外。」 第二十一条（转送、交办的）：「按照前款第（二）项至第（四）项规定，
 * 有关行政机关应当自收到转送、交办的信访事项之日起15日内决定是否受理并书面告知信访人，并按要求通报信访工作机构。」
 *
 * <p>Readings: direct petitions are judged under 第二十三条第二款 (2005: 第二十二条第二款), petitions forwarded or
 * assigned by a higher body under 第二十三条第三款 (2005: 第二十一条); the law in force on the day received applies;
 * a written answer delivered within the period ({@code replyDeliveredDate}) also counts as the written notice;
 * petitions whose petitioner's name or address is unclear are exempt; an unacknowledged petition is overdue once
 * {@code asOf} is past the last day. Before 2022-05-01 see {@link CongressCoverage}.
 */
public final class AcknowledgementWithinDaysRule extends PetitionRule {

  /** Creates the rule. */
  public AcknowledgementWithinDaysRule() {
    super("PETI-001", "信访事项书面告知时限", "Written acknowledgement of a petition in time",
        PetitionLaw.versions(22, 2, PetitionLaw.R2005_22_2, 23, 2, PetitionLaw.R2022_23_2),
        List.of(PetitionParameters.ACKNOWLEDGEMENT_DAYS, PetitionParameters.CONGRESS_COVERAGE_BEFORE_2022),
        List.of(READING_DAYS, "Forwarded or assigned petitions are judged under 2022 Art. 23(3) / 2005 Art. 21.",
            "A written answer delivered within the period counts as the written notice.",
            "Petitions whose petitioner's name or address is unclear are exempt.", READING_COVERAGE));
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Petition petition : context.getRecords().getPetitions()) {
      if (petition.isContactUnclear()) {
        continue;
      }
      LocalDate received = petition.getReceivedDate();
      Optional<Applied> applied = applied(context, received);
      Optional<Integer> days = context.valueOn(PetitionParameters.ACKNOWLEDGEMENT_DAYS, received);
      if (applied.isEmpty() || days.isEmpty()) {
        continue;
      }
      boolean direct = petition.getSource() == PetitionSource.DIRECT;
      boolean old = PetitionLaw.is2005(applied.get().version.getLaw());
      Period p = Period.of(applied.get(), label(petition), received, received, days.get(), "收到信访事项", "receipt",
          "书面告知信访人", "the petitioner told in writing",
          earliest(petition.getAcknowledgedDate(), petition.getReplyDeliveredDate()));
      if (!direct) {
        p.citation = old ? PetitionLaw.cite(Laws.PETITION_REGULATION_2005, 21, null, PetitionLaw.R2005_21)
            : PetitionLaw.cite(Laws.PETITION_REGULATION_2022, 23, 3, PetitionLaw.R2022_23_3);
      }
      within(context, applied.get(), p).ifPresent(findings::add);
    }
    return findings;
  }

  private static Optional<LocalDate> earliest(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
  }
}

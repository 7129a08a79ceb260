package io.github.peoplecongress.rules.participation;

import io.github.peoplecongress.model.id.DeputyId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One deputy's participation in a calendar year checked and the targets not (yet) met as of the context's {@code asOf}
 * date, for the per-deputy shortfall list (履职档案): for example D-017, served 2019-01-01 to 2019-12-31, 0
 * activities, 0 reports to voters, shortfalls {@code [TERM_PARTICIPATION, YEARLY_ACTIVITIES, REPORT_TO_VOTERS]}.
 *
 * <p>Implementation Requirements: this record is immutable and thread-safe.
 *
 * @param deputyId  the deputy, not null
 * @param servedFrom  the first day served in the year (within the term), not null
 * @param servedTo  the last day served in the year (within the term), not null
 * @param periodEnded  whether {@code servedTo} is on or before {@code asOf}, so that the year is final
 * @param activities  the committee meetings attended (列席, or as a member) and activities taken part in, in the
 *     period served
 * @param reportsToVoters  the reports to voters (向选民述职) in the period served
 * @param votersContacted  the voters contacted in activities of this deputy alone, empty if none recorded
 * @param votersContactedComplete  false where activities with several deputies or without a count may add contacts
 * @param shortfalls  the targets not met as of {@code asOf}, not null
 */
public record DeputyShortfall(DeputyId deputyId, LocalDate servedFrom, LocalDate servedTo, boolean periodEnded,
    int activities, int reportsToVoters, Optional<Integer> votersContacted, boolean votersContactedComplete,
    List<Target> shortfalls) {

  /** The targets a deputy can fall short of. */
  public enum Target {
    /** 任期内至少列席一次常委会会议或参加一次活动 (nothing recorded in this year). */
    TERM_PARTICIPATION("任期内至少列席一次常委会会议或参加一次活动"),
    /** {@code participation.minActivitiesPerYear}. */
    YEARLY_ACTIVITIES("每年至少参加活动次数"),
    /** {@code participation.reportsToVotersPerYear}. */
    REPORT_TO_VOTERS("每年向原选区选民报告履职情况"),
    /** {@code participation.minVotersContactedPerYear}. */
    VOTER_CONTACTS("每年联系选民人数");

    private final String label;

    Target(String label) {
      this.label = label;
    }

    /** @return the Chinese label, not null */
    public String getLabel() {
      return label;
    }
  }

  /**
   * Checks the components.
   *
   * @param deputyId  the deputy, not null
   * @param servedFrom  the first day, not null
   * @param servedTo  the last day, not null
   * @param periodEnded  whether final
   * @param activities  not negative
   * @param reportsToVoters  not negative
   * @param votersContacted  not null
   * @param votersContactedComplete  whether complete
   * @param shortfalls  not null
   */
  public DeputyShortfall {
    Objects.requireNonNull(deputyId, "deputyId");
    Objects.requireNonNull(servedFrom, "servedFrom");
    Objects.requireNonNull(servedTo, "servedTo");
    Objects.requireNonNull(votersContacted, "votersContacted");
    shortfalls = List.copyOf(shortfalls);
  }
}

package io.github.peoplecongress.rules.election;

/**
 * What 「选票」 means in 选举法第四十五条第五款 — 「得票数不得少于选票的三分之一」 — the reading parameter
 * {@code election.runoffThresholdBase} (DOMAIN.md §4).
 */
public enum RunoffBase {
  /**
   * All ballots cast in the runoff (所投的票数, {@code ballotsReturned}). <b>The default</b>: the article says 选票,
   * not 有效票, and the law says 有效 where it means valid ballots (第四十四条); it is also the reading that protects
   * the representativeness the threshold is for.
   */
  ALL_BALLOTS("所投选票"),
  /** The valid ballots only ({@code validBallots}): the lenient reading, for hosts whose practice follows it. */
  VALID_BALLOTS("有效选票");

  private final String label;

  RunoffBase(String label) {
    this.label = label;
  }

  /** @return the Chinese label, not null */
  public String getLabel() {
    return label;
  }
}

package io.github.peoplecongress.model.appraisal;

/**
 * Who cast ballots in a satisfaction vote. Local rules give the vote to the committee members (深圳市 Art. 7:
 * 「常务委员会组成人员应当在三个等次中选择一个等次」); some appraisals let deputies or others take part, which the rules
 * module reports.
 */
public enum VoterGroup {
  /** 常务委员会组成人员. */
  COMMITTEE_MEMBERS("常务委员会组成人员"),
  /** 人大代表 (not members of the committee). */
  DEPUTIES("人大代表"),
  /** 列席人员. */
  NON_VOTING_ATTENDEES("列席人员"),
  /** 服务对象、群众代表. */
  PUBLIC_REPRESENTATIVES("群众代表");

  private final String label;

  VoterGroup(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "常务委员会组成人员"}, not null
   */
  public String getLabel() {
    return label;
  }
}

package io.github.peoplecongress.model.deputy;

/**
 * Why a deputy's status ended (代表资格终止的情形) — Deputies Law 2025 Art. 62 (2015 Art. 49), items (一) to (七);
 * death, and an election declared void (当选无效, Election Law 2020 Art. 47), are added because they also end the
 * deputy's record. The committee announces terminations (Deputies Law 2025 Art. 63).
 */
public enum TerminationGround {
  /** （一）迁出或者调离本行政区域. */
  MOVED_OR_TRANSFERRED_OUT("迁出或者调离本行政区域"),
  /** （二）辞职被接受 (Election Law 2020 Art. 55). */
  RESIGNATION_ACCEPTED("辞职被接受"),
  /** （三）未经批准两次不出席本级人民代表大会会议. */
  ABSENT_TWICE_WITHOUT_LEAVE("未经批准两次不出席本级人民代表大会会议"),
  /** （四）被罢免 (Election Law 2020 Arts. 50–53). */
  RECALLED("被罢免"),
  /** （五）丧失中华人民共和国国籍. */
  LOST_NATIONALITY("丧失中华人民共和国国籍"),
  /** （六）依照法律被剥夺政治权利. */
  DEPRIVED_OF_POLITICAL_RIGHTS("依照法律被剥夺政治权利"),
  /** （七）丧失行为能力. */
  LOST_LEGAL_CAPACITY("丧失行为能力"),
  /** 死亡. */
  DIED("死亡"),
  /** 当选无效 (Election Law 2020 Art. 47). */
  ELECTION_VOID("当选无效"),
  /** 其他. */
  OTHER("其他");

  private final String label;

  TerminationGround(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "辞职被接受"}, not null
   */
  public String getLabel() {
    return label;
  }
}

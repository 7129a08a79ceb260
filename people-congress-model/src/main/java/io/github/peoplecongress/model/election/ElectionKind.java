package io.github.peoplecongress.model.election;

/**
 * The kind of an election round. A round other than the general or by-election decides what an earlier round left
 * open, and names it in {@link Election#getRunoffOf()}.
 */
public enum ElectionKind {
  /** 换届选举: the general election of a new congress. */
  GENERAL("换届选举"),
  /** 补选: a by-election for a vacancy (选举法 Art. 57). */
  BY_ELECTION("补选"),
  /** 另行选举: a runoff for seats not filled by a majority (选举法 Art. 45(4)–(5)). */
  RUNOFF("另行选举"),
  /** 重新投票: a revote among candidates tied for the last seat (选举法 Art. 45(3)). */
  REVOTE("重新投票"),
  /** 重新选举: a new election after a round was void (选举法 Arts. 44–45(1)). */
  RE_ELECTION("重新选举");

  private final String label;

  ElectionKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "另行选举"}, not null
   */
  public String getLabel() {
    return label;
  }
}

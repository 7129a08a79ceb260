package io.github.peoplecongress.model.body;

/**
 * The post a member holds on a county-tier standing committee (常务委员会组成人员): a director, deputy directors and
 * members — Constitution Art. 103(1); Local Organic Law 2022 Art. 47(2). The county tier has no 秘书长.
 *
 * <p>An acting director (代理主任, Art. 55) is not a post of its own: the deputy director chosen keeps the role
 * {@link #DEPUTY_DIRECTOR} and the period of acting is recorded on the membership
 * ({@link CommitteeMembership#getActingDirectorFrom()}).
 */
public enum CommitteeRole {
  /** 主任. */
  DIRECTOR("主任"),
  /** 副主任. */
  DEPUTY_DIRECTOR("副主任"),
  /** 委员. */
  MEMBER("委员");

  private final String label;

  CommitteeRole(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "副主任"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns whether holders of this role sit on the director's meeting (主任会议), which at county tier consists of
   * the director and the deputy directors — Local Organic Law 2022 Art. 54.
   *
   * @return true for {@link #DIRECTOR} and {@link #DEPUTY_DIRECTOR}
   */
  public boolean sitsOnDirectorsMeeting() {
    return this == DIRECTOR || this == DEPUTY_DIRECTOR;
  }
}
